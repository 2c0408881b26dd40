"""Settling a doubt on the real databases: all or nothing, and one person entered twice named by both files."""

from datetime import UTC, date, datetime
from decimal import Decimal

from returns.result import Failure, Result

from application.open_creance import OpenCreance, OpenCreanceCommand
from application.ports.unit_of_work import UnitOfWork
from application.prepare_creance import PrepareCreance, PrepareCreanceQuery
from application.resolve_doubt import ResolveDoubt, ResolveDoubtCommand
from domain.creance import CaseFacts
from domain.decision import Decision
from domain.errors import InvalidInput
from domain.maison import Maison
from domain.office import NotarialOffice
from domain.outbox import MessageKind
from domain.outcome import Outcome
from domain.recovery import ClaimedAid, RecourseType
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
    command = ResolveDoubtCommand(decision_id=doubt.id, iodas_ids=("1",), comment="vérifié", agent_id="clerk",
                                  collectivites=("69",))
    assert ResolveDoubt(services.uow, services.clock, _RefusingLetters()).execute(command) == Failure(
        InvalidInput("courrier impossible"))
    with services.uow() as uow:
        assert uow.doubts.settlement_of(doubt.id) is None
        assert [d.decision.id for d in uow.doubts.waiting(["69"])] == [doubt.id]
        assert uow.audit.recent(10, action_prefix="decision.") == []


def test_a_person_entered_twice_is_settled_by_both_files_and_her_creance_claims_the_aids_of_both(
        services: Services) -> None:
    """Her APA on file 1 (maison MDR01), her ASH and aide ménagère on file 2 (MDR02), born a day apart."""
    with services.uow() as uow:
        uow.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="e@n.example",
                                        collectivites=frozenset({"69"})))
        uow.users.add(User(id="clerk", email="clerk@n.example", role=Role.NOTARY, password_hash="x", crpcen="69001"))
        uow.users.add(User(id="agent", email="agent@cd69.example", role=Role.AGENT, password_hash="x",
                           collectivite="69"))
        uow.beneficiaries.upsert("69", [person(iodas_id="1", aids=("APA",), maison_code="MDR01"),
                                        person(iodas_id="2", aids=("ASH", "AM"), maison_code="MDR02",
                                               birth_date=date(1931, 4, 13))])
        for code in ("MDR01", "MDR02"):
            uow.maisons.save(Maison(collectivite="69", code=code, name=code, email=f"{code.lower()}@cd69.example"))
        doubt = ambiguous_request(uow, datetime(2026, 11, 20, tzinfo=UTC))
        uow.commit()
    command = ResolveDoubtCommand(decision_id=doubt.id, iodas_ids=("2", "1"), comment="Même personne, deux dossiers",
                                  agent_id="agent", collectivites=("69",))
    corrected = ResolveDoubt(services.uow, services.clock, services.letters).execute(command).unwrap()
    with services.uow() as uow:
        stored = uow.doubts.settlement_of(doubt.id)
        notices = [m for m in uow.outbox.for_request(doubt.request_id)
                   if m.decision_id == corrected.id and m.kind is MessageKind.NOTICE]
        [entry] = uow.audit.recent(10, action_prefix="decision.")
    assert stored == corrected and stored.outcome is Outcome.RECOVERABLE_AID and stored.iodas_ids == ("1", "2")
    assert [n.recipients[1:] for n in notices] == [("mdr01@cd69.example", "mdr02@cd69.example")]
    assert (entry.details["iodas_id"], entry.details["other_iodas_ids"]) == ("1", "2")

    draft = PrepareCreance(services.uow).execute(PrepareCreanceQuery(decision_id=corrected.id,
                                                                      collectivites=("69",))).unwrap()
    assert [t.code for t in draft.aid_types] == ["AM", "ASH"]
    facts = CaseFacts(recourse=RecourseType.ESTATE, net_estate=Decimal("60000"), funeral_costs=Decimal("0"),
                      claimed=tuple(ClaimedAid(aid_code=t.code, amount_paid=Decimal("5000")) for t in draft.aid_types))
    opened = OpenCreance(services.uow, services.clock).execute(OpenCreanceCommand(
        decision_id=corrected.id, facts=facts, agent_id="agent", collectivites=("69",))).unwrap()
    with services.uow() as uow:
        creance = uow.creances.get(opened.id)
    assert creance is not None and creance.iodas_ids == ("1", "2")
    assert sorted(a.aid_code for a in creance.claimed) == ["AM", "ASH"]
