"""The deaths to report to IODAS in SQL: the identified answers in force not yet reported, and the batches kept."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, func
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from domain.beneficiary import Beneficiary
from domain.death_report import DeathBatch, DeathReport, report_of
from domain.outcome import Outcome
from infrastructure.persistence import mappers
from infrastructure.persistence.mappers import from_db_time, to_db_time
from infrastructure.persistence.tables import (
    BeneficiaryRow,
    DeathBatchRow,
    DeathReportRow,
    DecisionRow,
    SearchRequestRow,
)


def _person(row: BeneficiaryRow) -> Beneficiary:
    """Its names and birth date: what a death report says of the person (their aids do not matter)."""
    return Beneficiary(collectivite=row.collectivite, iodas_id=row.iodas_id, sex=row.sex, usage_name=row.usage_name,
                       birth_name=row.birth_name, first_names=tuple(row.first_names.split()),
                       birth_date=row.birth_date, maison_code=row.maison_code)


def _report_row(batch_id: str, position: int, r: DeathReport) -> DeathReportRow:
    return DeathReportRow(
        batch_id=batch_id, position=position, collectivite=r.collectivite, iodas_id=r.iodas_id,
        usage_name=r.usage_name, birth_name=r.birth_name, first_names=r.first_names, birth_date=r.birth_date,
        death_date=r.death_date, death_place=r.death_place, reference=r.reference,
        requested_at=to_db_time(r.requested_at), crpcen=r.crpcen, outcome=r.outcome.value,
        decision_id=r.decision_id, request_id=r.request_id)


def _report(row: DeathReportRow) -> DeathReport:
    return DeathReport(
        collectivite=row.collectivite, iodas_id=row.iodas_id or "", usage_name=row.usage_name,
        birth_name=row.birth_name, first_names=row.first_names, birth_date=row.birth_date,
        death_date=row.death_date, death_place=row.death_place, reference=row.reference,
        requested_at=from_db_time(row.requested_at), crpcen=row.crpcen, outcome=Outcome(row.outcome),
        decision_id=row.decision_id, request_id=row.request_id)


def _batch(row: DeathBatchRow, reports: tuple[DeathReport, ...] = ()) -> DeathBatch:
    return DeathBatch(id=row.id, collectivite=row.collectivite, number=row.number,
                      created_at=from_db_time(row.created_at), created_by=row.created_by, size=row.size,
                      reports=reports)


class SqlDeathReports:
    def __init__(self, session: Session) -> None:
        self._session = session

    def pending(self, collectivites: Sequence[str]) -> Sequence[DeathReport]:
        later = aliased(DecisionRow)
        in_force = ~select(later.id).where(col(later.supersedes) == col(DecisionRow.id)).exists()
        reported = select(DeathReportRow.batch_id).where(
            col(DeathReportRow.collectivite) == col(DecisionRow.collectivite),
            col(DeathReportRow.iodas_id) == col(DecisionRow.iodas_id)).exists()
        query = (
            select(SearchRequestRow, DecisionRow, BeneficiaryRow)
            .join(DecisionRow, col(DecisionRow.request_id) == col(SearchRequestRow.id))
            .join(BeneficiaryRow, and_(col(BeneficiaryRow.collectivite) == col(DecisionRow.collectivite),
                                       col(BeneficiaryRow.iodas_id) == col(DecisionRow.iodas_id)))
            .where(col(DecisionRow.collectivite).in_(list(collectivites)),
                   col(DecisionRow.iodas_id).is_not(None), col(DecisionRow.outcome) != Outcome.AMBIGUOUS.value,
                   col(SearchRequestRow.anonymised_at).is_(None), in_force, ~reported)
            .order_by(col(SearchRequestRow.at), col(SearchRequestRow.reference), col(DecisionRow.collectivite))
        )
        reports = [report_of(mappers.search_request(r), mappers.decision(d), _person(p))
                   for r, d, p in self._session.exec(query)]
        found = [r for r in [*reports, *self._other_files(collectivites, in_force)] if r is not None]
        return sorted(found, key=lambda r: (r.requested_at, r.reference, r.collectivite, r.iodas_id))

    def _other_files(self, collectivites: Sequence[str], in_force: Any) -> list[DeathReport | None]:
        """The further files of people an agent found entered several times (few: a JSON list, read in Python)."""
        query = (select(SearchRequestRow, DecisionRow)
                 .join(DecisionRow, col(DecisionRow.request_id) == col(SearchRequestRow.id))
                 .where(col(DecisionRow.collectivite).in_(list(collectivites)),
                        col(DecisionRow.other_iodas_ids).is_not(None), col(SearchRequestRow.anonymised_at).is_(None),
                        col(DecisionRow.outcome) != Outcome.AMBIGUOUS.value, in_force))
        found: list[DeathReport | None] = []
        for r, d in self._session.exec(query):
            decision = mappers.decision(d)
            for iodas_id in decision.other_iodas_ids:
                done = select(DeathReportRow.batch_id).where(col(DeathReportRow.collectivite) == decision.collectivite,
                                                             col(DeathReportRow.iodas_id) == iodas_id)
                row = self._session.exec(select(BeneficiaryRow).where(
                    col(BeneficiaryRow.collectivite) == decision.collectivite,
                    col(BeneficiaryRow.iodas_id) == iodas_id)).first()
                if row is not None and self._session.exec(done).first() is None:
                    found.append(report_of(mappers.search_request(r), decision, _person(row)))
        return found

    def last_number(self, collectivite: str) -> int:
        found = self._session.exec(select(func.max(DeathBatchRow.number))
                                   .where(col(DeathBatchRow.collectivite) == collectivite)).one()
        return int(found or 0)

    def add(self, batch: DeathBatch) -> None:
        self._session.add(DeathBatchRow(id=batch.id, collectivite=batch.collectivite, number=batch.number,
                                        created_at=to_db_time(batch.created_at), created_by=batch.created_by,
                                        size=batch.size))
        self._session.flush()
        self._session.add_all(_report_row(batch.id, n, r) for n, r in enumerate(batch.reports, start=1))
        self._session.flush()

    def batches(self, collectivites: Sequence[str], limit: int = 50) -> Sequence[DeathBatch]:
        query = (select(DeathBatchRow).where(col(DeathBatchRow.collectivite).in_(list(collectivites)))
                 .order_by(col(DeathBatchRow.created_at).desc(), col(DeathBatchRow.number).desc()).limit(limit))
        return [_batch(row) for row in self._session.exec(query)]

    def get(self, batch_id: str) -> DeathBatch | None:
        row = self._session.get(DeathBatchRow, batch_id)
        if row is None:
            return None
        lines = self._session.exec(select(DeathReportRow).where(col(DeathReportRow.batch_id) == batch_id)
                                   .order_by(col(DeathReportRow.position)))
        return _batch(row, tuple(_report(line) for line in lines))
