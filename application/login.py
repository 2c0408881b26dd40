"""A user signs in with an e-mail and a password; every attempt is traced."""

from dataclasses import dataclass
from datetime import timedelta

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.passwords import PasswordHasher
from application.ports.unit_of_work import UnitOfWorkFactory
from application.tokens import new_token, token_hash
from domain.errors import InvalidCredentials
from domain.login import LoginAttempt
from domain.user import User


@dataclass(frozen=True, slots=True, kw_only=True)
class LoginCommand:
    email: str
    password: str
    ip: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class LoginGranted:
    token: str
    user: User


class Login:
    """Business rules:
    - every attempt, successful or not, is recorded;
    - an unknown e-mail and a wrong password get the same answer, in about the same time;
    - a disabled account cannot sign in;
    - a hash made with outdated parameters is replaced on success.
    """

    def __init__(self, uow: UnitOfWorkFactory, hasher: PasswordHasher, clock: Clock, ttl: timedelta) -> None:
        self._uow = uow
        self._hasher = hasher
        self._clock = clock
        self._ttl = ttl
        self._decoy = hasher.hash("decoy password, never granted")

    def execute(self, command: LoginCommand) -> Result[LoginGranted, InvalidCredentials]:
        email = command.email.strip().lower()
        now = self._clock.now()
        with self._uow() as uow:
            user = uow.users.by_email(email)
            valid = self._hasher.verify(user.password_hash if user else self._decoy, command.password)
            if user is None or not valid or not user.active:
                reason = "compte inconnu" if user is None else ("mot de passe incorrect" if not valid else "compte désactivé")
                attempt = LoginAttempt(email=email, success=False, at=now, user_id=user.id if user else None,
                                       ip=command.ip, reason=reason)
                uow.logins.record(attempt)
                uow.commit()
                return Failure(InvalidCredentials())
            if self._hasher.needs_rehash(user.password_hash):
                uow.users.update_password_hash(user.id, self._hasher.hash(command.password))
            token = new_token()
            uow.sessions.open(user.id, token_hash(token), now + self._ttl)
            uow.logins.record(LoginAttempt(email=email, success=True, at=now, user_id=user.id, ip=command.ip))
            uow.commit()
        return Success(LoginGranted(token=token, user=user))
