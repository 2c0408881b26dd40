"""`make bench-matching` runs its three steps end to end; here on 3,000 people, in a scratch directory."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import provision_database

ROOT = Path(__file__).resolve().parents[2]


def _bench(step: list[str], where: Path, **settings: str) -> str:
    env = {**os.environ, "BENCH_PEOPLE": "3000", "BENCH_SEARCHES": "300", "PYTHONPATH": str(ROOT), **settings}
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


@pytest.mark.postgres
def test_the_matching_bench_measures_the_api_path_on_postgresql(tmp_path: Path,
                                                                request: pytest.FixtureRequest) -> None:
    """Given BENCH_DATABASE_URL, the corpus is imported there once, and the SQL path measured there."""
    url = provision_database("postgresql", request)
    assert "import PostgreSQL de 3000 bénéficiaires" in _bench(["--prepare"], tmp_path, BENCH_DATABASE_URL=url)
    measured = _bench([], tmp_path, BENCH_DATABASE_URL=url)
    assert "import" not in measured  # already there
    assert "recherche unitaire, SQL (chemin de l'API, PostgreSQL, une unité de travail par recherche)" in measured
    assert "qualité sur 300 recherches parmi 3000 bénéficiaires" in measured
