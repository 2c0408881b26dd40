"""`make bench-matching` runs its three steps end to end; here on 3,000 people, in a scratch directory."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _bench(step: list[str], where: Path) -> str:
    env = {**os.environ, "BENCH_PEOPLE": "3000", "BENCH_SEARCHES": "300", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "benchmarks.matching", *step], cwd=where, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_matching_bench_prepares_measures_and_runs_the_list_as_the_command_does(tmp_path: Path) -> None:
    assert "import SQLite de 3000 bénéficiaires" in _bench(["--prepare"], tmp_path)
    measured = _bench([], tmp_path)
    assert "index : 3000 bénéficiaires chargés" in measured and "traitement en masse" in measured
    assert "qualité sur 300 recherches parmi 3000 bénéficiaires" in measured
    as_the_command = _bench(["--command"], tmp_path)
    assert "comme `notaires match`" in as_the_command and "(300 en" in as_the_command
