from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from domain.outbox import MessageStatus, OutboxMessage


class Outbox(Protocol):
    """Messages written in the same transaction as the answer they carry."""

    def add(self, message: OutboxMessage) -> None: ...

    def claim_due(self, now: datetime, lease_until: datetime, token: str, limit: int) -> Sequence[OutboxMessage]:
        """Atomically takes pending messages that are due and not claimed by a live dispatcher."""
        ...

    def mark_sent(self, message_id: str, token: str, at: datetime) -> bool: ...

    def reschedule(self, message_id: str, token: str, error: str, at: datetime) -> bool:
        """Counts a failed try and releases the claim until `at`."""
        ...

    def mark_failed(self, message_id: str, token: str, reason: str) -> bool: ...

    def for_request(self, request_id: str) -> Sequence[OutboxMessage]: ...

    def counts(self) -> dict[MessageStatus, int]: ...

    def next_attempt(self) -> datetime | None:
        """When the earliest pending message is due; None when none waits."""
        ...

    def troubled(self, limit: int) -> Sequence[OutboxMessage]:
        """Failed messages, and pending ones whose last try failed, most recent first: what an operator checks."""
        ...
