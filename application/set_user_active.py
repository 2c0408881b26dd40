"""An administrator disables an account, or enables it again."""

from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.audit import AuditEntry
from domain.errors import AccountNotFound, InvalidInput
from domain.jurisdiction import Jurisdiction
from domain.user import User


@dataclass(frozen=True, slots=True, kw_only=True)
class SetUserActiveCommand:
    actor_id: str
    user_id: str
    active: bool
    jurisdiction: Jurisdiction  # the administrator's
    ip: str | None = None


class SetUserActive:
    """Business rules:
    - a disabled account can no longer sign in, and its open sessions stop working at once;
    - an administrator cannot disable their own account;
    - an administrator attached to a collectivité switches only the accounts within it (an office's clerks, when it
      serves the office); another's are as unknown to it;
    - the change is audited.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow, self._clock = uow, clock

    def execute(self, command: SetUserActiveCommand) -> Result[User, InvalidInput | AccountNotFound]:
        if command.user_id == command.actor_id and not command.active:
            return Failure(InvalidInput("Vous ne pouvez pas désactiver votre propre compte."))
        with self._uow() as uow:
            user = uow.users.get(command.user_id)
            office = uow.offices.get(user.crpcen) if user and user.crpcen else None
            if user is None or not command.jurisdiction.sees_account(user, office):
                return Failure(AccountNotFound())
            uow.users.set_active(user.id, command.active)
            uow.audit.record(AuditEntry(
                at=self._clock.now(), actor_id=command.actor_id, target=user.id, collectivite=user.collectivite,
                action="user.enabled" if command.active else "user.disabled", ip=command.ip,
                details={"email": user.email}))
            uow.commit()
            updated = uow.users.get(user.id)
        return Success(updated or user)
