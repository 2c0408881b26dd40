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
from domain.login import COUNTED_FAILURES, PENDING, LoginAttempt
from domain.office import NotarialOffice
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
      whether or not the account exists; the office is told by e-mail, once per lock;
    - attempts on one address are counted one after the other, whatever the process, and an attempt whose
      password is being checked counts as a failure until it is known: attempts sent at the same moment cannot
      all be checked;
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
        with self._uow() as uow:
            uow.logins.hold(email)
            now = self._clock.now()  # read in turn: the attempts on one address are stamped in the order they count
            user = uow.users.by_email(email)
            refusal = self._refusal([f.at for f in uow.logins.recent_failures(email, now - self._policy.lock)], now)
            if refusal is not None:
                reason = "compte verrouillé" if isinstance(refusal, AccountLocked) else "tentative trop rapide"
                uow.logins.record(self._attempt(command, email, user, now, reason))
                self._audit(uow, command, email, user, now, reason)
                uow.commit()
                return Failure(refusal)
            pending = uow.logins.record(self._attempt(command, email, user, now, PENDING))
            uow.commit()
        valid = self._hasher.verify(user.password_hash if user else self._decoy, command.password)
        if user is None or not valid or not user.active:
            reason = "compte inconnu" if user is None else ("mot de passe incorrect" if not valid else "compte désactivé")
            return Failure(self._fail(command, email, user, now, reason, pending))
        fresh_hash = self._hasher.hash(command.password) if self._hasher.needs_rehash(user.password_hash) else None
        token = new_token()
        with self._uow() as uow:
            uow.logins.hold(email)
            if fresh_hash:
                uow.users.update_password_hash(user.id, fresh_hash)
            uow.sessions.open(user.id, token_hash(token), now + self._ttl)
            uow.logins.settle(pending, success=True, reason=None)
            self._audit(uow, command, email, user, now, None)
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
              pending: int) -> LoginRefusal:
        with self._uow() as uow:
            noticed_until = uow.logins.hold(email)
            uow.logins.settle(pending, success=False, reason=reason)
            self._audit(uow, command, email, user, now, reason)
            until = self._lock_until(uow.logins.recent_failures(email, now - self._policy.lock)) \
                if reason in COUNTED_FAILURES else None
            # Told once per lock, however many attempts cross the line.
            new_lock = until if until and (noticed_until is None or noticed_until <= now) else None
            if new_lock:
                uow.logins.lock_noticed(email, new_lock)
            office = uow.offices.get(user.crpcen) if new_lock and user and user.crpcen else None
            uow.commit()
        if new_lock:
            self._notify_lock(user, office, now, new_lock, command.ip)
        return AccountLocked(until=until) if until else InvalidCredentials()

    def _lock_until(self, failures: Sequence[LoginAttempt]) -> datetime | None:
        """Only the failures whose check is over lock: an attempt still pending may yet succeed and wipe the slate."""
        checked = [f.at for f in failures if f.reason in COUNTED_FAILURES]
        n, most = len(checked), self._policy.max_failures
        return checked[n - most] + self._policy.lock if n >= most else None

    @staticmethod
    def _attempt(command: LoginCommand, email: str, user: User | None, now: datetime, reason: str) -> LoginAttempt:
        return LoginAttempt(email=email, success=False, at=now, user_id=user.id if user else None, ip=command.ip,
                            reason=reason)

    @staticmethod
    def _audit(uow: UnitOfWork, command: LoginCommand, email: str, user: User | None, now: datetime,
               reason: str | None) -> None:
        user_id = user.id if user else None
        details = {"email": email} | ({"reason": reason} if reason else {})
        uow.audit.record(AuditEntry(at=now, actor_id=user_id, action="login.failed" if reason else "login.succeeded",
                                    target=user_id, collectivite=user.collectivite if user else None,
                                    ip=command.ip, details=details))

    def _notify_lock(self, user: User | None, office: NotarialOffice | None, now: datetime, until: datetime,
                     ip: str | None) -> None:
        """The office's generic address is told, outside any transaction (a slow mail server holds no attempt
        back); the audit says whether the e-mail left."""
        sent = "aucune étude à prévenir"
        if office and user and self._notices:
            sent = self._notices.send(office.email, user.email, until)
        with self._uow() as uow:
            uow.audit.record(AuditEntry(
                at=now, actor_id=None, action="login.locked", target=user.id if user else None,
                collectivite=user.collectivite if user else None, ip=ip,
                details={"until": until.isoformat(), "notify": office.email if office else "", "mail": sent},
            ))
            uow.commit()
