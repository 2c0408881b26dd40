"""Recovery cases and rules behave the same in memory and in SQL (SQLite and PostgreSQL)."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal as D

import pytest

from application.ports.unit_of_work import UnitOfWork
from application.testing.fakes import FakeUnitOfWork
from domain.collectivite import Collectivite
from domain.creance import Creance, CreanceStatus, Recovery
from domain.decision import DecisionKind
from domain.decompte import StoredDecompte
from domain.office import NotarialOffice
from domain.outbox import MessageKind, OutboxMessage
from domain.outcome import Outcome
from domain.recovery import AidRecoveryRule, ClaimedAid, RecourseType, RecoveryBasis, RecoveryRules
from domain.user import Role, User
from tests.conftest import BACKENDS, make_services, provision_database
from tests.support.doubts import ambiguous_request

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@pytest.fixture(params=["fake", *BACKENDS])
def uow(request: pytest.FixtureRequest) -> Iterator[UnitOfWork]:
    if request.param == "fake":
        fake = FakeUnitOfWork()
        fake.collectivites.add(Collectivite(code="69", name="Rhône"))
        yield fake
        return
    services = make_services(provision_database(request.param, request))
    with services.uow() as unit:
        unit.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="e@n.example",
                                         collectivites=frozenset({"69"})))
        unit.users.add(User(id="clerk", email="clerk@n.example", role=Role.NOTARY, password_hash="x", crpcen="69001"))
        unit.users.add(User(id="agent", email="agent@cd69.example", role=Role.AGENT, password_hash="x",
                            collectivite="69"))
        unit.commit()
        yield unit
    services.engine.dispose()


def recoverable(uow: UnitOfWork, at: datetime, collectivite: str = "69") -> str:
    """A request whose doubt was settled as RECOVERABLE_AID; returns the corrected decision's id."""
    original = ambiguous_request(uow, at, collectivite=collectivite)
    corrected = replace(original, id=f"c-{original.id[:8]}", kind=DecisionKind.CORRECTED, iodas_id="1",
                        outcome=Outcome.RECOVERABLE_AID, decided_by="agent", comment="ok", supersedes=original.id)
    uow.doubts.settle(corrected)
    return corrected.id


def creance(decision_id: str, request_id: str, opened_at: datetime, collectivite: str = "69") -> Creance:
    return Creance(id=f"cr-{decision_id}", decision_id=decision_id, request_id=request_id, collectivite=collectivite,
                   iodas_id="1", recourse=RecourseType.ESTATE, net_estate=D("61234.56"), funeral_costs=D("4000.10"),
                   claimed=(ClaimedAid(aid_code="AM", amount_paid=D("1500.99")),
                            ClaimedAid(aid_code="ASH", amount_paid=D("20000.01"))),
                   amount_claimed=D("20741.00"), opened_at=opened_at, opened_by="agent")


def test_a_case_is_stored_with_exact_amounts_and_its_status_changes(uow: UnitOfWork) -> None:
    decision_id = recoverable(uow, NOW)
    decision = uow.doubts.decision(decision_id)
    assert decision is not None
    case = creance(decision_id, decision.request_id, NOW)
    assert uow.creances.add(case)
    uow.commit()
    assert uow.creances.get(case.id) == case and uow.creances.for_decision(decision_id) == case
    assert uow.creances.add(replace(case, id="another")) is False, "one case per decision"
    uow.commit()
    copies = replace(case, other_iodas_ids=("2", "3"))  # one person entered three times in IODAS
    uow.creances.save(copies)
    uow.commit()
    assert uow.creances.get(case.id) == copies
    uow.commit()
    revised = replace(case, claimed=(ClaimedAid(aid_code="ASH", amount_paid=D("19000.00")),),
                      amount_claimed=D("19000.00"))
    uow.creances.save(revised)
    uow.commit()
    assert uow.creances.get(case.id) == revised
    donee = replace(revised, recourse=RecourseType.DONEE, net_estate=D("0.00"), funeral_costs=D("0.00"),
                    liberality_value=D("15000.07"), amount_claimed=D("15000.07"))  # the gift's value, to the cent
    uow.creances.save(donee)
    uow.commit()
    assert uow.creances.get(case.id) == donee
    uow.creances.save(revised)
    uow.commit()
    assert uow.creances.get(case.id) == revised
    partly = replace(revised, status=CreanceStatus.RECOVERED_IN_PART, notified_on=date(2026, 11, 2),
                     recoveries=(Recovery(on=date(2026, 11, 5), amount=D("10000.50")),
                                 Recovery(on=date(2026, 11, 20), amount=D("0.01"))))
    uow.creances.save(partly)
    uow.commit()
    assert uow.creances.get(case.id) == partly
    closed = replace(partly, status=CreanceStatus.WAIVED, closed_on=date(2026, 11, 26), note="accord",
                     recoveries=partly.recoveries[:1])
    uow.creances.save(closed)
    uow.commit()
    assert uow.creances.get(case.id) == closed and closed.amount_recovered == D("10000.50")


def test_cases_are_found_by_collectivite_status_and_opening_period(uow: UnitOfWork) -> None:
    cases = []
    for days in (10, 3, 1):
        decision_id = recoverable(uow, NOW - timedelta(days=days))
        decision = uow.doubts.decision(decision_id)
        assert decision is not None
        cases.append(creance(decision_id, decision.request_id, NOW - timedelta(days=days)))
        uow.creances.add(cases[-1])
    uow.creances.save(replace(cases[0], status=CreanceStatus.WAIVED))
    uow.commit()
    assert [c.id for c in uow.creances.search(["69"])] == [cases[2].id, cases[1].id, cases[0].id]
    assert [c.id for c in uow.creances.search(["69"], status=CreanceStatus.WAIVED)] == [cases[0].id]
    period = uow.creances.search(["69"], opened_from=NOW - timedelta(days=5), opened_before=NOW - timedelta(days=2))
    assert [c.id for c in period] == [cases[1].id]
    assert uow.creances.search(["69M"]) == []


def test_only_current_recoverable_decisions_without_a_case_are_to_open(uow: UnitOfWork) -> None:
    first = recoverable(uow, NOW - timedelta(days=2))
    second = recoverable(uow, NOW - timedelta(days=1))
    ambiguous_request(uow, NOW)
    decision = uow.doubts.decision(first)
    assert decision is not None
    uow.creances.add(creance(first, decision.request_id, NOW))
    uow.commit()
    assert [d.id for d in uow.creances.decisions_to_open(["69"])] == [second]
    assert uow.creances.decisions_to_open(["69M"]) == []


def test_recovery_rules_default_to_the_referential_until_the_collectivite_sets_its_own(uow: UnitOfWork) -> None:
    defaults = uow.recovery_rules.rules_for("69")
    assert defaults.funeral_cap == D("3500") and defaults.rule_for("AM").estate_threshold == D("46000")
    own = RecoveryRules(funeral_cap=D("4200.00"), by_aid={"ASH": AidRecoveryRule(
        aid_code="ASH", basis=RecoveryBasis.ABOVE_ESTATE_THRESHOLD, estate_threshold=D("1000.50"),
        minimum_expense=D("10.00"))})
    uow.recovery_rules.save("69", own)
    uow.commit()
    assert uow.recovery_rules.rules_for("69") == own


def test_a_case_keeps_the_one_decompte_sent_and_its_mail_names_the_case(uow: UnitOfWork) -> None:
    decision_id = recoverable(uow, NOW)
    decision = uow.doubts.decision(decision_id)
    assert decision is not None
    case = creance(decision_id, decision.request_id, NOW)
    uow.creances.add(case)
    letter = StoredDecompte(creance_id=case.id, request_id=case.request_id, collectivite="69",
                            filename="decompte-2026-000001-69.pdf", pdf=b"%PDF-1.7 \x00\xff", created_at=NOW)
    assert uow.decomptes.add(letter) is True
    uow.outbox.add(OutboxMessage(
        id="m1", message_id="<m1@x.example>", kind=MessageKind.DECOMPTE, request_id=case.request_id,
        decision_id=decision_id, creance_id=case.id, sender="s@x.example", recipients=("e@n.example",),
        subject="Décompte", body="Corps", attach_letter=True, created_at=NOW, next_attempt_at=NOW))
    uow.commit()
    assert uow.decomptes.add(replace(letter, pdf=b"a second click")) is False  # the first write of its transaction
    assert uow.decomptes.get(case.id) == letter and uow.decomptes.get("another case") is None
    [message] = uow.outbox.for_request(case.request_id)
    assert (message.kind, message.creance_id) == (MessageKind.DECOMPTE, case.id)
