"""The office's history and the terms log behave the same on the fake, SQLite and PostgreSQL."""

from collections.abc import Iterator
from datetime import timedelta

import pytest

from application.accept_terms import AcceptTerms, AcceptTermsCommand, TermsAccepted
from application.office_history import OfficeHistory, OfficeHistoryQuery
from application.ports.unit_of_work import UnitOfWorkFactory
from application.search_deceased import SearchDeceased, SearchDeceasedCommand
from application.testing.fakes import FakeClock
from domain.matching.policy import ThresholdPolicy
from domain.office import NotarialOffice
from domain.user import Role, User
from tests.conftest import BACKENDS, stores
from tests.support.builders import form, person


@pytest.fixture(params=["fake", *BACKENDS])
def uow(request: pytest.FixtureRequest) -> Iterator[UnitOfWorkFactory]:
    for factory in stores(request.param, request):
        yield _populated(factory)


def _populated(factory: UnitOfWorkFactory) -> UnitOfWorkFactory:
    with factory() as unit:
        for crpcen, user in (("69001", "u1"), ("69002", "u2")):
            unit.offices.save(NotarialOffice(crpcen=crpcen, name=crpcen, email="e@x.fr", collectivites=frozenset({"69"})))
            unit.users.add(User(id=user, email=f"{user}@x.fr", role=Role.NOTARY, password_hash="h", crpcen=crpcen))
        unit.beneficiaries.upsert("69", [person(iodas_id="1")])
        unit.commit()
    return factory


def test_the_history_lists_the_offices_requests_newest_first_page_by_page(uow: UnitOfWorkFactory) -> None:
    clock = FakeClock()
    search = SearchDeceased(uow, ThresholdPolicy(), clock)
    ids = []
    for user in ("u1", "u2", "u1", "u1"):
        clock.advance(timedelta(minutes=1))
        ids.append((user, search.execute(SearchDeceasedCommand(user_id=user, form=form())).unwrap().request.id))
    own = [i for u, i in ids if u == "u1"]
    history = OfficeHistory(uow)
    first = history.execute(OfficeHistoryQuery(user_id="u1", first=2)).unwrap()
    rest = history.execute(OfficeHistoryQuery(user_id="u1", first=2, offset=2)).unwrap()
    assert [p.request.id for p in first.items + rest.items] == own[::-1]
    assert first.has_more and not rest.has_more
    assert all(p.status.outcome.value == "RECOVERABLE_AID" for p in first.items)


def test_the_terms_acceptance_is_kept_per_user_and_version(uow: UnitOfWorkFactory) -> None:
    clock = FakeClock()
    AcceptTerms(uow, clock, "2026-11").execute(AcceptTermsCommand(user_id="u1", ip="10.0.0.1")).unwrap()
    accepted = TermsAccepted(uow, "2026-11").execute("u1")
    assert accepted is not None and (accepted.accepted_at, accepted.ip) == (clock.now(), "10.0.0.1")
    assert TermsAccepted(uow, "2026-11").execute("u2") is None
    assert TermsAccepted(uow, "2027-01").execute("u1") is None
