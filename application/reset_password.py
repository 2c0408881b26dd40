"""Someone who received a one-time link sets a new password."""

from dataclasses import dataclass
from datetime import timedelta

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.password_resets import PendingReset
from application.ports.passwords import PasswordHasher
from application.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory
from application.tokens import new_token, token_hash
from domain.audit import AuditEntry
from domain.errors import InvalidInput
from domain.password_policy import password_problem
from domain.user import User

EXPIRED = InvalidInput("Ce lien n'est plus valable : il a déjà été ouvert ou il a expiré. Demandez-en un nouveau "
                       "à un administrateur.")
OPENED_FOR = timedelta(minutes=30)  # once opened, the link's page works this long at most


@dataclass(frozen=True, slots=True, kw_only=True)
class ResetPasswordCommand:
    token: str
    password: str
    confirmation: str
    ip: str | None = None


class ResetPassword:
    """Business rules:
    - the link works once and before it expires; the account must still be active;
    - the link's token is exchanged when it is opened for a fresh one, which the browser keeps out of every
      address (and so out of every log) and which works `OPENED_FOR` at most: the link itself then stops working;
    - the new password follows the password policy and is typed twice;
    - of two uses at the same moment, one sets the password, the other is refused;
    - every open session of the account ends: whoever knew the old password is signed out;
    - the change is audited.
    """

    def __init__(self, uow: UnitOfWorkFactory, hasher: PasswordHasher, clock: Clock) -> None:
        self._uow, self._hasher, self._clock = uow, hasher, clock

    def check(self, token: str) -> Result[str, InvalidInput]:
        """The e-mail of the account the link is for, if the link still works."""
        with self._uow() as uow:
            found = self._working(uow, token)
        return Success(found[1].email) if found else Failure(EXPIRED)

    def exchange(self, token: str) -> Result[str, InvalidInput]:
        """The fresh token for the link's page, if the link still works; the link's own token stops working."""
        fresh, now = new_token(), self._clock.now()
        with self._uow() as uow:
            found = self._working(uow, token)
            expires_at = min(found[0].expires_at, now + OPENED_FOR) if found else now
            if found is None or not uow.password_resets.exchange(token_hash(token), token_hash(fresh), expires_at, now):
                return Failure(EXPIRED)
            uow.commit()
        return Success(fresh)

    def execute(self, command: ResetPasswordCommand) -> Result[str, InvalidInput]:
        match self.check(command.token):
            case Failure(error):
                return Failure(error)
            case Success(email):
                pass
        if command.password != command.confirmation:
            return Failure(InvalidInput("Les deux mots de passe saisis sont différents."))
        if problem := password_problem(command.password, email):
            return Failure(InvalidInput(problem))
        password_hash = self._hasher.hash(command.password)
        with self._uow() as uow:
            now = self._clock.now()
            if not uow.password_resets.use(token_hash(command.token), now):  # first: it makes the other use wait
                return Failure(EXPIRED)
            user = uow.users.by_email(email)
            if user is None:
                return Failure(EXPIRED)
            uow.users.update_password_hash(user.id, password_hash)
            uow.sessions.close_all(user.id)
            uow.audit.record(AuditEntry(at=now, actor_id=user.id, action="user.password_reset", target=user.id,
                                        collectivite=user.collectivite, ip=command.ip))
            uow.commit()
        return Success(email)

    def _working(self, uow: UnitOfWork, token: str) -> tuple[PendingReset, User] | None:
        pending = uow.password_resets.find(token_hash(token))
        user = uow.users.get(pending.user_id) if pending else None
        if pending is None or user is None or not user.active or pending.used_at is not None \
                or pending.expires_at <= self._clock.now():
            return None
        return pending, user
