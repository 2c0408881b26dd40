"""A user signs in with an e-mail and a password; every attempt is traced."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from returns.result import Failure, Result, Success

from application.lock_notices import LockNotices
from application.ports.clock import Clock
from application.ports.passwords import PasswordHasher
from application.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory
from application.tokens import new_token, token_hash
from domain.abuse import AccountLocked, LoginSlowedDown
from domain.audit import AuditEntry
from domain.errors import InvalidCredentials
from domain.login import COUNTED_FAILURES, LoginAttempt
from domain.user import User

LoginRefusal = InvalidCredentials | LoginSlowedDown | AccountLocked
MAX_SLOWDOWN = timedelta(seconds=30)


@dataclass(frozen=True, slots=True, kw_only=True)
class LoginCommand:
    email: str
    password: str
    ip: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class LoginGranted:
    token: str
    user: User


@dataclass(frozen=True, slots=True, kw_only=True)
class LoginPolicy:
    max_failures: int = 5
    lock: timedelta = timedelta(minutes=15)


class Login:
    """Business rules:
    - every attempt, successful or not, is recorded and audited;
    - an unknown e-mail and a wrong password get the same answer, in about the same time;
    - a disabled account cannot sign in;
    - after two failures in a row, the next attempt must wait, twice as long each time (up to 30 s);
    - `max_failures` failures within `lock` lock the e-mail address until the oldest leaves that window,
      whether or not the account exists; the office is told by e-mail;
    - a hash made with outdated parameters is replaced on success;
    - no transaction stays open while a password is hashed.
    """

    def __init__(self, uow: UnitOfWorkFactory, hasher: PasswordHasher, clock: Clock, ttl: timedelta,
                 policy: LoginPolicy = LoginPolicy(), notices: LockNotices | None = None) -> None:
        self._uow = uow
        self._hasher = hasher
        self._clock = clock
        self._ttl = ttl
        self._policy = policy
        self._notices = notices
        self._decoy = hasher.hash("decoy password, never granted")

    def execute(self, command: LoginCommand) -> Result[LoginGranted, LoginRefusal]:
        email = command.email.strip().lower()
        now = self._clock.now()
        with self._uow() as uow:
            user = uow.users.by_email(email)
            failures = uow.logins.recent_failures(email, now - self._policy.lock)
            refusal = self._refusal(failures, now)
            if refusal is not None:
                reason = "compte verrouillé" if isinstance(refusal, AccountLocked) else "tentative trop rapide"
                self._trace(uow, command, email, user, now, reason)
                uow.commit()
                return Failure(refusal)
        valid = self._hasher.verify(user.password_hash if user else self._decoy, command.password)
        if user is None or not valid or not user.active:
            reason = "compte inconnu" if user is None else ("mot de passe incorrect" if not valid else "compte désactivé")
            return Failure(self._fail(command, email, user, now, reason, len(failures)))
        fresh_hash = self._hasher.hash(command.password) if self._hasher.needs_rehash(user.password_hash) else None
        token = new_token()
        with self._uow() as uow:
            if fresh_hash:
                uow.users.update_password_hash(user.id, fresh_hash)
            uow.sessions.open(user.id, token_hash(token), now + self._ttl)
            self._trace(uow, command, email, user, now, None)
            uow.commit()
        return Success(LoginGranted(token=token, user=user))

    def _refusal(self, failures: Sequence[datetime], now: datetime) -> LoginRefusal | None:
        n, most = len(failures), self._policy.max_failures
        if n >= most:
            return AccountLocked(until=failures[n - most] + self._policy.lock)
        if n >= 2:
            ready = failures[-1] + min(timedelta(seconds=2 ** (n - 1)), MAX_SLOWDOWN)
            return LoginSlowedDown(retry_after=ready - now) if now < ready else None
        return None

    def _fail(self, command: LoginCommand, email: str, user: User | None, now: datetime, reason: str,
              earlier_failures: int) -> LoginRefusal:
        with self._uow() as uow:
            self._trace(uow, command, email, user, now, reason)
            locks_now = reason in COUNTED_FAILURES and earlier_failures + 1 == self._policy.max_failures
            if locks_now:
                self._notify_lock(uow, user, now, now + self._policy.lock, command.ip)
            uow.commit()
        return AccountLocked(until=now + self._policy.lock) if locks_now else InvalidCredentials()

    @staticmethod
    def _trace(uow: UnitOfWork, command: LoginCommand, email: str, user: User | None, now: datetime,
               reason: str | None) -> None:
        user_id = user.id if user else None
        uow.logins.record(LoginAttempt(email=email, success=reason is None, at=now, user_id=user_id,
                                       ip=command.ip, reason=reason))
        details = {"email": email} | ({"reason": reason} if reason else {})
        uow.audit.record(AuditEntry(at=now, actor_id=user_id, action="login.failed" if reason else "login.succeeded",
                                    target=user_id, collectivite=user.collectivite if user else None,
                                    ip=command.ip, details=details))

    def _notify_lock(self, uow: UnitOfWork, user: User | None, now: datetime, until: datetime, ip: str | None) -> None:
        """The office's generic address is told; the audit says whether the e-mail left."""
        office = uow.offices.get(user.crpcen) if user and user.crpcen else None
        sent = "aucune étude à prévenir"
        if office and user and self._notices:
            sent = self._notices.send(office.email, user.email, until)
        uow.audit.record(AuditEntry(
            at=now, actor_id=None, action="login.locked", target=user.id if user else None,
            collectivite=user.collectivite if user else None, ip=ip,
            details={"until": until.isoformat(), "notify": office.email if office else "", "mail": sent},
        ))
