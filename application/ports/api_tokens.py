from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from domain.api_token import ApiToken


class ApiTokenRepository(Protocol):
    """Integrators' tokens, stored by the hash of their secret."""

    def add(self, token: ApiToken, secret_hash: str) -> None: ...

    def by_secret_hash(self, secret_hash: str) -> ApiToken | None: ...

    def get(self, token_id: str) -> ApiToken | None: ...

    def all(self) -> Sequence[ApiToken]:
        """Newest first, revoked and expired ones included."""
        ...

    def revoke(self, token_id: str, at: datetime) -> None: ...
