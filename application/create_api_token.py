"""An administrator issues an API token to an integrator; its secret is shown once."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.unit_of_work import UnitOfWorkFactory
from application.tokens import new_token, token_hash
from domain.api_token import ApiToken, Scope
from domain.audit import AuditEntry
from domain.errors import InvalidInput

API_TOKEN_PREFIX = "dnapi_"
MAX_VALIDITY = timedelta(days=366)


@dataclass(frozen=True, slots=True, kw_only=True)
class CreateApiTokenCommand:
    name: str
    collectivite: str
    scopes: frozenset[Scope]
    valid_for: timedelta
    actor_id: str | None = None  # the administrator; None from the command line
    collectivites: Sequence[str] | None = None  # the administrator's scope; None from the command line: all


@dataclass(frozen=True, slots=True, kw_only=True)
class IssuedApiToken:
    secret: str  # shown once, never stored
    token: ApiToken


class CreateApiToken:
    """Business rules:
    - a token belongs to one collectivité, within the administrator's own, and carries at least one scope;
    - it expires, after at most a year;
    - only the SHA-256 of its secret is stored; the secret is returned once;
    - the creation is audited.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def execute(self, command: CreateApiTokenCommand) -> Result[IssuedApiToken, InvalidInput]:
        if not command.name.strip():
            return Failure(InvalidInput("Donnez un nom au jeton (l'intégrateur qui l'utilise).", "name"))
        if not command.scopes:
            return Failure(InvalidInput("Un jeton porte au moins un droit : décisions (lecture) ou statistiques "
                                        "(lecture).", "scopes"))
        if not timedelta(0) < command.valid_for <= MAX_VALIDITY:
            return Failure(InvalidInput("La durée de validité d'un jeton va d'un jour à un an.", "valid_for"))
        now = self._clock.now()
        secret = API_TOKEN_PREFIX + new_token()
        token = ApiToken(id=str(uuid.uuid4()), name=command.name.strip(), collectivite=command.collectivite,
                         scopes=command.scopes, created_at=now, expires_at=now + command.valid_for,
                         created_by=command.actor_id)
        with self._uow() as uow:
            outside = command.collectivites is not None and command.collectivite not in command.collectivites
            if outside or uow.collectivites.get(command.collectivite) is None:
                return Failure(InvalidInput(f"Collectivité inconnue : {command.collectivite}.", "collectivite"))
            uow.api_tokens.add(token, token_hash(secret))
            uow.audit.record(AuditEntry(
                at=now, actor_id=command.actor_id, action="api_token.created", target=token.id,
                collectivite=token.collectivite,
                details={"name": token.name, "scopes": " ".join(sorted(token.scopes)),
                         "expires_at": token.expires_at.isoformat()},
            ))
            uow.commit()
        return Success(IssuedApiToken(secret=secret, token=token))
