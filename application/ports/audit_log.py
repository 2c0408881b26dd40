from collections.abc import Sequence
from typing import Protocol

from domain.audit import AuditEntry


class AuditLog(Protocol):
    """Append-only: entries are never updated nor deleted."""

    def record(self, entry: AuditEntry) -> None: ...

    def recent(self, limit: int, offset: int = 0, action_prefix: str | None = None) -> Sequence[AuditEntry]: ...
