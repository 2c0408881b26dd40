from dataclasses import replace
from datetime import timedelta

from returns.result import Failure, Success

from application.accept_terms import AcceptTerms, AcceptTermsCommand, TermsAccepted
from application.testing.fakes import FakeClock, FakeUnitOfWork
from domain.errors import NotAuthorized
from domain.user import Role, User

CLERK = User(id="u1", email="clerk@x.fr", role=Role.NOTARY, password_hash="", crpcen="69001")


def test_accepting_the_terms_records_the_version_the_moment_and_the_address() -> None:
    uow, clock = FakeUnitOfWork(), FakeClock()
    uow.users.add(CLERK)
    assert TermsAccepted(uow, "2026-11").execute("u1") is None
    result = AcceptTerms(uow, clock, "2026-11").execute(AcceptTermsCommand(user_id="u1", ip="10.0.0.1"))
    assert isinstance(result, Success)
    accepted = TermsAccepted(uow, "2026-11").execute("u1")
    assert accepted is not None and (accepted.accepted_at, accepted.ip) == (clock.now(), "10.0.0.1")
    assert uow.commits == 1


def test_accepting_twice_keeps_the_first_acceptance() -> None:
    uow, clock = FakeUnitOfWork(), FakeClock()
    uow.users.add(CLERK)
    first = AcceptTerms(uow, clock, "2026-11").execute(AcceptTermsCommand(user_id="u1")).unwrap()
    clock.advance(timedelta(days=1))
    assert AcceptTerms(uow, clock, "2026-11").execute(AcceptTermsCommand(user_id="u1")).unwrap() == first


def test_a_new_version_of_the_terms_must_be_accepted_again() -> None:
    uow = FakeUnitOfWork()
    uow.users.add(CLERK)
    AcceptTerms(uow, FakeClock(), "2026-11").execute(AcceptTermsCommand(user_id="u1"))
    assert TermsAccepted(uow, "2027-01").execute("u1") is None


def test_a_disabled_account_cannot_accept_the_terms() -> None:
    uow = FakeUnitOfWork()
    uow.users.add(replace(CLERK, active=False))
    assert AcceptTerms(uow, FakeClock(), "2026-11").execute(AcceptTermsCommand(user_id="u1")) == Failure(NotAuthorized())
