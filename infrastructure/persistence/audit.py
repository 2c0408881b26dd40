"""The audit trail in SQL: insert and read, nothing else."""

import json
from collections.abc import Sequence

from sqlmodel import Session, col, select

from domain.audit import AuditEntry
from infrastructure.persistence.mappers import from_db_time, to_db_time
from infrastructure.persistence.tables import AuditEntryRow


class SqlAuditLog:
    def __init__(self, session: Session) -> None:
        self._session = session

    def record(self, entry: AuditEntry) -> None:
        self._session.add(AuditEntryRow(
            at=to_db_time(entry.at), actor_id=entry.actor_id, action=entry.action, target=entry.target,
            collectivite=entry.collectivite, ip=entry.ip, details=json.dumps(entry.details, ensure_ascii=False),
        ))

    def recent(self, limit: int, offset: int = 0, action_prefix: str | None = None) -> Sequence[AuditEntry]:
        query = select(AuditEntryRow).order_by(col(AuditEntryRow.id).desc()).offset(offset).limit(limit)
        if action_prefix:
            query = query.where(col(AuditEntryRow.action).startswith(action_prefix))
        return [
            AuditEntry(at=from_db_time(r.at), actor_id=r.actor_id, action=r.action, target=r.target,
                       collectivite=r.collectivite, ip=r.ip, details=json.loads(r.details))
            for r in self._session.exec(query)
        ]
