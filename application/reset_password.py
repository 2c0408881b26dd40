"""Someone who received a one-time link sets a new password."""

from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.passwords import PasswordHasher
from application.ports.unit_of_work import UnitOfWorkFactory
from application.tokens import token_hash
from domain.audit import AuditEntry
from domain.errors import InvalidInput
from domain.password_policy import password_problem

EXPIRED = InvalidInput("Ce lien n'est plus valable : il a déjà servi ou il a expiré. Demandez-en un nouveau "
                       "à un administrateur.")


@dataclass(frozen=True, slots=True, kw_only=True)
class ResetPasswordCommand:
    token: str
    password: str
    confirmation: str
    ip: str | None = None


class ResetPassword:
    """Business rules:
    - the link works once and before it expires; the account must still be active;
    - the new password follows the password policy and is typed twice;
    - every open session of the account ends: whoever knew the old password is signed out;
    - the change is audited.
    """

    def __init__(self, uow: UnitOfWorkFactory, hasher: PasswordHasher, clock: Clock) -> None:
        self._uow, self._hasher, self._clock = uow, hasher, clock

    def check(self, token: str) -> Result[str, InvalidInput]:
        """The e-mail of the account the link is for, if the link still works."""
        with self._uow() as uow:
            pending = uow.password_resets.find(token_hash(token))
            user = uow.users.get(pending.user_id) if pending else None
            if pending is None or user is None or not user.active or pending.used_at is not None \
                    or pending.expires_at <= self._clock.now():
                return Failure(EXPIRED)
            return Success(user.email)

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
            user = uow.users.by_email(email)
            if user is None:
                return Failure(EXPIRED)
            now = self._clock.now()
            uow.users.update_password_hash(user.id, password_hash)
            uow.password_resets.use(token_hash(command.token), now)
            uow.sessions.close_all(user.id)
            uow.audit.record(AuditEntry(at=now, actor_id=user.id, action="user.password_reset", target=user.id,
                                        collectivite=user.collectivite, ip=command.ip))
            uow.commit()
        return Success(email)
