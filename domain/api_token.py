"""An integrator's API token: a département's information system or a statistics warehouse."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Scope(StrEnum):
    DECISIONS_READ = "decisions:read"
    STATISTICS_READ = "statistics:read"


@dataclass(frozen=True, slots=True, kw_only=True)
class ApiToken:
    """Only a hash of the secret is kept; the secret itself is shown once, at creation."""

    id: str
    name: str
    collectivite: str
    scopes: frozenset[Scope]
    created_at: datetime
    expires_at: datetime
    created_by: str | None = None
    revoked_at: datetime | None = None

    def usable_at(self, now: datetime) -> bool:
        return self.revoked_at is None and now < self.expires_at
