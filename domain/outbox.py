"""Messages to send, written with the answer they carry, and how retries are spaced."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

MAX_RETRY_DELAY = timedelta(seconds=60)


class MessageStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


class MessageKind(StrEnum):
    LETTER = "letter"  # the official letter, to the office's generic address
    NOTICE = "notice"  # to the collectivité's service and the maison du département
    SEARCH_NOTICE = "search_notice"  # optional: a search was made
    DECOMPTE = "decompte"  # the décompte of a créance, to the office's generic address


@dataclass(frozen=True, slots=True, kw_only=True)
class OutboxMessage:
    id: str
    message_id: str
    kind: MessageKind
    request_id: str
    decision_id: str | None
    sender: str
    recipients: tuple[str, ...]
    subject: str
    body: str
    attach_letter: bool
    created_at: datetime
    status: MessageStatus = MessageStatus.PENDING
    attempts: int = 0
    next_attempt_at: datetime | None = None
    last_error: str | None = None
    sent_at: datetime | None = None
    creance_id: str | None = None  # a décompte: the attached letter is the case's, not the decision's


def retry_delay(attempts: int) -> timedelta:
    """1 s, 2 s, 4 s… after each failed try, never more than a minute apart."""
    return min(timedelta(seconds=2 ** min(max(attempts - 1, 0), 6)), MAX_RETRY_DELAY)
