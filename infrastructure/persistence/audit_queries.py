"""Filtered reading of the audit trail, on its own connection."""

import json
from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import Engine, and_, or_, select
from sqlmodel import col

from application.ports.audit_queries import AuditFilter
from domain.audit import AuditEntry
from infrastructure.persistence.mappers import from_db_time
from infrastructure.persistence.tables import AuditEntryRow

A = AuditEntryRow


def _criteria(where: AuditFilter) -> list[Any]:
    clauses: list[Any] = []
    if where.start:
        clauses.append(col(A.at) >= datetime.combine(where.start, time(), UTC))
    if where.end:
        clauses.append(col(A.at) < datetime.combine(where.end + timedelta(days=1), time(), UTC))
    if where.action_prefix:
        clauses.append(col(A.action).startswith(where.action_prefix, autoescape=True))
    if where.actor_id:
        clauses.append(col(A.actor_id) == where.actor_id)
    if where.collectivites is not None:
        within = col(A.collectivite).in_(where.collectivites)
        about = or_(col(A.actor_id).in_(where.about), col(A.target).in_(where.about))
        clauses.append(or_(within, and_(col(A.collectivite).is_(None), about)) if where.about else within)
    return clauses


class SqlAuditQueries:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def search(self, where: AuditFilter, limit: int, offset: int = 0) -> Sequence[AuditEntry]:
        query = (select(A).where(*_criteria(where)).order_by(col(A.at).desc(), col(A.id).desc())
                 .offset(offset).limit(limit))
        with self._engine.connect() as connection:
            rows = list(connection.execute(query).mappings())
        return [AuditEntry(at=from_db_time(r["at"]), actor_id=r["actor_id"], action=r["action"], target=r["target"],
                           collectivite=r["collectivite"], ip=r["ip"], details=json.loads(r["details"]))
                for r in rows]

    def actions(self) -> Sequence[str]:
        with self._engine.connect() as connection:
            return [a for (a,) in connection.execute(select(col(A.action)).distinct().order_by(col(A.action)))]
