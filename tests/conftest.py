"""Shared fixtures: databases (SQLite and a real PostgreSQL), services, a live server."""

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher as Argon2
from sqlalchemy import create_engine, text

from application.ports.unit_of_work import UnitOfWorkFactory
from application.testing.fakes import FakeUnitOfWork
from domain.collectivite import Collectivite
from infrastructure.passwords import Argon2PasswordHasher
from infrastructure.settings import Settings, parse_collectivites
from interfaces.bootstrap import Services, bootstrap
from tests.support.postgres import postgres_server
from tests.support.weasy import weasyprint_log  # noqa: F401  (autouse: every test watches WeasyPrint's log)

TEST_COLLECTIVITES = "69:Département du Rhône;69M:Métropole de Lyon:metropole"
_PG_MISSING = "PostgreSQL introuvable : les tests PostgreSQL sont IGNORÉS. Installez le paquet Debian « postgresql »."


_postgres_missing: list[str] = []


def pytest_report_header() -> str:
    return "PostgreSQL: a throwaway server is started from the Debian packages for tests marked `postgres`."


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _postgres_missing:
        terminalreporter.write_sep("!", _PG_MISSING, red=True, bold=True)


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str | None]:
    with postgres_server() as url:
        yield url


def _fresh_postgres_database(admin_url: str) -> str:
    name = f"t_{uuid.uuid4().hex[:12]}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def provision_database(kind: str, request: pytest.FixtureRequest) -> str:
    """An empty database of the given kind, for one test."""
    if kind == "sqlite":
        tmp: pytest.TempPathFactory = request.getfixturevalue("tmp_path_factory")
        return f"sqlite:///{tmp.mktemp('db')}/notaires.db"
    admin_url: str | None = request.getfixturevalue("postgres_admin_url")
    if admin_url is None:
        _postgres_missing.append(request.node.nodeid)
        pytest.skip(_PG_MISSING)
    return _fresh_postgres_database(admin_url)


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest) -> str:
    return provision_database(request.param, request)


@pytest.fixture
def sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('db')}/notaires.db"


def fast_hasher() -> Argon2PasswordHasher:
    """Real argon2id with cheap parameters, so the suite stays quick."""
    return Argon2PasswordHasher(Argon2(time_cost=1, memory_cost=1024, parallelism=1))


def make_services(url: str, config_dir: Path | None = None, **overrides: object) -> Services:
    # No mail dispatcher inside test servers: tests that deliver mail run it against their own SMTP server.
    settings = Settings(database_url=url, dev=True, collectivites=parse_collectivites(TEST_COLLECTIVITES),
                        outbox_in_server=False, config_dir=config_dir)
    return bootstrap(settings, hasher=fast_hasher(), **overrides)  # type: ignore[arg-type]


def stores(kind: str, request: pytest.FixtureRequest) -> Iterator[UnitOfWorkFactory]:
    """For a contract over the fake and the databases: the fake's unit of work, with the collectivité 69 registered
    as the configured one is when the services start, or the services' own."""
    if kind == "fake":
        fake = FakeUnitOfWork()
        fake.collectivites.add(Collectivite(code="69", name="Rhône"))
        yield fake
        return
    built = make_services(provision_database(kind, request))
    yield built.uow
    built.engine.dispose()


@pytest.fixture
def services(database_url: str) -> Iterator[Services]:
    built = make_services(database_url)
    yield built
    built.engine.dispose()
