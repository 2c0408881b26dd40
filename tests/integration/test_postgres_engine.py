"""PostgreSQL as the service uses it: the URL's password kept; and a first import's lookups planned on what the
import added, with no statement prepared on the server (a plan chosen on a nearly empty table outlived its growth) and
statistics refreshed as the tables grow (without them, each chunk's lookups scanned the tables whole)."""

from dataclasses import replace

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from infrastructure.persistence.database import make_engine
from infrastructure.persistence.unit_of_work import SqlUnitOfWork
from tests.conftest import make_services, provision_database
from tests.support.builders import person


def test_a_postgresql_url_keeps_its_password_and_gets_the_packaged_driver() -> None:
    """As `deploy/notaires.env.example` writes it (the URL was once rendered as text, its password masked)."""
    engine = make_engine("postgresql://notaires:change-me@localhost/notaires")
    assert (engine.url.drivername, engine.url.username, engine.url.password) == \
        ("postgresql+psycopg", "notaires", "change-me")
    engine.dispose()


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_failing_statement_s_error_does_not_repeat_its_values(kind: str, request: pytest.FixtureRequest) -> None:
    """The error's text goes to the crash log: the names a search bound to its statement must not."""
    engine = make_engine(provision_database(kind, request))
    with pytest.raises(DBAPIError) as failed, engine.connect() as connection:
        connection.execute(text("SELECT :name FROM no_such_table"), {"name": "Ndiayesecret"})
    assert "no_such_table" in str(failed.value) and "Ndiayesecret" not in str(failed.value)
    engine.dispose()


@pytest.mark.postgres
def test_an_import_s_repeated_lookups_leave_no_statement_prepared(request: pytest.FixtureRequest) -> None:
    services = make_services(provision_database("postgresql", request))
    someone = person()
    people = [replace(someone, iodas_id=str(n)) for n in range(3_000)]  # four chunks: each lookup runs 8 times
    with SqlUnitOfWork(services.engine) as uow:
        counts = uow.beneficiaries.upsert("69", people)
        prepared = uow.session.execute(text("SELECT count(*) FROM pg_prepared_statements")).scalar_one()
    assert counts.created == 3_000
    assert prepared == 0
    services.engine.dispose()


@pytest.mark.postgres
def test_an_import_s_lookups_use_the_indexes_on_the_rows_it_added(request: pytest.FixtureRequest) -> None:
    services = make_services(provision_database("postgresql", request))
    someone = person()
    people = [replace(someone, iodas_id=str(n), usage_name=f"N{n % 997}") for n in range(3_000)]
    with SqlUnitOfWork(services.engine) as uow:
        uow.beneficiaries.upsert("69", people)  # not committed yet, as within an import
        some = [str(n) for n in range(20)]
        owners = uow.session.execute(text("SELECT id FROM beneficiary WHERE iodas_id = ANY(:some)"),
                                     {"some": some}).scalars().all()
        by_id = _plan(uow, "SELECT * FROM beneficiary WHERE collectivite = '69' AND iodas_id = ANY(:some)",
                      {"some": some})
        aids = _plan(uow, "SELECT * FROM aid WHERE beneficiary_id = ANY(:owners)", {"owners": list(owners)})
    assert "Index Cond" in by_id and "iodas_id" in by_id.split("Index Cond", 1)[1], by_id
    assert "Seq Scan" not in aids and "Index Cond" in aids, aids
    services.engine.dispose()


def _plan(uow: SqlUnitOfWork, query: str, parameters: dict[str, object]) -> str:
    return "\n".join(uow.session.execute(text(f"EXPLAIN {query}"), parameters).scalars())
