from datetime import timedelta

from returns.result import Failure, Success

from application.authenticate import Authenticate
from application.login import Login, LoginCommand
from application.testing.fakes import FakeClock, FakePasswordHasher, FakeUnitOfWork
from domain.errors import InvalidCredentials
from domain.user import Role, User


def _setup() -> tuple[FakeUnitOfWork, FakeClock, Login]:
    uow, clock, hasher = FakeUnitOfWork(), FakeClock(), FakePasswordHasher()
    uow.users.add(User(id="u1", email="clerk@x.fr", role=Role.NOTARY, password_hash=hasher.hash("secret"), crpcen="1"))
    return uow, clock, Login(uow, hasher, clock, timedelta(hours=1))


def test_a_successful_login_gives_a_token_and_is_traced() -> None:
    uow, clock, login = _setup()
    result = login.execute(LoginCommand(email=" Clerk@X.fr ", password="secret", ip="10.0.0.1"))
    assert isinstance(result, Success)
    assert Authenticate(uow, clock).execute(result.unwrap().token) == uow.users.get("u1")
    assert [(a.success, a.ip) for a in uow.logins.attempts] == [(True, "10.0.0.1")]


def test_a_wrong_password_and_an_unknown_email_look_the_same_and_are_traced() -> None:
    uow, _, login = _setup()
    assert login.execute(LoginCommand(email="clerk@x.fr", password="nope")) == Failure(InvalidCredentials())
    assert login.execute(LoginCommand(email="who@x.fr", password="nope")) == Failure(InvalidCredentials())
    assert [(a.success, a.reason) for a in uow.logins.attempts] == [
        (False, "mot de passe incorrect"), (False, "compte inconnu")]


def test_a_session_expires() -> None:
    uow, clock, login = _setup()
    token = login.execute(LoginCommand(email="clerk@x.fr", password="secret")).unwrap().token
    clock.advance(timedelta(hours=2))
    assert Authenticate(uow, clock).execute(token) is None


def test_an_outdated_hash_is_replaced_on_success() -> None:
    uow, _, login = _setup()
    uow.users.update_password_hash("u1", "fake-v0$secret")
    login.execute(LoginCommand(email="clerk@x.fr", password="secret"))
    assert uow.users.items["u1"].password_hash == "fake-v1$secret"
