"""Retention in SQL: reads what ages, anonymises in batches, one transaction per batch."""

import json
from collections.abc import Iterator, Sequence
from datetime import date, datetime

from sqlalchemy import CursorResult, Engine, delete, update
from sqlalchemy import select as sql_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from application.ports.retention_store import RetentionCandidate
from domain.creance import OPEN_STATUSES
from domain.outcome import Outcome
from domain.retention import ANONYMISED, Answered
from infrastructure.persistence.mappers import from_db_time, to_db_time
from infrastructure.persistence.tables import (
    AuditEntryRow,
    CreanceRow,
    DeathReportRow,
    DecisionRow,
    DecompteLetterRow,
    LetterRow,
    LoginAttemptRow,
    LoginGuardRow,
    OutboxMessageRow,
    SearchRequestRow,
)

BATCH = 500
BLANK_EVIDENCE = json.dumps({"reason": "anonymisé", "candidates": []}, ensure_ascii=False)
# What an audit entry may say of the person (application/resolve_doubt.py, move_creance.py): gone with the request.
PERSONAL_AUDIT_KEYS = frozenset({"iodas_id", "other_iodas_ids", "comment", "note"})


def _batches(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start:start + BATCH]


class SqlRetentionStore:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def candidates(self, requested_before: datetime) -> Sequence[RetentionCandidate]:
        with Session(self._engine) as session:
            requests = list(session.exec(
                select(SearchRequestRow.id, SearchRequestRow.at)
                .where(col(SearchRequestRow.anonymised_at).is_(None),
                       col(SearchRequestRow.at) < to_db_time(requested_before))))
            answers: dict[str, list[Answered]] = {request_id: [] for request_id, _ in requests}
            for batch in _batches(list(answers)):
                for request_id, answer in self._answers(session, batch):
                    answers[request_id].append(answer)
        return [RetentionCandidate(request_id=i, requested_at=from_db_time(at), answers=tuple(answers[i]))
                for i, at in requests]

    @staticmethod
    def _answers(session: Session, request_ids: Sequence[str]) -> Iterator[tuple[str, Answered]]:
        later = aliased(DecisionRow)
        in_force = ~select(later.id).where(col(later.supersedes) == col(DecisionRow.id)).exists()
        rows = session.execute(
            sql_select(col(DecisionRow.request_id), col(DecisionRow.collectivite), col(DecisionRow.outcome),
                       col(CreanceRow.status), col(CreanceRow.closed_on))
            .join(CreanceRow, col(CreanceRow.decision_id) == col(DecisionRow.id), isouter=True)
            .where(col(DecisionRow.request_id).in_(list(request_ids)), in_force))
        for request_id, collectivite, outcome, status, closed_on in rows:
            has_creance = status is not None
            yield request_id, Answered(
                collectivite=collectivite, outcome=Outcome(outcome),
                creance_open=has_creance and status in OPEN_STATUSES,
                creance_closed_on=(closed_on or date.min) if has_creance and status not in OPEN_STATUSES else None)

    def anonymise(self, request_ids: Sequence[str], at: datetime) -> None:
        for batch in _batches(request_ids):
            with Session(self._engine) as session:
                for row in session.exec(select(SearchRequestRow).where(col(SearchRequestRow.id).in_(list(batch)))):
                    row.last_name, row.birth_name, row.first_names = ANONYMISED, None, ""
                    row.birth_date, row.death_date = date(row.birth_date.year, 1, 1), date(row.death_date.year, 1, 1)
                    row.death_place, row.anonymised_at = "", to_db_time(at)
                ids = list(batch)
                self._scrub_audit(session, ids)
                session.execute(update(DecisionRow).where(col(DecisionRow.request_id).in_(ids))
                             .values(evidence=BLANK_EVIDENCE, iodas_id=None, other_iodas_ids=None, comment=None))
                session.execute(update(CreanceRow).where(col(CreanceRow.request_id).in_(ids))
                             .values(iodas_id=None, other_iodas_ids=None, note=None))
                self._anonymise_death_reports(session, ids)
                session.execute(delete(LetterRow).where(col(LetterRow.request_id).in_(ids)))
                session.execute(delete(DecompteLetterRow).where(col(DecompteLetterRow.request_id).in_(ids)))
                session.execute(update(OutboxMessageRow).where(col(OutboxMessageRow.request_id).in_(ids))
                             .values(subject=ANONYMISED, body=ANONYMISED, attach_letter=False))
                session.commit()

    @staticmethod
    def _scrub_audit(session: Session, request_ids: list[str]) -> None:
        """The entries are about a request, one of its decisions or one of its créances, by id."""
        decisions = session.exec(select(DecisionRow.id).where(col(DecisionRow.request_id).in_(request_ids))).all()
        creances = session.exec(select(CreanceRow.id).where(col(CreanceRow.request_id).in_(request_ids))).all()
        targets = [*request_ids, *decisions, *creances]
        for entry in session.exec(select(AuditEntryRow).where(col(AuditEntryRow.target).in_(targets))):
            details = json.loads(entry.details or "{}")
            if PERSONAL_AUDIT_KEYS & details.keys():
                kept = {k: v for k, v in details.items() if k not in PERSONAL_AUDIT_KEYS}
                entry.details = json.dumps(kept, ensure_ascii=False)
                session.add(entry)

    def purge_audit_traces(self, before: datetime) -> int:
        with Session(self._engine) as session:
            old = col(AuditEntryRow.at) < to_db_time(before)
            result = session.execute(delete(AuditEntryRow).where(old, col(AuditEntryRow.action).startswith("login.")))
            session.execute(update(AuditEntryRow).where(old, col(AuditEntryRow.ip).is_not(None)).values(ip=None))
            session.commit()
            assert isinstance(result, CursorResult)
            return result.rowcount

    @staticmethod
    def _anonymise_death_reports(session: Session, request_ids: list[str]) -> None:
        """A death already reported to IODAS stays a line of its batch, with nothing left to tell who it was."""
        for row in session.exec(select(DeathReportRow).where(col(DeathReportRow.request_id).in_(request_ids))):
            row.iodas_id, row.usage_name, row.birth_name, row.first_names = None, ANONYMISED, None, ""
            row.birth_date, row.death_date = date(row.birth_date.year, 1, 1), date(row.death_date.year, 1, 1)
            row.death_place = ""

    def purge_login_attempts(self, before: datetime) -> int:
        with Session(self._engine) as session:
            result = session.execute(delete(LoginAttemptRow)
                                  .where(col(LoginAttemptRow.at) < to_db_time(before)))
            # An address no attempt is kept for any more goes too: the guard of its sign-ins is personal data.
            session.execute(delete(LoginGuardRow).where(
                col(LoginGuardRow.email).not_in(sql_select(col(LoginAttemptRow.email)))))
            session.commit()
            assert isinstance(result, CursorResult)
            return result.rowcount
