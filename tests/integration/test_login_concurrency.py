"""Wrong passwords sent at the same moment, on SQLite and PostgreSQL: attempts on one address are counted one after
the other, so a burst gets no more password checks than the slow-down and the lock allow."""

from collections.abc import Callable
from datetime import timedelta

import pytest
from returns.result import Result
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from application.lock_notices import LockNotices
from application.login import Login, LoginCommand, LoginGranted, LoginRefusal
from application.testing.fakes import FakeClock
from application.testing.letters import FakeMailer
from domain.abuse import AccountLocked, LoginSlowedDown
from domain.errors import InvalidCredentials
from domain.user import Role
from infrastructure.persistence.unit_of_work import SqlUnitOfWork
from interfaces.bootstrap import Services
from tests.conftest import fast_hasher
from tests.support.admin import account, with_office
from tests.support.bursts import BurstGate, TickingClock, at_once

CLERK = "clerc@etude.example"
Answer = Result[LoginGranted, LoginRefusal]


def _burst(services: Services, clock: FakeClock, size: int) -> tuple[BurstGate, FakeMailer, list[Answer]]:
    with_office(services)
    account(services, CLERK, Role.NOTARY, collectivite=None, crpcen="69001")
    gate, mailer = BurstGate(fast_hasher(), size), FakeMailer()
    login = Login(services.uow, gate, clock, timedelta(hours=1), notices=LockNotices(mailer, "n@x.fr"))

    def attempt(i: int) -> Callable[[], Answer]:
        def run() -> Answer:
            try:
                return login.execute(LoginCommand(email=CLERK, password=f"mauvais-{i}", ip="203.0.113.9"))
            finally:
                gate.answered()
        return run

    return gate, mailer, at_once([attempt(i) for i in range(size)])


def _refusals(answers: list[Answer]) -> list[type]:
    return sorted((type(a.failure()) for a in answers), key=lambda t: t.__name__)


def test_a_burst_gets_two_checks_then_must_wait(services: Services) -> None:
    gate, _, answers = _burst(services, FakeClock(), size=10)
    assert gate.checks == 2
    assert _refusals(answers) == [InvalidCredentials] * 2 + [LoginSlowedDown] * 8


def test_a_burst_past_the_slow_down_is_locked_after_five_checks_and_the_office_told_once(services: Services) -> None:
    gate, mailer, answers = _burst(services, TickingClock(), size=10)
    assert gate.checks == 5
    # The fifth failure crosses the threshold, whichever attempt's check ends last; the others are refused unchecked.
    assert _refusals(answers) == [AccountLocked] * 6 + [InvalidCredentials] * 4
    with services.uow() as uow:
        locked = [e for e in uow.audit.recent(100, action_prefix="login") if e.action == "login.locked"]
    assert len(locked) == 1 and locked[0].details["mail"] == "envoyé"
    assert [m.recipients for m in mailer.sent] == [("etude@notaires.example",)]


def _impatient(uow: SqlUnitOfWork) -> None:
    """Gives up at once on a lock another connection holds, rather than waiting its turn."""
    if uow.session.get_bind().dialect.name == "postgresql":
        uow.session.execute(text("SET lock_timeout = '50ms'"))
    else:
        uow.session.connection().exec_driver_sql("PRAGMA busy_timeout = 0")


def test_an_address_held_by_one_attempt_waits_for_it_in_any_other_connection(services: Services) -> None:
    """A lock in the database, not in this process: another server process waits just the same."""
    engine = services.engine
    with SqlUnitOfWork(engine) as first:
        first.logins.hold(CLERK)
        with SqlUnitOfWork(engine) as second:
            _impatient(second)
            with pytest.raises(OperationalError):
                second.logins.hold(CLERK)
        if engine.dialect.name == "postgresql":  # a row lock: other addresses go on meanwhile
            with SqlUnitOfWork(engine) as third:
                _impatient(third)
                assert third.logins.hold("autre@etude.example") is None
        first.commit()
    with SqlUnitOfWork(engine) as after:
        _impatient(after)
        assert after.logins.hold(CLERK) is None
