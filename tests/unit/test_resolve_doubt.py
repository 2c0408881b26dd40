"""Agents list, open and settle doubtful cases; the original answer is never overwritten."""

from datetime import timedelta

import pytest
from returns.result import Failure, Result, Success

from application.list_doubts import ListDoubts, ListDoubtsQuery
from application.list_settled_doubts import ListSettledDoubts, ListSettledDoubtsQuery
from application.resolve_doubt import ResolveDoubt, ResolveDoubtCommand, ResolveDoubtError
from application.show_doubt import ShowDoubt, ShowDoubtQuery
from application.testing.doubts import RecordingCorrectionLetters
from application.testing.fakes import FakeClock, FakeUnitOfWork
from domain.collectivite import Collectivite
from domain.decision import Decision, DecisionKind
from domain.doubt import AlreadySettled, DoubtNotFound
from domain.errors import InvalidInput
from domain.office import NotarialOffice
from domain.outcome import Outcome
from domain.user import Role, User
from tests.support.builders import person
from tests.support.doubts import ambiguous_request


@pytest.fixture
def uow() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    uow.collectivites.add(Collectivite(code="69", name="Rhône"))
    uow.collectivites.add(Collectivite(code="69M", name="Métropole"))
    uow.offices.save(NotarialOffice(crpcen="69001", name="Étude Bellecour", email="e@n.example",
                                    collectivites=frozenset({"69"})))
    uow.beneficiaries.upsert("69", [person(iodas_id="1", aids=("ASH",)), person(iodas_id="2", aids=("APA",))])
    return uow


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def resolve(uow: FakeUnitOfWork, clock: FakeClock, letters: RecordingCorrectionLetters, decision: Decision,
            iodas_ids: tuple[str, ...] = ("1",),
            scope: tuple[str, ...] = ("69",)) -> Result[Decision, ResolveDoubtError]:
    command = ResolveDoubtCommand(decision_id=decision.id, iodas_ids=iodas_ids, comment="Vérifié avec la MDR",
                                  agent_id="agent-1", collectivites=scope, ip="10.0.0.1")
    return ResolveDoubt(uow, clock, letters).execute(command)


def test_the_queue_lists_waiting_doubts_of_the_agents_collectivite_oldest_first(uow: FakeUnitOfWork,
                                                                                 clock: FakeClock) -> None:
    recent = ambiguous_request(uow, clock.now() - timedelta(days=1))
    old = ambiguous_request(uow, clock.now() - timedelta(days=9))
    ambiguous_request(uow, clock.now() - timedelta(days=20), collectivite="69M")
    waiting = ListDoubts(uow, clock).execute(ListDoubtsQuery(collectivites=("69",))).unwrap()
    assert [(w.doubt.decision.id, w.age_in_days) for w in waiting] == [(old.id, 9), (recent.id, 1)]
    assert waiting[0].office_name == "Étude Bellecour"


def test_an_agent_without_collectivite_sees_no_queue(uow: FakeUnitOfWork, clock: FakeClock) -> None:
    assert isinstance(ListDoubts(uow, clock).execute(ListDoubtsQuery(collectivites=())), Failure)


def test_opening_a_doubt_shows_each_candidate_with_evidence_and_aids(uow: FakeUnitOfWork, clock: FakeClock) -> None:
    decision = ambiguous_request(uow, clock.now())
    file = ShowDoubt(uow).execute(ShowDoubtQuery(decision_id=decision.id, collectivites=("69",))).unwrap()
    first, second = file.candidates
    assert (first.iodas_id, first.outcome_if_chosen, second.outcome_if_chosen) == (
        "1", Outcome.RECOVERABLE_AID, Outcome.POSSIBLE_UNDUE_PAYMENT)
    assert first.aids[0].label == "Aide sociale à l'hébergement" and first.aids[0].category == "recoverable"
    assert [c.score for c in second.comparison] == [1.0, 0.8, 0.9]
    assert file.settlement is None and file.office_name == "Étude Bellecour"


def test_another_collectivites_doubt_cannot_be_opened_nor_settled(uow: FakeUnitOfWork, clock: FakeClock) -> None:
    decision = ambiguous_request(uow, clock.now(), collectivite="69M")
    letters = RecordingCorrectionLetters()
    shown = ShowDoubt(uow).execute(ShowDoubtQuery(decision_id=decision.id, collectivites=("69",)))
    assert shown == Failure(DoubtNotFound())
    assert resolve(uow, clock, letters, decision) == Failure(DoubtNotFound())
    assert letters.queued == [] and uow.audit.entries == []


def test_settling_records_a_corrected_decision_queues_the_letter_and_audits(uow: FakeUnitOfWork,
                                                                          clock: FakeClock) -> None:
    decision = ambiguous_request(uow, clock.now() - timedelta(days=2))
    letters = RecordingCorrectionLetters()
    result = resolve(uow, clock, letters, decision)
    assert isinstance(result, Success)
    corrected = result.unwrap()
    assert (corrected.kind, corrected.outcome, corrected.supersedes) == (
        DecisionKind.CORRECTED, Outcome.RECOVERABLE_AID, decision.id)
    assert uow.requests.decisions_for(decision.request_id)[0] == decision
    assert letters.queued == [corrected]
    entry = uow.audit.entries[-1]
    assert (entry.action, entry.actor_id, entry.target, entry.ip) == ("decision.corrected", "agent-1", decision.id,
                                                                      "10.0.0.1")
    assert entry.details["comment"] == "Vérifié avec la MDR"
    assert ListDoubts(uow, clock).execute(ListDoubtsQuery(collectivites=("69",))).unwrap() == []


def test_declaring_the_person_unknown_answers_unknown(uow: FakeUnitOfWork, clock: FakeClock) -> None:
    decision = ambiguous_request(uow, clock.now())
    corrected = resolve(uow, clock, RecordingCorrectionLetters(), decision, iodas_ids=())
    assert isinstance(corrected, Success) and corrected.unwrap().outcome is Outcome.UNKNOWN


def test_one_person_entered_twice_answers_what_both_files_aids_say_and_every_number_is_audited(
        uow: FakeUnitOfWork, clock: FakeClock) -> None:
    """Her APA on file 2, her ASH on file 1: alone, file 2 would answer « indu possible »; together, the ASH
    prevails."""
    decision = ambiguous_request(uow, clock.now())
    letters = RecordingCorrectionLetters()
    alone = ShowDoubt(uow).execute(ShowDoubtQuery(decision_id=decision.id, collectivites=("69",))).unwrap()
    assert alone.candidates[1].outcome_if_chosen is Outcome.POSSIBLE_UNDUE_PAYMENT
    corrected = resolve(uow, clock, letters, decision, iodas_ids=("2", "1")).unwrap()
    assert (corrected.outcome, corrected.iodas_id, corrected.other_iodas_ids) == (Outcome.RECOVERABLE_AID, "1", ("2",))
    assert letters.queued == [corrected] and uow.doubts.settlement_of(decision.id) == corrected
    details = uow.audit.entries[-1].details
    assert (details["iodas_id"], details["other_iodas_ids"]) == ("1", "2")


def test_a_file_named_that_left_the_directory_is_refused_at_the_choice(uow: FakeUnitOfWork, clock: FakeClock) -> None:
    del uow.beneficiaries.people[("69", "2")]
    decision = ambiguous_request(uow, clock.now())
    letters = RecordingCorrectionLetters()
    refused = resolve(uow, clock, letters, decision, iodas_ids=("1", "2"))
    assert refused == Failure(InvalidInput("Le dossier IODAS 2 n'est plus dans le fichier des bénéficiaires.",
                                           "iodas_ids"))
    assert letters.queued == [] and uow.audit.entries == [] and uow.doubts.settlement_of(decision.id) is None


def test_a_doubt_is_settled_only_once(uow: FakeUnitOfWork, clock: FakeClock) -> None:
    decision = ambiguous_request(uow, clock.now())
    letters = RecordingCorrectionLetters()
    resolve(uow, clock, letters, decision)
    assert resolve(uow, clock, letters, decision, iodas_ids=("2",)) == Failure(AlreadySettled())
    assert len(letters.queued) == 1


def test_settled_doubts_show_who_answered_and_how_long_the_office_waited(uow: FakeUnitOfWork,
                                                                          clock: FakeClock) -> None:
    uow.users.add(User(id="agent-1", email="agent@cd69.example", role=Role.AGENT, password_hash="x", collectivite="69"))
    older, newer = ambiguous_request(uow, clock.now() - timedelta(days=6)), ambiguous_request(uow, clock.now())
    letters = RecordingCorrectionLetters()
    resolve(uow, clock, letters, older)
    clock.advance(timedelta(hours=1))
    resolve(uow, clock, letters, newer, iodas_ids=())
    settled = ListSettledDoubts(uow).execute(ListSettledDoubtsQuery(collectivites=("69",))).unwrap()
    assert [(s.doubt.decision.id, s.waited_days, s.agent_email) for s in settled] == [
        (newer.id, 0, "agent@cd69.example"), (older.id, 6, "agent@cd69.example")]
    assert ListSettledDoubts(uow).execute(ListSettledDoubtsQuery(collectivites=("69M",))).unwrap() == []
