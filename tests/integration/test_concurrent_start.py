"""Two commands started at once on a new or upgraded database (the server and the daily import) both start."""

import multiprocessing
from multiprocessing.synchronize import Barrier

import sqlalchemy as sa

from infrastructure.persistence.database import open_database

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
    engine = sa.create_engine(database_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM alembic_version")).scalar_one() == 1
    engine.dispose()
