"""Two commands started at once on a new or upgraded database (the server and the daily import) both start."""

import multiprocessing
import os
from multiprocessing.synchronize import Barrier
from pathlib import Path

import sqlalchemy as sa

from infrastructure.persistence.database import open_database
from tests.support.builders import EXTRACT_HEADER

STARTS = 3


def _start(url: str, together: Barrier) -> None:
    together.wait()  # every process is ready: they migrate at the same moment
    open_database(url).dispose()


def test_processes_migrating_at_once_all_start(database_url: str) -> None:
    spawn = multiprocessing.get_context("spawn")  # a process of its own, as `notaires` commands are
    together = spawn.Barrier(STARTS)
    processes = [spawn.Process(target=_start, args=(database_url, together)) for _ in range(STARTS)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=120)
    assert [process.exitcode for process in processes] == [0] * STARTS
    engine = open_database(database_url)
    with engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM alembic_version")).scalar_one() == 1
    engine.dispose()


def _import(url: str, extract: str, together: Barrier) -> None:
    from interfaces.cli.main import main  # imported in the child, as a command would be

    together.wait()
    os.environ["NOTAIRES_DATABASE_URL"] = url
    raise SystemExit(main(["import", "beneficiaries", extract]))


def test_two_imports_at_once_take_turns_and_both_report(database_url: str, tmp_path: Path) -> None:
    """The daily import and one sent from the administration page, at the same minute."""
    extract = tmp_path / "extraction.csv"
    extract.write_text(EXTRACT_HEADER + "".join(
        f"{9000 + n},F,MARTIN{n},,JEANNE,1931-04-12,MDR01,ASH,2015-01-01,\n" for n in range(2000)), encoding="utf-8")
    open_database(database_url).dispose()  # the schema first: the race under test is the import's
    spawn = multiprocessing.get_context("spawn")
    together = spawn.Barrier(2)
    processes = [spawn.Process(target=_import, args=(database_url, str(extract), together)) for _ in range(2)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=120)
    assert [process.exitcode for process in processes] == [0, 0]
    engine = open_database(database_url)
    with engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM beneficiary")).scalar_one() == 2000
        assert connection.execute(sa.text("SELECT count(*) FROM import_run")).scalar_one() == 2
    engine.dispose()
