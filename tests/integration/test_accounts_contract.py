"""Password links and account switches behave the same in memory and in SQL, on SQLite and PostgreSQL."""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from application.ports.unit_of_work import UnitOfWork
from application.testing.fakes import FakeUnitOfWork
from domain.user import Role, User
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


def _users(uow: UnitOfWork) -> None:
    for user_id, email, role in (("b", "b@x.fr", Role.AGENT), ("a", "a@x.fr", Role.ADMIN), ("c", "c@x.fr", Role.AGENT)):
        uow.users.add(User(id=user_id, email=email, role=role, password_hash="h", collectivite="69"))


def test_accounts_are_listed_by_role_then_email_and_can_be_switched_off(uow: UnitOfWork) -> None:
    _users(uow)
    assert [u.email for u in uow.users.all()] == ["a@x.fr", "b@x.fr", "c@x.fr"]
    uow.users.set_active("b", False)
    assert uow.users.get("b") is not None and uow.users.get("b").active is False  # type: ignore[union-attr]


def test_closing_every_session_of_a_user_leaves_the_others_open(uow: UnitOfWork) -> None:
    _users(uow)
    for token, user_id in (("t1", "b"), ("t2", "b"), ("t3", "c")):
        uow.sessions.open(user_id, token, NOON + timedelta(hours=1))
    uow.sessions.close_all("b")
    assert [uow.sessions.user_for(t, NOON) for t in ("t1", "t2", "t3")] == [None, None, "c"]


def test_a_new_link_replaces_the_unused_ones_and_a_used_one_is_remembered(uow: UnitOfWork) -> None:
    _users(uow)
    uow.password_resets.issue("b", "hash-1", NOON + timedelta(hours=24))
    uow.password_resets.issue("b", "hash-2", NOON + timedelta(hours=25))
    assert uow.password_resets.find("hash-1") is None
    uow.password_resets.use("hash-2", NOON)
    found = uow.password_resets.find("hash-2")
    assert found is not None and (found.user_id, found.expires_at, found.used_at) == ("b", NOON + timedelta(hours=25), NOON)
    uow.password_resets.issue("b", "hash-3", NOON + timedelta(hours=26))
    assert uow.password_resets.find("hash-2") is not None


def test_a_link_is_exchanged_or_used_once_and_never_after_it_expired(uow: UnitOfWork) -> None:
    _users(uow)
    uow.password_resets.issue("b", "hash-1", NOON + timedelta(hours=24))
    assert uow.password_resets.exchange("hash-1", "hash-2", NOON + timedelta(minutes=30), NOON)
    assert uow.password_resets.find("hash-1") is None
    assert not uow.password_resets.exchange("hash-1", "hash-3", NOON + timedelta(minutes=30), NOON)
    found = uow.password_resets.find("hash-2")
    assert found is not None and (found.user_id, found.expires_at) == ("b", NOON + timedelta(minutes=30))
    assert not uow.password_resets.use("hash-2", NOON + timedelta(minutes=30)), "expired"
    assert uow.password_resets.use("hash-2", NOON)
    assert not uow.password_resets.use("hash-2", NOON), "already used"
    assert not uow.password_resets.exchange("hash-2", "hash-4", NOON + timedelta(minutes=30), NOON)
