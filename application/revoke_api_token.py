"""An administrator revokes an integrator's token: it stops working at once."""

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


class RevokeApiToken:
    """Business rules:
    - revoking twice is harmless; the first date is kept;
    - the revocation is audited.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def execute(self, command: RevokeApiTokenCommand) -> Result[ApiToken, InvalidInput]:
        now = self._clock.now()
        with self._uow() as uow:
            if uow.api_tokens.get(command.token_id) is None:
                return Failure(InvalidInput(f"Jeton inconnu : {command.token_id}."))
            uow.api_tokens.revoke(command.token_id, now)
            revoked = uow.api_tokens.get(command.token_id)
            assert revoked is not None
            uow.audit.record(AuditEntry(at=now, actor_id=command.actor_id, action="api_token.revoked",
                                        target=command.token_id, collectivite=revoked.collectivite))
            uow.commit()
        return Success(revoked)
