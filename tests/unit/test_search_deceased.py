from datetime import date

import pytest
from returns.result import Failure, Success

from application.resolve_doubt import ResolveDoubt, ResolveDoubtCommand
from application.search_deceased import SearchDeceased, SearchDeceasedCommand
from application.show_doubt import ShowDoubt, ShowDoubtQuery
from application.testing.doubts import RecordingCorrectionLetters
from application.testing.fakes import FakeClock, FakeUnitOfWork
from domain.collectivite import Collectivite
from domain.errors import DirectoryNotLoaded, InvalidSearch, NotAuthorized, OfficeNotServed
from domain.matching.policy import ThresholdPolicy
from domain.office import NotarialOffice
from domain.outcome import Outcome
from domain.user import Role, User
from tests.support.builders import form, person


@pytest.fixture
def uow() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    for code in ("69", "69M"):
        uow.collectivites.add(Collectivite(code=code, name=code))
    uow.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="e@x.fr", collectivites=frozenset({"69"})))
    uow.users.add(User(id="u1", email="clerk@x.fr", role=Role.NOTARY, password_hash="", crpcen="69001"))
    uow.users.add(User(id="a1", email="agent@x.fr", role=Role.AGENT, password_hash="", collectivite="69"))
    uow.beneficiaries.upsert("69", [person(iodas_id="9001")])
    return uow


def search(uow: FakeUnitOfWork, user_id: str = "u1", **changes: object) -> object:
    return SearchDeceased(uow, ThresholdPolicy(), FakeClock()).execute(
        SearchDeceasedCommand(user_id=user_id, form=form(**changes))
    )


def test_a_known_person_with_ash_is_recoverable_and_stored_as_proof(uow: FakeUnitOfWork) -> None:
    result = search(uow)
    assert isinstance(result, Success)
    answer = result.unwrap()
    assert answer.outcome is Outcome.RECOVERABLE_AID
    assert uow.requests.get(answer.request.id) == answer.request
    [decision] = uow.requests.decisions_for(answer.request.id)
    assert decision.iodas_id == "9001"
    assert uow.commits == 1


def test_an_unknown_person_is_answered_unknown(uow: FakeUnitOfWork) -> None:
    result = search(uow, last_name="Inconnu", birth_name=None, birth_date=date(1950, 1, 1))
    assert isinstance(result, Success)
    assert result.unwrap().outcome is Outcome.UNKNOWN


def test_only_a_notary_may_search(uow: FakeUnitOfWork) -> None:
    assert search(uow, user_id="a1") == Failure(NotAuthorized())
    assert uow.requests.requests == {}


def test_an_invalid_search_stores_nothing(uow: FakeUnitOfWork) -> None:
    result = search(uow, death_date=None)
    assert isinstance(result, Failure) and isinstance(result.failure(), InvalidSearch)
    assert uow.requests.requests == {} and uow.commits == 0


def test_each_collectivite_of_the_office_answers(uow: FakeUnitOfWork) -> None:
    office = uow.offices.items["69001"]
    uow.offices.save(NotarialOffice(crpcen=office.crpcen, name=office.name, email=office.email,
                                    collectivites=frozenset({"69", "69M"})))
    uow.beneficiaries.upsert("69M", [person(iodas_id="M1", aids=("APA",), collectivite="69M")])
    answer = search(uow).unwrap()  # type: ignore[attr-defined]
    assert {(a.collectivite, a.outcome) for a in answer.answers} == {
        ("69", Outcome.RECOVERABLE_AID), ("69M", Outcome.POSSIBLE_UNDUE_PAYMENT)}
    assert answer.outcome is Outcome.RECOVERABLE_AID
    # Each collectivité's trail holds its own answer: the Métropole's must not read the Rhône's recoverable aid.
    audited = [(e.collectivite, e.details["outcome"]) for e in uow.audit.entries if e.action == "search.answered"]
    assert sorted(audited) == [("69", "RECOVERABLE_AID"), ("69M", "POSSIBLE_UNDUE_PAYMENT")]


def test_references_are_sequential_per_year(uow: FakeUnitOfWork) -> None:
    first, second = search(uow).unwrap(), search(uow).unwrap()  # type: ignore[attr-defined]
    assert (first.request.reference, second.request.reference) == ("2026-000001", "2026-000002")


def test_a_doubt_on_a_woman_without_her_birth_name_on_record_is_settled_with_her(uow: FakeUnitOfWork) -> None:
    """'Durand Jeanne' against GARNIER JEANNE, born that day, whose record holds no birth name: the search does not
    score her (the surname disagrees), yet the agent opening the doubt is offered her, and may settle it so."""
    others = [person(iodas_id=str(9100 + i), usage_name=f"VOISIN{chr(65 + i)}", birth_name=None,
                     first_names=name, birth_date=date(1940, 1 + i // 28, 1 + i % 28)) for i, name in enumerate(
        ("ODETTE", "SIMONE", "PAULETTE", "GISELE", "YVETTE", "HUGUETTE", "COLETTE", "LUCIENNE", "RAYMONDE", "ANDREE",
         "GERMAINE", "SUZANNE", "MARCELLE", "DENISE", "RENEE", "LOUISE", "MADELEINE", "YVONNE", "HELENE", "LUCIE",
         "ROSE", "ALICE", "EMILIENNE", "MARTHE"))]  # the share of women named Jeanne tells how telling that is
    wife = person(iodas_id="9002", usage_name="GARNIER", birth_name=None, first_names="JEANNE",
                  birth_date=date(1936, 5, 8), aids=("ASH",))
    uow.beneficiaries.upsert("69", [wife, *others])
    answer = search(uow, last_name="Durand", birth_name=None, first_names="Jeanne", birth_date=date(1936, 5, 8))
    assert isinstance(answer, Success) and answer.unwrap().outcome is Outcome.AMBIGUOUS
    [decision] = uow.requests.decisions_for(answer.unwrap().request.id)
    shown = ShowDoubt(uow).execute(ShowDoubtQuery(decision_id=decision.id, collectivites=("69",))).unwrap()
    assert [(c.iodas_id, c.outcome_if_chosen) for c in shown.candidates] == [("9002", Outcome.RECOVERABLE_AID)]
    settled = ResolveDoubt(uow, FakeClock(), RecordingCorrectionLetters()).execute(ResolveDoubtCommand(
        decision_id=decision.id, iodas_ids=("9002",), comment="Acte de mariage consulté", agent_id="a1",
        collectivites=("69",)))
    assert isinstance(settled, Success) and settled.unwrap().outcome is Outcome.RECOVERABLE_AID


def test_an_office_that_no_collectivite_serves_is_told_so_and_nothing_is_stored(uow: FakeUnitOfWork) -> None:
    uow.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="e@x.fr", collectivites=frozenset()))
    assert search(uow) == Failure(OfficeNotServed())
    assert uow.requests.requests == {} and uow.commits == 0


def test_a_collectivite_whose_beneficiaries_were_never_loaded_refuses_rather_than_answer_unknown(
        uow: FakeUnitOfWork) -> None:
    office = uow.offices.items["69001"]
    uow.offices.save(NotarialOffice(crpcen=office.crpcen, name=office.name, email=office.email,
                                    collectivites=frozenset({"69", "69M"})))
    result = search(uow)
    assert result == Failure(DirectoryNotLoaded(collectivite="69M"))
    assert "« 69M » n'a pas encore été chargé" in DirectoryNotLoaded(collectivite="69M").message
    assert uow.requests.requests == {} and uow.commits == 0
    uow.beneficiaries.upsert("69M", [person(iodas_id="M1", aids=("APA",), collectivite="69M")])
    assert isinstance(search(uow), Success)
