"""Settling a doubt on the real databases: all or nothing."""

from datetime import UTC, datetime

from returns.result import Failure, Result

from application.ports.unit_of_work import UnitOfWork
from application.resolve_doubt import ResolveDoubt, ResolveDoubtCommand
from domain.decision import Decision
from domain.errors import InvalidInput
from domain.office import NotarialOffice
from domain.user import Role, User
from interfaces.bootstrap import Services
from tests.support.builders import person
from tests.support.doubts import ambiguous_request


class _RefusingLetters:
    def enqueue_correction(self, uow: UnitOfWork, decision: Decision) -> Result[object, InvalidInput]:
        return Failure(InvalidInput("courrier impossible"))


def test_when_the_letter_cannot_be_queued_the_doubt_stays_unsettled(services: Services) -> None:
    with services.uow() as uow:
        uow.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="e@n.example",
                                        collectivites=frozenset({"69"})))
        uow.users.add(User(id="clerk", email="clerk@n.example", role=Role.NOTARY, password_hash="x", crpcen="69001"))
        uow.beneficiaries.upsert("69", [person(iodas_id="1")])
        doubt = ambiguous_request(uow, datetime(2026, 11, 20, tzinfo=UTC))
        uow.commit()
    command = ResolveDoubtCommand(decision_id=doubt.id, iodas_id="1", comment="vérifié", agent_id="clerk",
                                  collectivites=("69",))
    assert ResolveDoubt(services.uow, services.clock, _RefusingLetters()).execute(command) == Failure(
        InvalidInput("courrier impossible"))
    with services.uow() as uow:
        assert uow.doubts.settlement_of(doubt.id) is None
        assert [d.decision.id for d in uow.doubts.waiting(["69"])] == [doubt.id]
        assert uow.audit.recent(10, action_prefix="decision.") == []
