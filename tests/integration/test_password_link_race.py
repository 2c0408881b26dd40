"""One password link posted twice at the same moment, on SQLite and PostgreSQL: one post sets the password, the
other is refused."""

import threading
from collections.abc import Callable

from returns.result import Failure, Result, Success

from application.ports.passwords import PasswordHasher
from application.reset_password import EXPIRED, ResetPassword, ResetPasswordCommand
from application.send_password_link import PasswordLinkCommand, SendPasswordLink
from application.testing.letters import FakeMailer
from domain.errors import InvalidInput
from domain.user import Role
from interfaces.bootstrap import Services
from tests.conftest import fast_hasher
from tests.support.admin import EVERYWHERE, account
from tests.support.bursts import at_once


class TogetherHasher:
    """Both posts hash their password, each waiting for the other: both were checked before either is saved."""

    def __init__(self, inner: PasswordHasher) -> None:
        self._inner, self._both = inner, threading.Barrier(2, timeout=120)

    def hash(self, password: str) -> str:
        self._both.wait()
        return self._inner.hash(password)

    def verify(self, password_hash: str, password: str) -> bool:
        return self._inner.verify(password_hash, password)

    def needs_rehash(self, password_hash: str) -> bool:
        return self._inner.needs_rehash(password_hash)


def test_two_posts_of_one_link_at_the_same_moment_set_one_password(services: Services) -> None:
    user = account(services, "agent@cd69.example", Role.AGENT)
    mailer = FakeMailer()
    SendPasswordLink(services.uow, mailer, services.clock, "n@x.fr").execute(
        PasswordLinkCommand(actor_id=user.id, user_id=user.id, link_prefix="https://x/admin/mot-de-passe/",
                            jurisdiction=EVERYWHERE))
    link = mailer.sent[-1].body.split("https://x/admin/mot-de-passe/")[1].split()[0]
    token = services.reset_password.exchange(link).unwrap()
    resets = ResetPassword(services.uow, TogetherHasher(fast_hasher()), services.clock)

    def post(password: str) -> Callable[[], Result[str, InvalidInput]]:
        return lambda: resets.execute(ResetPasswordCommand(token=token, password=password, confirmation=password))

    answers = at_once([post("une première phrase de passe"), post("une seconde phrase de passe")])
    assert sorted(answers, key=lambda a: isinstance(a, Failure)) == [Success("agent@cd69.example"), Failure(EXPIRED)]
    with services.uow() as uow:
        assert [e.action for e in uow.audit.recent(20)].count("user.password_reset") == 1
