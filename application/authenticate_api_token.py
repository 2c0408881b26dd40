"""Resolves an integrator's bearer token; each use is audited."""

from application.ports.clock import Clock
from application.ports.unit_of_work import UnitOfWorkFactory
from application.tokens import token_hash
from domain.api_token import ApiToken
from domain.audit import AuditEntry


class AuthenticateApiToken:
    """Business rules:
    - an expired or revoked token authenticates no one;
    - every use of a valid token is written to the audit trail, with the caller's address.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def execute(self, secret: str, ip: str | None = None) -> ApiToken | None:
        now = self._clock.now()
        with self._uow() as uow:
            token = uow.api_tokens.by_secret_hash(token_hash(secret))
            if token is None or not token.usable_at(now):
                return None
            uow.audit.record(AuditEntry(at=now, actor_id=token.id, action="api_token.used", target=token.id,
                                        collectivite=token.collectivite, ip=ip))
            uow.commit()
        return token
