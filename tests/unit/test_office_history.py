from dataclasses import replace
from datetime import timedelta

import pytest
from returns.result import Failure, Success

from application.office_history import MAX_OFFSET, OfficeHistory, OfficeHistoryQuery
from application.search_deceased import SearchDeceased, SearchDeceasedCommand
from application.testing.fakes import FakeClock, FakeUnitOfWork
from domain.collectivite import Collectivite
from domain.decision import DecisionKind
from domain.errors import NotAuthorized
from domain.matching.policy import ThresholdPolicy
from domain.office import NotarialOffice
from domain.outcome import Outcome
from domain.user import Role, User
from tests.support.builders import form, person


@pytest.fixture
def uow() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    uow.collectivites.add(Collectivite(code="69", name="Rhône"))
    for crpcen, user in (("69001", "u1"), ("69002", "u2")):
        uow.offices.save(NotarialOffice(crpcen=crpcen, name=crpcen, email="e@x.fr", collectivites=frozenset({"69"})))
        uow.users.add(User(id=user, email=f"{user}@x.fr", role=Role.NOTARY, password_hash="", crpcen=crpcen))
    uow.users.add(User(id="a1", email="agent@x.fr", role=Role.AGENT, password_hash="", collectivite="69"))
    uow.beneficiaries.upsert("69", [person(iodas_id="1"), person(iodas_id="2", usage_name="PETIT", birth_name=None,
                                                                 first_names="LOUIS")])
    uow.beneficiaries.upsert("69", [person(iodas_id="3", usage_name="PETIT", birth_name=None, first_names="LOUIS")])
    return uow


def _search(uow: FakeUnitOfWork, clock: FakeClock, user: str = "u1", **changes: object) -> str:
    clock.advance(timedelta(minutes=1))
    result = SearchDeceased(uow, ThresholdPolicy(), clock).execute(SearchDeceasedCommand(user_id=user, form=form(**changes)))
    return result.unwrap().request.id


def _history(uow: FakeUnitOfWork, user: str = "u1", first: int = 20, offset: int = 0) -> object:
    return OfficeHistory(uow).execute(OfficeHistoryQuery(user_id=user, first=first, offset=offset))


def test_a_notary_sees_only_the_offices_own_requests_newest_first(uow: FakeUnitOfWork) -> None:
    clock = FakeClock()
    first, other, last = _search(uow, clock), _search(uow, clock, user="u2"), _search(uow, clock, last_name="Inconnu")
    result = _history(uow)
    assert isinstance(result, Success)
    assert [p.request.id for p in result.unwrap().items] == [last, first]
    assert other not in [p.request.id for p in result.unwrap().items]


def test_the_history_pages_through_the_requests(uow: FakeUnitOfWork) -> None:
    clock = FakeClock()
    ids = [_search(uow, clock) for _ in range(3)]
    page1, page2 = _history(uow, first=2).unwrap(), _history(uow, first=2, offset=2).unwrap()  # type: ignore[attr-defined]
    assert [p.request.id for p in page1.items] == ids[:0:-1] and page1.has_more
    assert [p.request.id for p in page2.items] == ids[:1] and not page2.has_more


def test_a_page_beyond_any_office_is_empty_and_starts_where_a_database_can_count(uow: FakeUnitOfWork) -> None:
    page = _history(uow, offset=10**20).unwrap()  # type: ignore[attr-defined]
    assert (page.items, page.offset, page.has_more) == ((), MAX_OFFSET, False)


def test_a_doubt_corrected_by_an_agent_shows_the_corrected_answer_and_that_it_was_resolved(uow: FakeUnitOfWork) -> None:
    request_id = _search(uow, FakeClock(), last_name="Petit", birth_name=None, first_names="Louis")
    [doubt] = uow.requests.decisions_for(request_id)
    assert doubt.outcome is Outcome.AMBIGUOUS
    corrected = replace(doubt, id="d2", outcome=Outcome.POSSIBLE_UNDUE_PAYMENT, kind=DecisionKind.CORRECTED,
                        supersedes=doubt.id, decided_at=doubt.decided_at + timedelta(days=1), decided_by="a1")
    uow.requests.decisions.append(corrected)
    [past] = _history(uow).unwrap().items  # type: ignore[attr-defined]
    assert past.status.outcome is Outcome.POSSIBLE_UNDUE_PAYMENT
    assert past.status.doubt_resolved
    assert [d.id for d in past.status.answers] == ["d2"]


def test_a_doubt_still_open_is_not_said_resolved(uow: FakeUnitOfWork) -> None:
    _search(uow, FakeClock(), last_name="Petit", birth_name=None, first_names="Louis")
    [past] = _history(uow).unwrap().items  # type: ignore[attr-defined]
    assert past.status.outcome is Outcome.AMBIGUOUS and not past.status.doubt_resolved


def test_only_a_notary_attached_to_an_office_reads_a_history(uow: FakeUnitOfWork) -> None:
    assert _history(uow, user="a1") == Failure(NotAuthorized())
    assert _history(uow, user="nobody") == Failure(NotAuthorized())


def test_a_clerk_finds_a_request_by_its_reference_or_a_surname_typed_whatever_the_case(uow: FakeUnitOfWork) -> None:
    clock = FakeClock()
    durand = _search(uow, clock, last_name="Martin", birth_name="Durand")
    petit = _search(uow, clock, last_name="Petit", birth_name=None, first_names="Louis")
    _search(uow, clock, user="u2", last_name="Martin", birth_name="Durand")  # another office's: never shown

    def found(search: str) -> list[str]:
        page = OfficeHistory(uow).execute(OfficeHistoryQuery(user_id="u1", search=search)).unwrap()
        return [p.request.id for p in page.items]

    assert found("mart") == [durand] and found("DURAND") == [durand] and found("petit") == [petit]
    reference = uow.requests.get(petit)
    assert reference is not None and found(reference.reference[-3:]) == [petit]
    assert found("") == [petit, durand] and found("personne") == []
