"""Deaths learnt from notaries are reported to IODAS once, in batches, by collectivité; only people identified."""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from returns.result import Result

from application.export_deaths import ExportDeaths, ExportDeathsCommand
from application.list_pending_deaths import ListPendingDeaths, PendingDeathsQuery
from application.read_death_batch import ReadDeathBatch, ReadDeathBatchQuery
from application.resolve_doubt import ResolveDoubt, ResolveDoubtCommand
from application.testing.doubts import RecordingCorrectionLetters
from application.testing.fakes import FakeClock, FakeUnitOfWork
from domain.collectivite import Collectivite
from domain.death_report import DeathBatch, DeathBatchNotFound, NothingToReport, report_of
from domain.errors import NotAuthorized
from domain.outcome import Outcome
from domain.user import Role, User
from tests.support.builders import person
from tests.support.deaths import answered
from tests.support.doubts import ambiguous_request


@pytest.fixture
def uow() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    for code in ("69", "69M"):
        uow.collectivites.add(Collectivite(code=code, name=code))
    uow.beneficiaries.upsert("69", [person(iodas_id="1"), person(iodas_id="2", usage_name="PETIT", aids=("APA",))])
    uow.beneficiaries.upsert("69M", [person(iodas_id="1", usage_name="BERNARD", collectivite="69M")])
    uow.users.add(User(id="agent-1", email="agent@cd69.example", role=Role.AGENT, password_hash="", collectivite="69"))
    return uow


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def export(uow: FakeUnitOfWork, clock: FakeClock, collectivite: str = "69", scope: tuple[str, ...] = ("69",),
           actor_id: str | None = None) -> Result[DeathBatch, NotAuthorized | NothingToReport]:
    command = ExportDeathsCommand(collectivite=collectivite, collectivites=scope, actor_id=actor_id, ip="10.0.0.1")
    return ExportDeaths(uow, clock).execute(command)


def test_a_batch_reports_each_identified_person_with_the_files_names_and_the_clerks_death(
        uow: FakeUnitOfWork, clock: FakeClock) -> None:
    recoverable = answered(uow, clock.now() - timedelta(days=2), iodas_id="1", death_date=date(2026, 11, 20),
                           death_place="Villeurbanne")
    undue = answered(uow, clock.now() - timedelta(days=1), iodas_id="2", outcome=Outcome.POSSIBLE_UNDUE_PAYMENT)
    batch = export(uow, clock).unwrap()
    assert [(r.decision_id, r.outcome) for r in batch.reports] == [(recoverable.id, Outcome.RECOVERABLE_AID),
                                                                   (undue.id, Outcome.POSSIBLE_UNDUE_PAYMENT)]
    first = batch.reports[0]
    assert (first.usage_name, first.birth_name, first.first_names, first.birth_date) == (
        "MARTIN", "DURAND", "JEANNE MARIE", date(1931, 4, 12))
    assert (first.death_date, first.death_place, first.crpcen) == (date(2026, 11, 20), "Villeurbanne", "69001")
    assert (batch.number, batch.size, batch.created_at, batch.created_by) == (1, 2, clock.now(), None)


def test_nobody_is_reported_for_an_unknown_answer_nor_an_unsettled_doubt(uow: FakeUnitOfWork, clock: FakeClock) -> None:
    answered(uow, clock.now(), iodas_id=None, outcome=Outcome.UNKNOWN)
    ambiguous_request(uow, clock.now())
    assert isinstance(export(uow, clock).failure(), NothingToReport)
    assert uow.deaths.items == [] and uow.audit.entries == [], "no empty batch, nothing audited"


def test_a_doubt_an_agent_settles_naming_a_candidate_is_reported_through_the_corrected_answer(
        uow: FakeUnitOfWork, clock: FakeClock) -> None:
    doubt = ambiguous_request(uow, clock.now() - timedelta(days=1))
    command = ResolveDoubtCommand(decision_id=doubt.id, iodas_ids=("2",), comment="Vérifié avec la MDR", agent_id="agent-1",
                                  collectivites=("69",))
    corrected = ResolveDoubt(uow, clock, RecordingCorrectionLetters()).execute(command).unwrap()
    [report] = export(uow, clock).unwrap().reports
    assert (report.decision_id, report.iodas_id, report.usage_name) == (corrected.id, "2", "PETIT")
    assert report.outcome is Outcome.POSSIBLE_UNDUE_PAYMENT


def test_a_person_found_by_several_searches_is_reported_once_by_the_earliest(uow: FakeUnitOfWork,
                                                                              clock: FakeClock) -> None:
    answered(uow, clock.now() - timedelta(days=1), iodas_id="1", death_place="Lyon 3e")
    earliest = answered(uow, clock.now() - timedelta(days=5), iodas_id="1", death_place="Lyon")
    [report] = export(uow, clock).unwrap().reports
    assert (report.decision_id, report.death_place) == (earliest.id, "Lyon")


def test_each_death_is_exported_once_the_next_batch_holding_only_the_new_ones(uow: FakeUnitOfWork,
                                                                              clock: FakeClock) -> None:
    answered(uow, clock.now() - timedelta(days=1), iodas_id="1")
    first = export(uow, clock).unwrap()
    assert isinstance(export(uow, clock).failure(), NothingToReport)
    clock.advance(timedelta(days=1))
    answered(uow, clock.now(), iodas_id="1")  # asked again: IODAS knows already
    new = answered(uow, clock.now(), iodas_id="2")
    second = export(uow, clock, actor_id="agent-1").unwrap()
    assert [r.decision_id for r in second.reports] == [new.id]
    assert (first.number, second.number, second.created_by) == (1, 2, "agent-1")


def test_another_collectivites_deaths_are_neither_exported_nor_listed(uow: FakeUnitOfWork, clock: FakeClock) -> None:
    answered(uow, clock.now(), iodas_id="1", collectivite="69M")
    assert isinstance(export(uow, clock, collectivite="69M", scope=("69",)).failure(), NotAuthorized)
    assert isinstance(export(uow, clock).failure(), NothingToReport)
    [board] = ListPendingDeaths(uow).execute(PendingDeathsQuery(collectivites=("69",))).unwrap()
    assert (board.collectivite, board.pending) == ("69", ())
    assert [r.usage_name for r in export(uow, clock, "69M", ("69M",)).unwrap().reports] == ["BERNARD"]


def test_the_export_is_audited_with_its_batch_and_size(uow: FakeUnitOfWork, clock: FakeClock) -> None:
    answered(uow, clock.now(), iodas_id="1")
    batch = export(uow, clock, actor_id="agent-1").unwrap()
    [entry] = uow.audit.entries
    assert (entry.action, entry.actor_id, entry.target, entry.collectivite, entry.ip) == (
        "deaths.exported", "agent-1", batch.id, "69", "10.0.0.1")
    assert entry.details == {"batch": "1", "deaths": "1"} and uow.commits == 1


def test_the_board_lists_what_is_pending_once_per_person_and_the_past_batches_with_their_author(
        uow: FakeUnitOfWork, clock: FakeClock) -> None:
    answered(uow, clock.now() - timedelta(days=3), iodas_id="1")
    export(uow, clock, actor_id="agent-1")
    clock.advance(timedelta(hours=1))
    answered(uow, clock.now(), iodas_id="1")
    answered(uow, clock.now(), iodas_id="2")
    answered(uow, clock.now() + timedelta(minutes=1), iodas_id="2")
    [board] = ListPendingDeaths(uow).execute(PendingDeathsQuery(collectivites=("69",))).unwrap()
    assert [r.iodas_id for r in board.pending] == ["2"]
    assert [(p.batch.number, p.batch.size, p.author) for p in board.batches] == [(1, 1, "agent@cd69.example")]
    export(uow, clock)
    [board] = ListPendingDeaths(uow).execute(PendingDeathsQuery(collectivites=("69",))).unwrap()
    assert [(p.batch.number, p.author) for p in board.batches] == [(2, "ligne de commande"), (1, "agent@cd69.example")]
    assert isinstance(ListPendingDeaths(uow).execute(PendingDeathsQuery(collectivites=())).failure(), NotAuthorized)


def test_a_past_batch_is_read_again_whole_only_in_its_collectivite_and_each_download_is_audited(
        uow: FakeUnitOfWork, clock: FakeClock) -> None:
    answered(uow, clock.now(), iodas_id="1")
    batch = export(uow, clock).unwrap()
    read = ReadDeathBatch(uow, clock)
    again = read.execute(ReadDeathBatchQuery(batch_id=batch.id, collectivites=("69",), actor_id="agent-1", ip="10.0.0.2"))
    assert again.unwrap() == batch
    assert (uow.audit.entries[-1].action, uow.audit.entries[-1].actor_id) == ("deaths.downloaded", "agent-1")
    for batch_id, scope in ((batch.id, ("69M",)), ("absent", ("69",))):
        refused = read.execute(ReadDeathBatchQuery(batch_id=batch_id, collectivites=scope, actor_id="agent-1"))
        assert isinstance(refused.failure(), DeathBatchNotFound)
    assert len(uow.audit.entries) == 2


def test_a_report_is_made_only_of_the_person_the_answer_names(uow: FakeUnitOfWork, clock: FakeClock) -> None:
    decision = answered(uow, clock.now(), iodas_id="1")
    request = uow.requests.requests[decision.request_id]
    assert report_of(request, decision, person(iodas_id="2")) is None
    assert report_of(request, decision, person(iodas_id="1", collectivite="69M")) is None
    assert report_of(request, replace(decision, outcome=Outcome.AMBIGUOUS), person(iodas_id="1")) is None
    assert report_of(request, decision, person(iodas_id="1")) is not None
