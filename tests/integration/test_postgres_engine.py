"""The PostgreSQL engine as `database.make_engine` builds it: the URL's password kept, and no statement prepared on
the server, so that no plan chosen on a nearly empty table outlives its growth (a first import of 50,000 people took
83 s with them, 11 s without)."""

from dataclasses import replace

import pytest
from sqlalchemy import text

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
