"""Recovery cases and recovery rules in SQL. Money is stored as whole cents."""

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from domain.creance import Creance, CreanceStatus, Recovery
from domain.decision import Decision
from domain.outcome import Outcome
from domain.recovery import AidRecoveryRule, ClaimedAid, RecourseType, RecoveryBasis, RecoveryRules, default_recovery_rules
from infrastructure.persistence import mappers
from infrastructure.persistence.mappers import from_db_time, to_db_time
from infrastructure.persistence.repositories import SqlCollectivites
from infrastructure.persistence.tables import (
    CreanceAidRow,
    CreanceRecoveryRow,
    CreanceRow,
    DecisionRow,
    RecoveryPolicyRow,
    RecoveryRuleRow,
    SearchRequestRow,
)


def cents(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def euros(amount_cents: int) -> Decimal:
    return (Decimal(amount_cents) / 100).quantize(Decimal("0.01"))


def _row(c: Creance) -> CreanceRow:
    return CreanceRow(
        id=c.id, decision_id=c.decision_id, request_id=c.request_id, collectivite=c.collectivite,
        iodas_id=c.iodas_id, other_iodas_ids=mappers.iodas_ids_json(c.other_iodas_ids),
        recourse=c.recourse.value, net_estate_cents=cents(c.net_estate),
        funeral_costs_cents=cents(c.funeral_costs), amount_claimed_cents=cents(c.amount_claimed),
        liberality_value_cents=cents(c.liberality_value) if c.liberality_value is not None else None,
        status=c.status.value, opened_at=to_db_time(c.opened_at), opened_by=c.opened_by, notified_on=c.notified_on,
        amount_recovered_cents=cents(c.amount_recovered) if c.recoveries else None,
        closed_on=c.closed_on, note=c.note,
    )


def _creance(row: CreanceRow, aids: Sequence[CreanceAidRow], recoveries: Sequence[CreanceRecoveryRow]) -> Creance:
    return Creance(
        id=row.id, decision_id=row.decision_id, request_id=row.request_id, collectivite=row.collectivite,
        iodas_id=row.iodas_id, other_iodas_ids=mappers.iodas_ids(row.other_iodas_ids),
        recourse=RecourseType(row.recourse),
        claimed=tuple(ClaimedAid(aid_code=a.aid_code, amount_paid=euros(a.amount_paid_cents))
                      for a in sorted(aids, key=lambda a: a.aid_code)),
        net_estate=euros(row.net_estate_cents), funeral_costs=euros(row.funeral_costs_cents),
        liberality_value=euros(row.liberality_value_cents) if row.liberality_value_cents is not None else None,
        amount_claimed=euros(row.amount_claimed_cents), opened_at=from_db_time(row.opened_at),
        opened_by=row.opened_by, status=CreanceStatus(row.status), notified_on=row.notified_on,
        recoveries=tuple(Recovery(on=r.recovered_on, amount=euros(r.amount_cents))
                         for r in sorted(recoveries, key=lambda r: r.position)),
        closed_on=row.closed_on, note=row.note,
    )


class SqlCreances:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, creance: Creance) -> bool:
        """The unique decision_id turns two agents opening the same case into a clean refusal (no savepoint:
        see SqlDoubtQueue.settle)."""
        try:
            self._session.add(_row(creance))
            self._session.flush()
        except IntegrityError:
            self._session.rollback()
            return False
        self._add_lines(creance)
        return True

    def save(self, creance: Creance) -> None:
        self._session.merge(_row(creance))
        self._session.execute(delete(CreanceAidRow).where(col(CreanceAidRow.creance_id) == creance.id))
        self._session.execute(delete(CreanceRecoveryRow).where(col(CreanceRecoveryRow.creance_id) == creance.id))
        self._add_lines(creance)

    def _add_lines(self, creance: Creance) -> None:
        """Its aids paid and its recoveries."""
        for aid in creance.claimed:
            self._session.add(CreanceAidRow(creance_id=creance.id, aid_code=aid.aid_code,
                                            amount_paid_cents=cents(aid.amount_paid)))
        for position, recovery in enumerate(creance.recoveries, start=1):
            self._session.add(CreanceRecoveryRow(creance_id=creance.id, position=position,
                                                 recovered_on=recovery.on, amount_cents=cents(recovery.amount)))
        self._session.flush()

    def _with_aids(self, rows: Sequence[CreanceRow]) -> list[Creance]:
        ids = [r.id for r in rows]
        aids: dict[str, list[CreanceAidRow]] = {i: [] for i in ids}
        recoveries: dict[str, list[CreanceRecoveryRow]] = {i: [] for i in ids}
        if ids:
            for a in self._session.exec(select(CreanceAidRow).where(col(CreanceAidRow.creance_id).in_(ids))):
                aids[a.creance_id].append(a)
            for p in self._session.exec(select(CreanceRecoveryRow).where(col(CreanceRecoveryRow.creance_id).in_(ids))):
                recoveries[p.creance_id].append(p)
        return [_creance(r, aids[r.id], recoveries[r.id]) for r in rows]

    def get(self, creance_id: str) -> Creance | None:
        row = self._session.get(CreanceRow, creance_id)
        return self._with_aids([row])[0] if row else None

    def for_decision(self, decision_id: str) -> Creance | None:
        row = self._session.exec(select(CreanceRow).where(col(CreanceRow.decision_id) == decision_id)).first()
        return self._with_aids([row])[0] if row else None

    def search(self, collectivites: Sequence[str], status: CreanceStatus | None = None,
               opened_from: datetime | None = None, opened_before: datetime | None = None) -> Sequence[Creance]:
        query = select(CreanceRow).where(col(CreanceRow.collectivite).in_(list(collectivites)))
        if status is not None:
            query = query.where(col(CreanceRow.status) == status.value)
        if opened_from is not None:
            query = query.where(col(CreanceRow.opened_at) >= to_db_time(opened_from))
        if opened_before is not None:
            query = query.where(col(CreanceRow.opened_at) < to_db_time(opened_before))
        rows = list(self._session.exec(query.order_by(col(CreanceRow.opened_at).desc(), col(CreanceRow.id))))
        return self._with_aids(rows)

    def decisions_to_open(self, collectivites: Sequence[str]) -> Sequence[Decision]:
        later = aliased(DecisionRow)
        query = (
            select(DecisionRow)
            .join(SearchRequestRow, col(SearchRequestRow.id) == col(DecisionRow.request_id))
            .where(col(DecisionRow.outcome) == Outcome.RECOVERABLE_AID.value)
            .where(col(DecisionRow.collectivite).in_(list(collectivites)))
            .where(~select(later.id).where(col(later.supersedes) == col(DecisionRow.id)).exists())
            .where(~select(CreanceRow.id).where(col(CreanceRow.decision_id) == col(DecisionRow.id)).exists())
            .order_by(col(SearchRequestRow.at), col(DecisionRow.decided_at))
        )
        return [mappers.decision(r) for r in self._session.exec(query)]


class SqlRecoveryRuleBook:
    def __init__(self, session: Session) -> None:
        self._session = session

    def rules_for(self, collectivite: str) -> RecoveryRules:
        policy = self._session.get(RecoveryPolicyRow, collectivite)
        rows = list(self._session.exec(select(RecoveryRuleRow).where(col(RecoveryRuleRow.collectivite) == collectivite)))
        if policy is None and not rows:
            return default_recovery_rules(SqlCollectivites(self._session).aid_referential(collectivite))
        by_aid = {r.aid_code: AidRecoveryRule(aid_code=r.aid_code, basis=RecoveryBasis(r.basis),
                                              estate_threshold=euros(r.estate_threshold_cents),
                                              minimum_expense=euros(r.minimum_expense_cents)) for r in rows}
        cap = euros(policy.funeral_cap_cents) if policy else RecoveryRules().funeral_cap
        return RecoveryRules(funeral_cap=cap, by_aid=by_aid)

    def save(self, collectivite: str, rules: RecoveryRules) -> None:
        self._session.merge(RecoveryPolicyRow(collectivite=collectivite, funeral_cap_cents=cents(rules.funeral_cap)))
        self._session.execute(delete(RecoveryRuleRow).where(col(RecoveryRuleRow.collectivite) == collectivite))
        for rule in rules.by_aid.values():
            self._session.add(RecoveryRuleRow(
                collectivite=collectivite, aid_code=rule.aid_code, basis=rule.basis.value,
                estate_threshold_cents=cents(rule.estate_threshold), minimum_expense_cents=cents(rule.minimum_expense)))
        self._session.flush()
