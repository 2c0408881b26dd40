"""Import rate of the IODAS extract: first load, then an identical re-import (idempotent).

    .venv/bin/python -m benchmarks.import_rate [people]
"""

import sys
import tempfile
import time
from pathlib import Path

from application.import_beneficiaries import ImportBeneficiariesCommand
from infrastructure.iodas.extract_reader import read_extract
from infrastructure.settings import Settings
from interfaces.bootstrap import bootstrap

CODES = frozenset({"ASH", "AM", "APA", "PCH"})


def run(people: int) -> dict[str, float]:
    from benchmarks.synthetic import extract

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "extract.csv"
        path.write_text(extract(people), encoding="utf-8")
        rows = path.read_text(encoding="utf-8").count("\n") - 1
        services = bootstrap(Settings(database_url=f"sqlite:///{tmp}/bench.db"))
        figures: dict[str, float] = {"rows": rows}
        for label in ("first", "again"):
            started = time.perf_counter()
            parsed = read_extract(path, "69", CODES)
            services.import_beneficiaries.execute(ImportBeneficiariesCommand(collectivite="69", extract=parsed))
            figures[f"{label}_rows_per_s"] = rows / (time.perf_counter() - started)
        services.engine.dispose()
    return figures


def main() -> None:
    people = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    f = run(people)
    print(f"import: {int(f['rows'])} rows ({people} people), SQLite")
    print(f"  first load      {f['first_rows_per_s']:>10,.0f} rows/s")
    print(f"  same file again {f['again_rows_per_s']:>10,.0f} rows/s (nothing changes)")


if __name__ == "__main__":
    main()
