from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from domain.audit import AuditEntry


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditFilter:
    """Every criterion is optional; the period is inclusive, in UTC days."""

    start: date | None = None
    end: date | None = None
    action_prefix: str | None = None  # "user." finds user.created, user.disabled…
    actor_id: str | None = None
    collectivites: tuple[str, ...] | None = None  # None: every collectivité and the entries without one
    # With `collectivites`: the entries without a collectivité whose actor or target is one of these ids (accounts,
    # offices) are kept too.
    about: tuple[str, ...] = ()


class AuditQueries(Protocol):
    """Reads the audit trail with filters, newest first."""

    def search(self, where: AuditFilter, limit: int, offset: int = 0) -> Sequence[AuditEntry]: ...

    def actions(self) -> Sequence[str]:
        """Every action name recorded so far, for the filter."""
        ...
