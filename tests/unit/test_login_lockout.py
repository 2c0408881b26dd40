from collections.abc import Callable
from datetime import timedelta

from returns.result import Failure, Success

from application.lock_notices import LockNotices
from application.login import Login, LoginCommand, LoginPolicy
from application.testing.letters import FakeMailer
from application.testing.fakes import FakeClock, FakePasswordHasher, FakeUnitOfWork
from domain.abuse import AccountLocked, LoginSlowedDown
from domain.errors import InvalidCredentials
from domain.office import NotarialOffice
from domain.user import Role, User
from tests.support.bursts import TickingClock


MAILER = FakeMailer()


def _setup(max_failures: int = 4) -> tuple[FakeUnitOfWork, FakeClock, Login]:
    uow, clock, hasher = FakeUnitOfWork(), FakeClock(), FakePasswordHasher()
    uow.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="etude@notaires.example"))
    uow.users.add(User(id="u1", email="clerk@x.fr", role=Role.NOTARY, password_hash=hasher.hash("secret"),
                       crpcen="69001"))
    policy = LoginPolicy(max_failures=max_failures, lock=timedelta(minutes=15))
    MAILER.sent.clear()
    notices = LockNotices(MAILER, "ne-pas-repondre@x.fr")
    return uow, clock, Login(uow, hasher, clock, timedelta(hours=1), policy, notices)


def _try(login: Login, password: str, email: str = "clerk@x.fr") -> object:
    return login.execute(LoginCommand(email=email, password=password, ip="10.0.0.9"))


def test_after_two_failures_the_next_attempt_must_wait_twice_as_long_each_time() -> None:
    _, clock, login = _setup()
    assert _try(login, "a") == Failure(InvalidCredentials())
    assert _try(login, "b") == Failure(InvalidCredentials())
    assert _try(login, "secret") == Failure(LoginSlowedDown(retry_after=timedelta(seconds=2)))
    clock.advance(timedelta(seconds=2))
    assert _try(login, "c") == Failure(InvalidCredentials())
    clock.advance(timedelta(seconds=3))
    assert isinstance(_try(login, "secret").failure(), LoginSlowedDown)  # type: ignore[attr-defined]
    clock.advance(timedelta(seconds=1))
    assert isinstance(_try(login, "secret"), Success)


def test_brute_force_locks_the_account_even_for_the_right_password_and_warns_the_office() -> None:
    uow, clock, login = _setup(max_failures=4)
    started = clock.now()
    results = []
    for guess in ("a", "b", "c", "d"):
        results.append(_try(login, guess))
        clock.advance(timedelta(seconds=30))
    # Locked until the oldest failure leaves the window, as every later attempt is told.
    assert results[-1] == Failure(AccountLocked(until=started + timedelta(minutes=15)))
    locked = _try(login, "secret")
    assert isinstance(locked, Failure) and isinstance(locked.failure(), AccountLocked)
    assert "verrouillé jusqu'à" in locked.failure().message
    [notice] = [e for e in uow.audit.entries if e.action == "login.locked"]
    assert (notice.target, notice.details["notify"], notice.details["mail"]) == ("u1", "etude@notaires.example", "envoyé")
    [mail] = MAILER.sent
    assert mail.recipients == ("etude@notaires.example",) and "clerk@x.fr" in mail.body and "verrouillé" in mail.body
    clock.advance(timedelta(minutes=15))
    assert isinstance(_try(login, "secret"), Success)


def test_an_unknown_address_is_locked_the_same_way_so_nothing_tells_accounts_apart() -> None:
    _, clock, login = _setup(max_failures=2)
    for guess in ("a", "b"):
        _try(login, guess, email="nobody@x.fr")
        clock.advance(timedelta(seconds=10))
    refused = _try(login, "c", email="nobody@x.fr")
    assert isinstance(refused, Failure) and isinstance(refused.failure(), AccountLocked)


def test_a_success_wipes_the_slate() -> None:
    _, clock, login = _setup(max_failures=3)
    for _ in range(2):
        _try(login, "wrong")
        clock.advance(timedelta(seconds=10))
    assert isinstance(_try(login, "secret"), Success)
    _try(login, "wrong")
    clock.advance(timedelta(seconds=10))
    assert _try(login, "wrong") == Failure(InvalidCredentials())


def test_every_attempt_is_audited_with_its_address_and_no_password() -> None:
    uow, _, login = _setup()
    _try(login, "wrong")
    _try(login, "secret")
    assert [(e.action, e.ip) for e in uow.audit.entries] == [("login.failed", "10.0.0.9"),
                                                             ("login.succeeded", "10.0.0.9")]
    assert "wrong" not in str(uow.audit.entries) and "secret" not in str(uow.audit.entries)


class MeanwhileHasher(FakePasswordHasher):
    """While the first password is being checked, other attempts run: a burst, played in one thread."""

    def __init__(self) -> None:
        self.meanwhile: Callable[[], None] = lambda: None
        self.checked = 0

    def verify(self, password_hash: str, password: str) -> bool:
        self.checked += 1
        meanwhile, self.meanwhile = self.meanwhile, lambda: None
        meanwhile()
        return super().verify(password_hash, password)


def _burst_setup(clock: FakeClock, max_failures: int) -> tuple[FakeUnitOfWork, MeanwhileHasher, Login]:
    uow, hasher = FakeUnitOfWork(), MeanwhileHasher()
    uow.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="etude@notaires.example"))
    uow.users.add(User(id="u1", email="clerk@x.fr", role=Role.NOTARY, password_hash=hasher.hash("secret"),
                       crpcen="69001"))
    MAILER.sent.clear()
    policy = LoginPolicy(max_failures=max_failures, lock=timedelta(minutes=15))
    return uow, hasher, Login(uow, hasher, clock, timedelta(hours=1), policy, LockNotices(MAILER, "n@x.fr"))


def test_attempts_made_while_a_password_is_being_checked_count_it_as_a_failure() -> None:
    _, hasher, login = _burst_setup(FakeClock(), max_failures=5)
    answers: list[object] = []
    hasher.meanwhile = lambda: answers.extend(_try(login, f"autre-{i}") for i in range(6))
    answers.insert(0, _try(login, "premier"))
    # The first is still being checked when the second comes: two checks, then the burst must wait.
    assert hasher.checked == 2
    assert [type(a.failure()) for a in answers] == (  # type: ignore[attr-defined]
        [InvalidCredentials, InvalidCredentials] + [LoginSlowedDown] * 5)


def test_a_burst_that_crosses_the_threshold_locks_and_tells_the_office_once() -> None:
    uow, hasher, login = _burst_setup(TickingClock(), max_failures=5)
    answers: list[object] = []
    hasher.meanwhile = lambda: answers.extend(_try(login, f"autre-{i}") for i in range(8))
    first = _try(login, "premier")
    assert hasher.checked == 5, "four more checks while the first is pending, then the address is locked"
    assert [type(a.failure()) for a in answers] == (  # type: ignore[attr-defined]
        [InvalidCredentials] * 4 + [AccountLocked] * 4)
    # The first attempt's failure is the fifth checked: it crosses the threshold, and the office is told.
    assert isinstance(first, Failure) and isinstance(first.failure(), AccountLocked)
    assert [e.action for e in uow.audit.entries].count("login.locked") == 1
    assert len(MAILER.sent) == 1


def test_an_attempt_still_pending_locks_no_one_out_for_good_if_it_succeeds() -> None:
    uow, hasher, login = _burst_setup(TickingClock(), max_failures=3)
    answers: list[object] = []
    hasher.meanwhile = lambda: answers.extend(_try(login, f"autre-{i}") for i in range(2))
    assert isinstance(_try(login, "secret"), Success)
    assert [type(a.failure()) for a in answers] == [  # type: ignore[attr-defined]
        InvalidCredentials, InvalidCredentials]
    assert not [e for e in uow.audit.entries if e.action == "login.locked"] and not MAILER.sent
    assert isinstance(_try(login, "secret"), Success), "the success wiped the failures made while it was checked"


def test_a_new_lock_after_the_last_one_ended_is_told_again() -> None:
    uow, clock, login = _setup(max_failures=2)
    for guess in ("a", "b"):
        _try(login, guess)
        clock.advance(timedelta(seconds=10))
    clock.advance(timedelta(minutes=15))
    for guess in ("c", "d"):
        _try(login, guess)
        clock.advance(timedelta(seconds=10))
    assert [e.action for e in uow.audit.entries].count("login.locked") == 2
    assert len(MAILER.sent) == 2
