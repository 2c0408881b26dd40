"""An administrator revokes an integrator's token: it stops working at once."""

from collections.abc import Sequence
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.api_token import ApiToken
from domain.audit import AuditEntry
from domain.errors import InvalidInput


@dataclass(frozen=True, slots=True, kw_only=True)
class RevokeApiTokenCommand:
    token_id: str
    actor_id: str | None = None
    collectivites: Sequence[str] | None = None  # the administrator's scope; None from the command line: all


class RevokeApiToken:
    """Business rules:
    - an administrator revokes its own collectivité's tokens only (another's is unknown to it);
    - revoking twice is harmless; the first date is kept;
    - the revocation is audited.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def execute(self, command: RevokeApiTokenCommand) -> Result[ApiToken, InvalidInput]:
        now = self._clock.now()
        with self._uow() as uow:
            found = uow.api_tokens.get(command.token_id)
            if found is None or (command.collectivites is not None and found.collectivite not in command.collectivites):
                return Failure(InvalidInput(f"Jeton inconnu : {command.token_id}."))
            uow.api_tokens.revoke(command.token_id, now)
            revoked = uow.api_tokens.get(command.token_id)
            assert revoked is not None
            uow.audit.record(AuditEntry(at=now, actor_id=command.actor_id, action="api_token.revoked",
                                        target=command.token_id, collectivite=revoked.collectivite))
            uow.commit()
        return Success(revoked)
