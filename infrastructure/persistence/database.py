"""Engine creation and automatic schema migration with Alembic."""

import fcntl
import hashlib
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError

MIGRATIONS = Path(__file__).parent / "migrations"


class DatabaseUnavailable(RuntimeError):
    """The database NOTAIRES_DATABASE_URL names cannot be opened; the message tells the IT team why, in French."""


def open_database(url: str) -> Engine:
    """An engine on an up-to-date schema, or DatabaseUnavailable."""
    try:
        engine = make_engine(url)
    except (ArgumentError, NoSuchModuleError) as error:
        raise DatabaseUnavailable("Adresse de base de données invalide (NOTAIRES_DATABASE_URL) : attendu par exemple "
                                  "sqlite:///var/notaires.db ou postgresql://utilisateur@hote/base.") from error
    ready(engine)
    return engine


def ready(engine: Engine) -> None:
    """Migrates the schema (see `migrate`); a server that cannot be reached is told in French."""
    try:
        migrate(engine)
    except OperationalError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else type(error).__name__
        where = engine.url.render_as_string(hide_password=True)
        raise DatabaseUnavailable(f"Base de données injoignable ({where}) : {reason}") from error


def reachable(engine: Engine) -> bool:
    """Whether the database answers a trivial query now (for a monitoring probe)."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError:
        return False
    return True


def make_engine(url: str) -> Engine:
    """`hide_parameters`: a failing statement's error, and the crash log's traceback, does not repeat its values
    (the names of the deceased, an e-mail typed)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            try:
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise DatabaseUnavailable(f"Dossier de la base impossible à créer : {Path(parsed.database).parent} "
                                          f"({error.strerror}).") from error
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    # psycopg prepares a statement on the server after its fifth run, and PostgreSQL may then keep one generic plan
    # for it: the plan chosen while an import's first chunks met a nearly empty table scanned the whole table for
    # every later chunk: a first import of 50,000 people took 83 s, 11 s without, and that time grows as the square
    # of the number of people.
    unprepared = {"prepare_threshold": None} if parsed.drivername == "postgresql+psycopg" else {}
    return create_engine(parsed, pool_pre_ping=True, connect_args=unprepared, hide_parameters=True)


def _sqlite_pragmas(connection: object, _record: object) -> None:
    cursor = connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine) -> None:
    """Creates or upgrades the schema; safe to run at every start, and by several processes at once (the server
    and the daily import after an upgrade): one migrates while the others wait, then find it done."""
    with exclusive(engine, "migration"):
        command.upgrade(alembic_config(engine), "head")


@contextmanager
def exclusive(engine: Engine, name: str) -> Iterator[None]:
    """A section one process at a time runs for this name, on this database: a PostgreSQL advisory lock, or a
    file lock beside a SQLite file; nothing for a database in memory, which no other process sees."""
    if engine.dialect.name == "postgresql":
        key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
        with engine.connect() as connection:  # a session lock, on a connection of its own
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": key})
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
        return
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        yield
        return
    with open(f"{database}.{name}-lock", "a") as lock:  # beside the database file, which may not exist yet
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def exclusive_on(engine: Engine) -> Callable[[str], AbstractContextManager[None]]:
    """`exclusive` for the application's `Exclusive` port."""
    return lambda name: exclusive(engine, name)
