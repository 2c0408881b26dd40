"""The sign-in log behaves the same in memory and in SQL, on SQLite and PostgreSQL."""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from application.ports.unit_of_work import UnitOfWork
from application.testing.fakes import FakeUnitOfWork
from domain.login import PENDING, LoginAttempt
from tests.conftest import BACKENDS, make_services, provision_database

NOON = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture(params=["fake", *BACKENDS])
def uow(request: pytest.FixtureRequest) -> Iterator[UnitOfWork]:
    if request.param == "fake":
        yield FakeUnitOfWork()
        return
    services = make_services(provision_database(request.param, request))
    with services.uow() as unit:
        yield unit
    services.engine.dispose()


def _attempt(minutes: int, reason: str | None, email: str = "clerc@x.fr") -> LoginAttempt:
    return LoginAttempt(email=email, success=reason is None, at=NOON + timedelta(minutes=minutes), ip="10.0.0.1",
                        reason=reason)


def _reasons(uow: UnitOfWork, email: str = "clerc@x.fr") -> list[str | None]:
    return [a.reason for a in uow.logins.recent_failures(email, NOON)]


def test_an_attempt_being_checked_counts_as_a_failure_until_it_is_settled(uow: UnitOfWork) -> None:
    uow.logins.hold("clerc@x.fr")
    uow.logins.record(_attempt(0, "mot de passe incorrect"))
    pending = uow.logins.record(_attempt(1, PENDING))
    other = uow.logins.record(_attempt(2, PENDING))
    uow.logins.record(_attempt(3, "tentative trop rapide"))  # refused unchecked: it does not count
    uow.logins.record(_attempt(3, "compte inconnu", email="autre@x.fr"))
    assert _reasons(uow) == ["mot de passe incorrect", PENDING, PENDING]
    assert uow.logins.recent_failures("clerc@x.fr", NOON)[1].at == NOON + timedelta(minutes=1)
    uow.logins.settle(other, success=False, reason="compte désactivé")
    assert _reasons(uow) == ["mot de passe incorrect", PENDING]
    uow.logins.settle(pending, success=True, reason=None)
    assert _reasons(uow) == [], "a success wipes the failures before it"
    assert _reasons(uow, "autre@x.fr") == ["compte inconnu"]


def test_the_guard_of_an_address_remembers_the_last_lock_told(uow: UnitOfWork) -> None:
    assert uow.logins.hold("clerc@x.fr") is None
    uow.logins.lock_noticed("clerc@x.fr", NOON + timedelta(minutes=15))
    assert uow.logins.hold("clerc@x.fr") == NOON + timedelta(minutes=15)
    assert uow.logins.hold("autre@x.fr") is None
