from datetime import date

import pytest
from returns.result import Failure, Success

from application.search_deceased import SearchDeceased, SearchDeceasedCommand
from application.testing.fakes import FakeClock, FakeUnitOfWork
from domain.collectivite import Collectivite
from domain.errors import InvalidSearch, NotAuthorized
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


def test_references_are_sequential_per_year(uow: FakeUnitOfWork) -> None:
    first, second = search(uow).unwrap(), search(uow).unwrap()  # type: ignore[attr-defined]
    assert (first.request.reference, second.request.reference) == ("2026-000001", "2026-000002")
