"""The outbox in SQL. A claim is one atomic UPDATE guarded by status and lease, so two dispatchers, in one
process or several, on SQLite or PostgreSQL, never take the same message."""

import json
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import and_, func, or_, update
from sqlmodel import Session, col, select

from domain.outbox import MessageKind, MessageStatus, OutboxMessage
from infrastructure.persistence.tables import OutboxMessageRow as Row

_PENDING = MessageStatus.PENDING.value


class SqlOutbox:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, message: OutboxMessage) -> None:
        self._session.add(Row(
            id=message.id, message_id=message.message_id, kind=message.kind.value, request_id=message.request_id,
            decision_id=message.decision_id, sender=message.sender, recipients=json.dumps(list(message.recipients)),
            subject=message.subject, body=message.body, attach_letter=message.attach_letter,
            created_at=message.created_at, status=message.status.value, attempts=message.attempts,
            next_attempt_at=message.next_attempt_at or message.created_at, last_error=message.last_error,
            creance_id=message.creance_id,
        ))
        self._session.flush()

    def claim_due(self, now: datetime, lease_until: datetime, token: str, limit: int) -> Sequence[OutboxMessage]:
        due = (select(Row.id)
               .where(col(Row.status) == _PENDING, col(Row.next_attempt_at) <= now, self._unclaimed(now))
               .order_by(col(Row.next_attempt_at), col(Row.created_at)).limit(limit))
        # The guard is repeated on the row itself: PostgreSQL re-checks it after waiting for a concurrent claim.
        claim = (update(Row)
                 .where(col(Row.id).in_(due.scalar_subquery()), col(Row.status) == _PENDING, self._unclaimed(now))
                 .values(claimed_until=lease_until, claim_token=token)
                 .execution_options(synchronize_session=False))
        self._session.execute(claim)
        rows = self._session.exec(select(Row).where(col(Row.claim_token) == token).order_by(col(Row.created_at)))
        return [_message(r) for r in rows]

    @staticmethod
    def _unclaimed(now: datetime):  # type: ignore[no-untyped-def]
        return or_(col(Row.claimed_until).is_(None), col(Row.claimed_until) < now)

    def _settle(self, message_id: str, token: str, **values: object) -> bool:
        stmt = (update(Row).where(col(Row.id) == message_id, col(Row.claim_token) == token)
                .values(claimed_until=None, claim_token=None, attempts=Row.attempts + 1, **values)
                .execution_options(synchronize_session=False))
        return bool(self._session.execute(stmt).rowcount)  # type: ignore[attr-defined]

    def mark_sent(self, message_id: str, token: str, at: datetime) -> bool:
        return self._settle(message_id, token, status=MessageStatus.SENT.value, sent_at=at, last_error=None)

    def reschedule(self, message_id: str, token: str, error: str, at: datetime) -> bool:
        return self._settle(message_id, token, last_error=error[:1000], next_attempt_at=at)

    def mark_failed(self, message_id: str, token: str, reason: str) -> bool:
        return self._settle(message_id, token, status=MessageStatus.FAILED.value, last_error=reason[:1000])

    def for_request(self, request_id: str) -> Sequence[OutboxMessage]:
        rows = self._session.exec(select(Row).where(col(Row.request_id) == request_id).order_by(col(Row.created_at)))
        return [_message(r) for r in rows]

    def counts(self) -> dict[MessageStatus, int]:
        found = {status: 0 for status in MessageStatus}
        for status, count in self._session.execute(select(Row.status, func.count()).group_by(col(Row.status))):
            found[MessageStatus(status)] = count
        return found

    def next_attempt(self) -> datetime | None:
        earliest: datetime | None = self._session.execute(
            select(func.min(Row.next_attempt_at)).where(col(Row.status) == _PENDING)).scalar_one()
        return earliest

    def troubled(self, limit: int) -> Sequence[OutboxMessage]:
        failed = col(Row.status) == MessageStatus.FAILED.value
        retrying = and_(col(Row.status) == _PENDING, col(Row.last_error).is_not(None))
        query = select(Row).where(or_(failed, retrying)).order_by(col(Row.created_at).desc()).limit(limit)
        return [_message(r) for r in self._session.exec(query)]


def _message(row: Row) -> OutboxMessage:
    return OutboxMessage(
        id=row.id, message_id=row.message_id, kind=MessageKind(row.kind), request_id=row.request_id,
        decision_id=row.decision_id, sender=row.sender, recipients=tuple(json.loads(row.recipients)),
        subject=row.subject, body=row.body, attach_letter=row.attach_letter, created_at=row.created_at,
        status=MessageStatus(row.status), attempts=row.attempts, next_attempt_at=row.next_attempt_at,
        last_error=row.last_error, sent_at=row.sent_at, creance_id=row.creance_id,
    )
