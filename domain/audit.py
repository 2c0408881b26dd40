"""One line of the append-only audit trail: who did what, when, to what."""

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditEntry:
    at: datetime
    actor_id: str | None  # None for the system or an anonymous caller
    action: str  # dotted verb, e.g. "search.answered", "login.failed", "decision.corrected"
    target: str | None = None  # an id: request, decision, user, office…
    collectivite: str | None = None
    ip: str | None = None
    details: dict[str, str] = field(default_factory=dict)
