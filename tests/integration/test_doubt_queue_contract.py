"""The doubt queue behaves the same in memory and in SQL (SQLite and PostgreSQL)."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from application.ports.unit_of_work import UnitOfWork
from application.testing.fakes import FakeUnitOfWork
from domain.decision import DecisionKind
from domain.office import NotarialOffice
from domain.outcome import Outcome
from domain.user import Role, User
from tests.conftest import BACKENDS, make_services, provision_database
from tests.support.doubts import ambiguous_request

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@pytest.fixture(params=["fake", *BACKENDS])
def uow(request: pytest.FixtureRequest) -> Iterator[UnitOfWork]:
    if request.param == "fake":
        yield FakeUnitOfWork()
        return
    services = make_services(provision_database(request.param, request))
    with services.uow() as unit:
        unit.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="e@n.example",
                                         collectivites=frozenset({"69"})))
        unit.users.add(User(id="clerk", email="clerk@n.example", role=Role.NOTARY, password_hash="x", crpcen="69001"))
        unit.commit()
        yield unit
    services.engine.dispose()


def test_waiting_doubts_come_oldest_first_and_only_for_the_asked_collectivites(uow: UnitOfWork) -> None:
    late = ambiguous_request(uow, NOW)
    early = ambiguous_request(uow, NOW - timedelta(days=3))
    ambiguous_request(uow, NOW - timedelta(days=5), collectivite="69M")
    uow.commit()
    assert [d.decision.id for d in uow.doubts.waiting(["69"])] == [early.id, late.id]
    assert uow.doubts.waiting(["69"])[0].request.at == NOW - timedelta(days=3)
    assert len(uow.doubts.waiting(["69", "69M"])) == 3


def test_a_settled_doubt_leaves_the_queue_and_is_settled_only_once(uow: UnitOfWork) -> None:
    original = ambiguous_request(uow, NOW)
    uow.commit()
    corrected = replace(original, id="c-1", kind=DecisionKind.CORRECTED, outcome=Outcome.RECOVERABLE_AID,
                        iodas_id="1", other_iodas_ids=("2",), decided_at=NOW + timedelta(hours=1),
                        decided_by="agent", comment="ok", supersedes=original.id)
    assert uow.doubts.settle(corrected)
    uow.commit()
    assert uow.doubts.settle(replace(corrected, id="c-2")) is False
    uow.commit()
    assert uow.doubts.waiting(["69"]) == []
    assert uow.doubts.settlement_of(original.id) == corrected
    assert uow.doubts.decision(original.id) == original
    assert [d.id for d in uow.requests.decisions_for(original.request_id)] == [original.id, "c-1"]
    assert [(d.decision.id, c.id) for d, c in uow.doubts.settled(["69"], limit=5)] == [(original.id, "c-1")]
    assert uow.doubts.settled(["69M"], limit=5) == []
