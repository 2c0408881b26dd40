"""The audit trail's filters behave the same in memory and in SQL, on SQLite and PostgreSQL: what an administrator
attached to one collectivité reads of it rests on them."""

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest

from application.ports.audit_queries import AuditFilter, AuditQueries
from application.testing.fakes import FakeAuditQueries, FakeUnitOfWork
from domain.audit import AuditEntry
from infrastructure.persistence.audit_queries import SqlAuditQueries
from tests.conftest import BACKENDS, make_services, provision_database

AT = datetime(2026, 11, 20, 23, 30, tzinfo=UTC)
ENTRIES = (  # actor, action, target, collectivité, hours after AT
    ("agent-69", "decision.corrected", "d1", "69", 0), ("agent-69M", "decision.corrected", "d2", "69M", 1),
    (None, "login.failed", None, None, 2), ("clerk-both", "search.answered", "r2", None, 3),
    ("admin-all", "office.updated", "69003", None, 4), ("admin-all", "user.created", "clerk-both", None, 5))


@pytest.fixture(params=["fake", *BACKENDS])
def queries(request: pytest.FixtureRequest) -> Iterator[AuditQueries]:
    entries = [AuditEntry(at=AT + timedelta(hours=h), actor_id=a, action=x, target=t, collectivite=c)
               for a, x, t, c, h in ENTRIES]
    if request.param == "fake":
        fake = FakeUnitOfWork()
        for entry in entries:
            fake.audit.record(entry)
        yield FakeAuditQueries(fake.audit)
        return
    services = make_services(provision_database(request.param, request))
    with services.uow() as uow:
        for entry in entries:
            uow.audit.record(entry)
        uow.commit()
    yield SqlAuditQueries(services.engine)
    services.engine.dispose()


def _targets(queries: AuditQueries, where: AuditFilter, limit: int = 50, offset: int = 0) -> list[str | None]:
    return [e.target for e in queries.search(where, limit, offset)]


def test_entries_come_newest_first_a_page_at_a_time(queries: AuditQueries) -> None:
    assert _targets(queries, AuditFilter()) == ["clerk-both", "69003", "r2", None, "d2", "d1"]
    assert _targets(queries, AuditFilter(), 2, 1) == ["69003", "r2"]
    assert queries.actions() == ["decision.corrected", "login.failed", "office.updated", "search.answered",
                                 "user.created"]


def test_collectivites_keep_their_entries_and_leave_out_those_tied_to_none(queries: AuditQueries) -> None:
    assert _targets(queries, AuditFilter(collectivites=("69M",))) == ["d2"]
    assert _targets(queries, AuditFilter(collectivites=())) == []


def test_entries_tied_to_none_are_kept_when_their_actor_or_target_is_about_the_ids_given(
        queries: AuditQueries) -> None:
    about = AuditFilter(collectivites=("69M",), about=("clerk-both", "69003"))
    assert _targets(queries, about) == ["clerk-both", "69003", "r2", "d2"]
    assert _targets(queries, AuditFilter(collectivites=(), about=("agent-69",))) == []  # it has a collectivité


def test_period_action_and_actor_narrow_the_rest(queries: AuditQueries) -> None:
    assert _targets(queries, AuditFilter(end=date(2026, 11, 20))) == ["d1"]  # 23:30 UTC on the 20th
    assert _targets(queries, AuditFilter(start=date(2026, 11, 21), action_prefix="decision.")) == ["d2"]
    assert _targets(queries, AuditFilter(actor_id="admin-all", collectivites=("69M",), about=("69003",))) == ["69003"]
