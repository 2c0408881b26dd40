"""The import history in SQL: one row per run, one per rejected line."""

import json
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from application.importing import ImportReport, ImportRun, RejectedRow
from infrastructure.persistence.mappers import from_db_time, to_db_time
from infrastructure.persistence.tables import ImportRejectionRow, ImportRunRow


def _run(row: ImportRunRow, rejected: tuple[RejectedRow, ...] = ()) -> ImportRun:
    unknown = tuple((str(code), int(people)) for code, people in json.loads(row.unknown_maisons or "[]"))
    report = ImportReport(rows_read=row.rows_read, created=row.created, updated=row.updated, unchanged=row.unchanged,
                          aids_added=row.aids_added, rejected=rejected, run_id=row.id, unknown_maisons=unknown)
    return ImportRun(id=row.id, collectivite=row.collectivite, source=row.source, at=from_db_time(row.at),
                     actor_id=row.actor_id, report=report, rejected_count=row.rejected_count)


class SqlImportHistory:
    def __init__(self, session: Session) -> None:
        self._session = session

    def record(self, run: ImportRun) -> None:
        r = run.report
        self._session.add(ImportRunRow(
            id=run.id, collectivite=run.collectivite, source=run.source, at=to_db_time(run.at), actor_id=run.actor_id,
            rows_read=r.rows_read, created=r.created, updated=r.updated, unchanged=r.unchanged,
            aids_added=r.aids_added, rejected_count=run.rejected_count,
            unknown_maisons=json.dumps(r.unknown_maisons) if r.unknown_maisons else ""))
        self._session.flush()
        self._session.add_all(ImportRejectionRow(run_id=run.id, line=x.line, reason=x.reason) for x in r.rejected)

    def recent(self, collectivites: Sequence[str], limit: int = 50) -> Sequence[ImportRun]:
        query = (select(ImportRunRow).where(col(ImportRunRow.collectivite).in_(collectivites))
                 .order_by(col(ImportRunRow.at).desc()).limit(limit))
        return [_run(row) for row in self._session.exec(query)]

    def get(self, run_id: str) -> ImportRun | None:
        row = self._session.get(ImportRunRow, run_id)
        if row is None:
            return None
        query = (select(ImportRejectionRow).where(col(ImportRejectionRow.run_id) == run_id)
                 .order_by(col(ImportRejectionRow.line), col(ImportRejectionRow.id)))
        return _run(row, tuple(RejectedRow(line=x.line, reason=x.reason) for x in self._session.exec(query)))

    def last_loaded(self, collectivite: str) -> datetime | None:
        r = ImportRunRow
        query = select(func.max(r.at)).where(col(r.collectivite) == collectivite,
                                             col(r.created) + col(r.updated) + col(r.unchanged) > 0)
        latest: datetime | None = self._session.exec(query).one()
        return from_db_time(latest) if latest is not None else None
