"""Agents open recovery cases on recoverable answers, read the computed amount, and work them to the end."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal as D

import pytest
from returns.result import Failure, Result, Success

from application.list_creances import ListCreances, ListCreancesQuery
from application.move_creance import CreanceStep, MoveCreance, MoveCreanceCommand
from application.notify_creance import NotifyCreance, NotifyCreanceCommand
from application.open_creance import OpenCreance, OpenCreanceCommand
from application.prepare_creance import PrepareCreance, PrepareCreanceQuery
from application.resolve_doubt import ResolveDoubt, ResolveDoubtCommand
from application.revise_creance import ReviseCreance, ReviseCreanceCommand
from application.show_creance import ShowCreance, ShowCreanceQuery
from application.testing.doubts import RecordingCorrectionLetters
from application.letters.decompte import CreanceLetters
from application.testing.fakes import FakeClock, FakeUnitOfWork
from application.testing.letters import FakeLetterRenderer
from domain.collectivite import Collectivite
from domain.creance import CaseFacts, Creance, CreanceNotFound, CreanceStatus
from domain.decision import CandidateEvidence, DecisionKind
from domain.errors import InvalidInput
from domain.office import NotarialOffice
from domain.outcome import Outcome
from domain.recovery import ClaimedAid, RecourseType
from infrastructure.letters.profiles import FolderProfiles
from tests.support.builders import person
from tests.support.doubts import ambiguous_request
from tests.support.payment import Paying

FACTS = CaseFacts(recourse=RecourseType.ESTATE, net_estate=D("60000"), funeral_costs=D("4200"),
                  claimed=(ClaimedAid(aid_code="ASH", amount_paid=D("18000")),
                           ClaimedAid(aid_code="AM", amount_paid=D("3000")), ClaimedAid(aid_code="APA", amount_paid=D("0"))))

PAYING = Paying(FolderProfiles(None))


@pytest.fixture
def uow() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    for code in ("69", "69M"):
        uow.collectivites.add(Collectivite(code=code, name=code))
    uow.offices.save(NotarialOffice(crpcen="69001", name="Étude Bellecour", email="e@n.example",
                                    collectivites=frozenset({"69"})))
    uow.beneficiaries.upsert("69", [person(iodas_id="1", aids=("ASH", "AM", "APA"))])
    return uow


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def recoverable_decision(uow: FakeUnitOfWork, clock: FakeClock, collectivite: str = "69") -> str:
    original = ambiguous_request(uow, clock.now() - timedelta(days=3), collectivite=collectivite)
    corrected = replace(original, id=f"c-{original.id}", kind=DecisionKind.CORRECTED, iodas_id="1",
                        outcome=Outcome.RECOVERABLE_AID, supersedes=original.id)
    uow.doubts.settle(corrected)
    return corrected.id


def open_case(uow: FakeUnitOfWork, clock: FakeClock, decision_id: str, scope: tuple[str, ...] = ("69",),
              facts: CaseFacts = FACTS) -> Result[Creance, CreanceNotFound | InvalidInput]:
    command = OpenCreanceCommand(decision_id=decision_id, facts=facts, agent_id="agent-1", collectivites=scope)
    return OpenCreance(uow, clock).execute(command)


def notify(uow: FakeUnitOfWork, clock: FakeClock, creance_id: str) -> Creance:
    letters = CreanceLetters(FakeLetterRenderer(), PAYING, clock)
    command = NotifyCreanceCommand(creance_id=creance_id, agent_id="agent-1", collectivites=("69",))
    return NotifyCreance(uow, clock, letters, PAYING).execute(command).unwrap().creance


def test_the_form_offers_the_recoverable_aids_the_person_received(uow: FakeUnitOfWork, clock: FakeClock) -> None:
    draft = PrepareCreance(uow).execute(PrepareCreanceQuery(decision_id=recoverable_decision(uow, clock),
                                                            collectivites=("69",))).unwrap()
    assert [t.code for t in draft.aid_types] == ["AM", "ASH"]
    assert [p.iodas_id for p in draft.people] == ["1"]
    assert draft.existing is None and draft.office_name == "Étude Bellecour"


def test_a_person_entered_twice_in_iodas_gets_a_case_claiming_the_aids_of_both_files(
        uow: FakeUnitOfWork, clock: FakeClock) -> None:
    """Her ASH on file 2, her aide ménagère and APA on file 3, birth dates a day apart: the agent settling the
    doubt names both, and the case offers and claims the recoverable aids of both."""
    uow.beneficiaries.upsert("69", [person(iodas_id="2", aids=("ASH",)),
                                    person(iodas_id="3", aids=("AM", "APA"), birth_date=date(1931, 4, 13))])
    copies = tuple(CandidateEvidence(iodas_id=i, score=s, in_doubt=True) for i, s in (("3", 0.95), ("2", 0.93)))
    doubt = ambiguous_request(uow, clock.now() - timedelta(days=1), candidates=copies)
    corrected = ResolveDoubt(uow, clock, RecordingCorrectionLetters()).execute(ResolveDoubtCommand(
        decision_id=doubt.id, iodas_ids=("2", "3"), comment="Même personne : dossiers APA et ASH",
        agent_id="agent-1", collectivites=("69",))).unwrap()
    assert (corrected.outcome, corrected.iodas_ids) == (Outcome.RECOVERABLE_AID, ("3", "2"))
    draft = PrepareCreance(uow).execute(PrepareCreanceQuery(decision_id=corrected.id, collectivites=("69",))).unwrap()
    assert [p.iodas_id for p in draft.people] == ["3", "2"] and [t.code for t in draft.aid_types] == ["AM", "ASH"]
    case = open_case(uow, clock, corrected.id).unwrap()
    assert [a.aid_code for a in case.claimed] == ["ASH", "AM"] and case.amount_claimed == D("20240.00")
    assert (case.iodas_id, case.iodas_ids) == ("3", ("3", "2"))


def test_opening_a_case_computes_the_amount_and_audits_it(uow: FakeUnitOfWork, clock: FakeClock) -> None:
    result = open_case(uow, clock, recoverable_decision(uow, clock))
    assert isinstance(result, Success)
    case = result.unwrap()
    # estate 60,000 - 3,500 = 56,500: ASH 18,000 in full; AM 3,000 - 760 = 2,240 (10,500 above 46,000).
    assert case.amount_claimed == D("20240.00") and [a.aid_code for a in case.claimed] == ["ASH", "AM"]
    assert uow.audit.entries[-1].action == "creance.opened"
    shown = ShowCreance(uow, PAYING).execute(ShowCreanceQuery(creance_id=case.id, collectivites=("69",))).unwrap()
    assert shown.computation.total == case.amount_claimed and shown.computation.funeral_deduction == D("3500.00")


def test_a_decision_gets_one_case_only(uow: FakeUnitOfWork, clock: FakeClock) -> None:
    decision_id = recoverable_decision(uow, clock)
    open_case(uow, clock, decision_id)
    assert open_case(uow, clock, decision_id) == Failure(InvalidInput("Une créance est déjà ouverte pour cette réponse."))


def test_another_collectivites_answers_and_cases_stay_out_of_reach(uow: FakeUnitOfWork, clock: FakeClock) -> None:
    decision_id = recoverable_decision(uow, clock, collectivite="69M")
    assert open_case(uow, clock, decision_id) == Failure(CreanceNotFound())
    case = open_case(uow, clock, decision_id, scope=("69M",))
    assert isinstance(case, Success)
    assert isinstance(ShowCreance(uow, PAYING).execute(ShowCreanceQuery(creance_id=case.unwrap().id, collectivites=("69",))),
                      Failure)
    board = ListCreances(uow).execute(ListCreancesQuery(collectivites=("69",))).unwrap()
    assert board.cases == () and board.to_open == ()


def test_a_superseded_or_doubtful_answer_founds_no_case(uow: FakeUnitOfWork, clock: FakeClock) -> None:
    doubt = ambiguous_request(uow, clock.now())
    result = open_case(uow, clock, doubt.id)
    assert isinstance(result, Failure) and "aide récupérable" in result.failure().message


def test_negative_amounts_or_no_aid_paid_are_refused(uow: FakeUnitOfWork, clock: FakeClock) -> None:
    decision_id = recoverable_decision(uow, clock)
    negative = replace(FACTS, funeral_costs=D("-1"))
    nothing = replace(FACTS, claimed=(ClaimedAid(aid_code="ASH", amount_paid=D("0")),))
    assert "négatifs" in open_case(uow, clock, decision_id, facts=negative).failure().message
    assert "au moins une aide" in open_case(uow, clock, decision_id, facts=nothing).failure().message


def test_the_board_lists_cases_and_answers_still_without_one(uow: FakeUnitOfWork, clock: FakeClock) -> None:
    first, second = recoverable_decision(uow, clock), recoverable_decision(uow, clock)
    open_case(uow, clock, first)
    board = ListCreances(uow).execute(ListCreancesQuery(collectivites=("69",))).unwrap()
    assert [line.creance.decision_id for line in board.cases] == [first]
    assert [line.decision.id for line in board.to_open] == [second]


def test_a_case_is_notified_recovered_in_part_then_its_balance_waived_each_step_audited(
        uow: FakeUnitOfWork, clock: FakeClock) -> None:
    case = open_case(uow, clock, recoverable_decision(uow, clock)).unwrap()
    move = MoveCreance(uow, clock)
    today = clock.now().date()
    assert notify(uow, clock, case.id).status is CreanceStatus.NOTIFIED
    base = MoveCreanceCommand(creance_id=case.id, step=CreanceStep.RECOVER, on=today, agent_id="agent-1",
                              collectivites=("69",))
    recovered = move.execute(replace(base, amount=D("15000"))).unwrap()
    assert (recovered.status, recovered.amount_recovered) == (CreanceStatus.RECOVERED_IN_PART, D("15000.00"))
    assert [e.action for e in uow.audit.entries] == ["creance.opened", "creance.notified", "creance.recovered_in_part"]
    assert uow.audit.entries[-1].details == {"on": today.isoformat(), "amount": "15000", "amount_recovered": "15000.00"}
    waived = move.execute(replace(base, step=CreanceStep.WAIVE, reason="remise du solde")).unwrap()
    assert (waived.status, waived.amount_recovered, waived.amount_waived) == (
        CreanceStatus.WAIVED, D("15000.00"), waived.amount_claimed - D("15000.00"))
    assert uow.audit.entries[-1].action == "creance.waived"
    refused = move.execute(replace(base, step=CreanceStep.WAIVE, reason="trop tard", on=date(2026, 11, 26)))
    assert isinstance(refused, Failure) and "déjà close" in refused.failure().message


def test_a_preview_checks_a_step_and_shows_its_effect_without_saving_it(uow: FakeUnitOfWork,
                                                                        clock: FakeClock) -> None:
    case = open_case(uow, clock, recoverable_decision(uow, clock)).unwrap()
    move = MoveCreance(uow, clock)
    today = clock.now().date()
    base = MoveCreanceCommand(creance_id=case.id, step=CreanceStep.RECOVER, on=today, agent_id="agent-1",
                              collectivites=("69",))
    notified = notify(uow, clock, case.id)
    entries = len(uow.audit.entries)
    preview = move.execute(replace(base, step=CreanceStep.WAIVE, reason="remise", preview=True)).unwrap()
    assert preview.status is CreanceStatus.WAIVED
    assert uow.creances.get(case.id) == notified and len(uow.audit.entries) == entries
    refused = move.execute(replace(base, step=CreanceStep.WAIVE, reason=" ", preview=True))
    assert isinstance(refused, Failure) and "motif" in refused.failure().message


def test_figures_are_corrected_before_notification_only_and_the_amount_follows(uow: FakeUnitOfWork,
                                                                               clock: FakeClock) -> None:
    case = open_case(uow, clock, recoverable_decision(uow, clock)).unwrap()
    revise = ReviseCreance(uow, clock)
    command = ReviseCreanceCommand(creance_id=case.id, facts=replace(FACTS, net_estate=D("10000")),
                                   agent_id="agent-1", collectivites=("69",))
    revised = revise.execute(command).unwrap()
    assert revised.amount_claimed == D("6500.00") and uow.creances.get(case.id) == revised
    assert uow.audit.entries[-1].details == {"before": "20240.00", "after": "6500.00"}
    notify(uow, clock, case.id)
    refused = revise.execute(command)
    assert isinstance(refused, Failure) and "notifiée" in refused.failure().message
    assert isinstance(revise.execute(replace(command, collectivites=("69M",))), Failure)


def test_the_workflow_s_today_is_the_day_in_france_as_the_decompte_is_dated(uow: FakeUnitOfWork) -> None:
    """At 00:30 in Paris, still the day before in UTC, a sum received that day is not « in the future »."""
    clock = FakeClock(datetime(2026, 11, 25, 23, 30, tzinfo=UTC))
    case = open_case(uow, clock, recoverable_decision(uow, clock)).unwrap()
    assert notify(uow, clock, case.id).notified_on == date(2026, 11, 26)
    recovered = MoveCreance(uow, clock).execute(MoveCreanceCommand(
        creance_id=case.id, step=CreanceStep.RECOVER, on=date(2026, 11, 26), amount=D("100"), agent_id="agent-1",
        collectivites=("69",)))
    assert isinstance(recovered, Success)


def test_no_case_is_opened_on_the_better_fortunes_recourse_and_one_opened_so_before_says_why_it_is_not_sent(
        uow: FakeUnitOfWork, clock: FakeClock) -> None:
    decision_id = recoverable_decision(uow, clock)
    refused = open_case(uow, clock, decision_id, facts=replace(FACTS, recourse=RecourseType.BETTER_FORTUNE))
    assert isinstance(refused, Failure) and "s'exerce de son vivant" in refused.failure().message
    assert uow.creances.for_decision(decision_id) is None
    earlier = replace(open_case(uow, clock, decision_id).unwrap(), recourse=RecourseType.BETTER_FORTUNE)
    uow.creances.save(earlier)  # opened before this version
    shown = ShowCreance(uow, PAYING).execute(ShowCreanceQuery(creance_id=earlier.id, collectivites=("69",))).unwrap()
    assert shown.computation.total == D("0.00")
    assert shown.cannot_notify is not None and shown.cannot_notify.endswith(
        "Corrigez le type de recours avant de notifier le décompte.")


def test_a_case_against_a_legatee_is_opened_on_the_legacys_value_and_its_decompte_says_so(
        uow: FakeUnitOfWork, clock: FakeClock) -> None:
    legacy = CaseFacts(recourse=RecourseType.LEGATEE, liberality_value=D("9000"), claimed=FACTS.claimed)
    case = open_case(uow, clock, recoverable_decision(uow, clock), facts=legacy).unwrap()
    # ASH 18,000 and AM 3,000 (from the first euro against a legatee), within the 9,000 bequeathed.
    assert (case.amount_claimed, case.liberality_value, case.net_estate) == (D("9000.00"), D("9000.00"), D("0.00"))
    renderer = FakeLetterRenderer()
    letters = CreanceLetters(renderer, PAYING, clock)
    NotifyCreance(uow, clock, letters, PAYING).execute(NotifyCreanceCommand(
        creance_id=case.id, agent_id="agent-1", collectivites=("69",))).unwrap()
    [content] = renderer.rendered
    assert content.decompte is not None and content.decompte.available == D("9000.00")
    [mail] = [m for m in uow.outbox.messages.values() if m.creance_id == case.id]
    assert "créance d'aide sociale du 69 exercée contre le légataire dans le cadre de la succession de" in mail.body
