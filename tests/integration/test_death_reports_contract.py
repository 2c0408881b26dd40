"""The deaths to report to IODAS, and their batches, behave the same in memory and in SQL (SQLite and PostgreSQL)."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from application.ports.unit_of_work import UnitOfWork
from application.testing.fakes import FakeUnitOfWork
from domain.death_report import DeathBatch, DeathReport, once_per_person
from domain.decision import Decision, DecisionKind, MatchEvidence
from domain.office import NotarialOffice
from domain.outcome import Outcome
from domain.search import SearchRequest
from domain.user import Role, User
from tests.conftest import BACKENDS, make_services, provision_database
from tests.support.builders import identity, person
from tests.support.deaths import answered, settled
from tests.support.doubts import ambiguous_request

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
PEOPLE = {"69": [person(iodas_id="1"), person(iodas_id="2", usage_name="PETIT", birth_name=None, first_names="LOUIS",
                                               birth_date=date(1940, 2, 20), aids=("APA",))],
          "69M": [person(iodas_id="1", usage_name="BERNARD", birth_name=None, first_names="PAUL",
                         birth_date=date(1938, 6, 1), collectivite="69M")]}


@pytest.fixture(params=["fake", *BACKENDS])
def uow(request: pytest.FixtureRequest) -> Iterator[UnitOfWork]:
    if request.param == "fake":
        fake = FakeUnitOfWork()
        for code, people in PEOPLE.items():
            fake.beneficiaries.upsert(code, people)
        yield fake
        return
    services = make_services(provision_database(request.param, request))
    with services.uow() as unit:
        unit.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="e@n.example",
                                         collectivites=frozenset({"69", "69M"})))
        unit.users.add(User(id="clerk", email="clerk@n.example", role=Role.NOTARY, password_hash="x", crpcen="69001"))
        for code, people in PEOPLE.items():
            unit.beneficiaries.upsert(code, people)
        unit.commit()
        yield unit
    services.engine.dispose()


def test_an_identified_person_is_pending_as_the_beneficiary_file_names_them_with_the_clerks_death(
        uow: UnitOfWork) -> None:
    decision = answered(uow, NOW, iodas_id="1", death_date=date(2026, 11, 2), death_place="Villeurbanne")
    uow.commit()
    request = uow.requests.get(decision.request_id)
    assert request is not None
    assert list(uow.deaths.pending(["69"])) == [DeathReport(
        collectivite="69", iodas_id="1", usage_name="MARTIN", birth_name="DURAND", first_names="JEANNE MARIE",
        birth_date=date(1931, 4, 12), death_date=date(2026, 11, 2), death_place="Villeurbanne",
        reference=request.reference, requested_at=NOW, crpcen="69001", outcome=Outcome.RECOVERABLE_AID,
        decision_id=decision.id, request_id=request.id)]


def test_only_answers_naming_a_person_are_pending_the_oldest_request_first(uow: UnitOfWork) -> None:
    late = answered(uow, NOW, iodas_id="1")
    early = answered(uow, NOW - timedelta(days=2), iodas_id="2", outcome=Outcome.POSSIBLE_UNDUE_PAYMENT)
    answered(uow, NOW - timedelta(days=3), iodas_id=None, outcome=Outcome.UNKNOWN)
    ambiguous_request(uow, NOW - timedelta(days=4))
    uow.commit()
    assert [r.decision_id for r in uow.deaths.pending(["69"])] == [early.id, late.id]


def test_a_settled_doubt_counts_through_its_corrected_decision_and_a_doubt_settled_as_unknown_not_at_all(
        uow: UnitOfWork) -> None:
    chosen = settled(uow, ambiguous_request(uow, NOW - timedelta(days=1)), "2", Outcome.POSSIBLE_UNDUE_PAYMENT)
    settled(uow, ambiguous_request(uow, NOW), None, Outcome.UNKNOWN)
    uow.commit()
    [report] = uow.deaths.pending(["69"])
    assert (report.decision_id, report.iodas_id, report.outcome) == (chosen.id, "2", Outcome.POSSIBLE_UNDUE_PAYMENT)


def test_each_collectivite_has_its_own_people_even_on_a_request_both_answered(uow: UnitOfWork) -> None:
    request = SearchRequest(id="r-1", reference="2026-000001", identity=identity(), crpcen="69001", user_id="clerk",
                            at=NOW)
    ours = Decision(id="d-69", request_id="r-1", collectivite="69", outcome=Outcome.RECOVERABLE_AID, iodas_id="1",
                    evidence=MatchEvidence(reason="un bénéficiaire correspond"), decided_at=NOW)
    uow.requests.add(request, [ours, replace(ours, id="d-69M", collectivite="69M")])
    uow.commit()
    assert [(r.decision_id, r.usage_name) for r in uow.deaths.pending(["69"])] == [("d-69", "MARTIN")]
    assert [(r.decision_id, r.usage_name) for r in uow.deaths.pending(["69M"])] == [("d-69M", "BERNARD")]
    assert len(uow.deaths.pending(["69", "69M"])) == 2


def test_a_batch_is_kept_as_exported_and_its_people_are_never_pending_again(uow: UnitOfWork) -> None:
    answered(uow, NOW - timedelta(days=1), iodas_id="1")
    answered(uow, NOW - timedelta(days=1), iodas_id="2")
    uow.commit()
    assert uow.deaths.last_number("69") == 0
    reports = tuple(uow.deaths.pending(["69"]))
    batch = DeathBatch(id="b-1", collectivite="69", number=1, created_at=NOW, created_by=None, size=2,
                       reports=reports)
    uow.deaths.add(batch)
    uow.commit()
    assert uow.deaths.get("b-1") == batch and uow.deaths.get("absent") is None
    assert uow.deaths.last_number("69") == 1 and uow.deaths.last_number("69M") == 0
    assert uow.deaths.pending(["69"]) == []
    again = answered(uow, NOW, iodas_id="1")  # another office asks about her later: IODAS knows already
    uow.commit()
    assert again.id not in [r.decision_id for r in uow.deaths.pending(["69"])]
    later = DeathBatch(id="b-2", collectivite="69", number=2, created_at=NOW + timedelta(hours=1),
                       created_by="agent", size=0)
    uow.deaths.add(later)
    uow.commit()
    assert list(uow.deaths.batches(["69"])) == [later, replace(batch, reports=())]
    assert uow.deaths.batches(["69M"]) == []
    assert list(uow.deaths.batches(["69"], limit=1)) == [later]


def test_every_file_of_a_person_entered_several_times_is_reported_once(uow: UnitOfWork) -> None:
    """An agent settled a doubt naming files 1 and 2 as one person: IODAS learns the death on both, once each."""
    doubt = ambiguous_request(uow, NOW - timedelta(days=1))
    corrected = replace(doubt, id="c-1", kind=DecisionKind.CORRECTED, iodas_id="1", other_iodas_ids=("2",),
                        outcome=Outcome.RECOVERABLE_AID, decided_by="agent", comment="doublon", supersedes=doubt.id)
    assert uow.doubts.settle(corrected)
    answered(uow, NOW, iodas_id="2")  # a later search finds her second file alone
    uow.commit()
    reports = tuple(uow.deaths.pending(["69"]))
    assert [(r.iodas_id, r.decision_id) for r in reports] == [("1", "c-1"), ("2", "c-1"), ("2", reports[2].decision_id)]
    first = once_per_person(reports)
    assert [(r.iodas_id, r.decision_id) for r in first] == [("1", "c-1"), ("2", "c-1")]
    uow.deaths.add(DeathBatch(id="b-1", collectivite="69", number=1, created_at=NOW, created_by=None, size=2,
                              reports=first))
    uow.commit()
    assert uow.deaths.pending(["69"]) == []
