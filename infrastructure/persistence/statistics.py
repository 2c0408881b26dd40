"""Steering statistics as aggregate SQL, on SQLite and PostgreSQL alike. Days and months are those of Paris:
a search made at 00:30 on 1 December, Paris time, belongs to December."""

from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Engine, and_, case, exists, func, or_, select, true
from sqlalchemy.orm import aliased
from sqlmodel import col

from domain.outcome import Outcome
from domain.statistics import MonthlyCreances, MonthlyLogins, MonthlyOutcome, OfficeUse, StatisticsFilter
from infrastructure.persistence.mappers import from_db_time
from infrastructure.persistence.tables import (
    BeneficiaryRow,
    CreanceRow,
    DecisionRow,
    LoginAttemptRow,
    OfficeAgreementRow,
    OfficeRow,
    SearchRequestRow,
    UserRow,
)

_RANK = {Outcome.UNKNOWN: 0, Outcome.AMBIGUOUS: 1, Outcome.POSSIBLE_UNDUE_PAYMENT: 2, Outcome.RECOVERABLE_AID: 3}
_OUTCOME_OF_RANK = {rank: outcome for outcome, rank in _RANK.items()}

R, D, B = SearchRequestRow, DecisionRow, BeneficiaryRow
PARIS = ZoneInfo("Europe/Paris")


def _bounds(where: StatisticsFilter) -> tuple[datetime, datetime]:
    """From midnight of the first day to midnight after the last, in Paris."""
    start = datetime.combine(where.start, time(), PARIS)
    return start.astimezone(UTC), datetime.combine(where.end + timedelta(days=1), time(), PARIS).astimezone(UTC)


def _offset_hours(moment: datetime) -> int:
    offset = moment.astimezone(PARIS).utcoffset()
    return int(offset.total_seconds() // 3600) if offset else 0


def paris_offsets(start: datetime, end: datetime) -> list[tuple[datetime, int]]:
    """Paris's offset from UTC over [start, end), in whole hours: (from this UTC moment, the offset), in order.
    Found day by day, then to the second around each change of time."""
    found = [(start, _offset_hours(start))]
    day = start
    while day < end:
        following = min(day + timedelta(days=1), end)
        if _offset_hours(following) != found[-1][1]:
            low, high = day, following  # the offset changes in (low, high]
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                low, high = (middle, high) if _offset_hours(middle) == found[-1][1] else (low, middle)
            found.append((high, _offset_hours(high)))
        day = following
    return found


def _in_period(column: Any, where: StatisticsFilter) -> ColumnElement[bool]:
    start, end = _bounds(where)
    return and_(column >= start, column < end)


class SqlStatisticsQueries:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def _month(self, column: Any, where: StatisticsFilter) -> ColumnElement[str]:
        """The Paris month of a moment in the period. SQLite knows no time zones: it is told Paris's offset over
        the period, which changes twice a year."""
        if self._engine.dialect.name == "postgresql":
            return func.to_char(func.timezone("Europe/Paris", column), "YYYY-MM")
        offsets = paris_offsets(*_bounds(where))
        def shifted(hours: int) -> ColumnElement[str]:
            return func.strftime("%Y-%m", column, f"{hours:+d} hours")
        if len(offsets) == 1:
            return shifted(offsets[0][1])
        changes = [(column < since, shifted(hours)) for (_, hours), (since, _) in zip(offsets, offsets[1:])]
        return case(*changes, else_=shifted(offsets[-1][1]))

    def _rows(self, query: Any) -> Sequence[Any]:
        with self._engine.connect() as connection:
            return list(connection.execute(query))

    def _request_scope(self, where: StatisticsFilter) -> ColumnElement[bool]:
        """The searches in the period that concern the collectivité and the maison asked for."""
        # An alias of its own, so that it never correlates with a decision of the enclosing query.
        d = aliased(DecisionRow)
        clauses = [_in_period(col(R.at), where)]
        if where.collectivite:
            clauses.append(exists().where(col(d.request_id) == col(R.id), col(d.collectivite) == where.collectivite))
        if where.maison:
            clauses.append(exists().where(
                col(d.request_id) == col(R.id), col(B.collectivite) == col(d.collectivite),
                col(B.iodas_id) == col(d.iodas_id), col(B.maison_code) == where.maison,
            ))
        return and_(*clauses)

    def _decision_scope(self, where: StatisticsFilter) -> ColumnElement[bool]:
        return col(D.collectivite) == where.collectivite if where.collectivite else true()

    def searches_by_month(self, where: StatisticsFilter) -> Sequence[MonthlyOutcome]:
        rank = case(*((col(D.outcome) == o.value, r) for o, r in _RANK.items()), else_=0)
        per_request = (
            select(col(R.id).label("id"), col(R.at).label("at"), func.max(rank).label("rank"))
            .join(D, col(D.request_id) == col(R.id))
            .where(self._request_scope(where), col(D.supersedes).is_(None), self._decision_scope(where))
            .group_by(col(R.id), col(R.at))
            .subquery()
        )
        month = self._month(per_request.c.at, where).label("month")
        query = (select(month, per_request.c.rank, func.count()).group_by(month, per_request.c.rank)
                 .order_by(month, per_request.c.rank))
        return [MonthlyOutcome(month=m, outcome=_OUTCOME_OF_RANK[int(r)], searches=n) for m, r, n in self._rows(query)]

    def office_use(self, where: StatisticsFilter) -> Sequence[OfficeUse]:
        searches = (select(func.count()).select_from(R)
                    .where(col(R.crpcen) == col(OfficeRow.crpcen), self._request_scope(where))
                    .scalar_subquery())
        query = select(col(OfficeRow.crpcen), col(OfficeRow.name), searches.label("searches"))
        if where.collectivite:
            query = query.where(exists().where(col(OfficeAgreementRow.crpcen) == col(OfficeRow.crpcen),
                                               col(OfficeAgreementRow.collectivite) == where.collectivite))
        query = query.order_by(searches.desc(), col(OfficeRow.crpcen))
        return [OfficeUse(crpcen=c, name=name, searches=n) for c, name, n in self._rows(query)]

    def logins_by_month(self, where: StatisticsFilter) -> Sequence[MonthlyLogins]:
        L = LoginAttemptRow
        month = self._month(col(L.at), where).label("month")
        succeeded = func.sum(case((col(L.success), 1), else_=0))
        query = select(month, succeeded, func.count()).where(_in_period(col(L.at), where))
        if where.collectivite:
            query = query.where(self._login_of_collectivite(where.collectivite))
        query = query.group_by(month).order_by(month)
        return [MonthlyLogins(month=m, succeeded=int(ok or 0), failed=n - int(ok or 0)) for m, ok, n in self._rows(query)]

    def _login_of_collectivite(self, code: str) -> ColumnElement[bool]:
        """Attempts by the collectivité's agents, or by clerks of offices registered with it."""
        U, A = UserRow, OfficeAgreementRow
        return exists().where(col(U.id) == col(LoginAttemptRow.user_id), or_(
            col(U.collectivite) == code,
            exists().where(col(A.crpcen) == col(U.crpcen), col(A.collectivite) == code),
        ))

    def _doubts(self, where: StatisticsFilter) -> tuple[Any, Any, ColumnElement[bool]]:
        original, correction = aliased(DecisionRow), aliased(DecisionRow)
        clauses = [col(original.outcome) == Outcome.AMBIGUOUS.value, col(original.supersedes).is_(None),
                   exists().where(col(R.id) == col(original.request_id), self._request_scope(where))]
        if where.collectivite:
            clauses.append(col(original.collectivite) == where.collectivite)
        return original, correction, and_(*clauses)

    def doubt_delays(self, where: StatisticsFilter) -> Sequence[timedelta]:
        original, correction, scope = self._doubts(where)
        query = (select(col(original.decided_at), col(correction.decided_at))
                 .join(correction, col(correction.supersedes) == col(original.id)).where(scope))
        return [from_db_time(done) - from_db_time(asked) for asked, done in self._rows(query)]

    def pending_doubts(self, where: StatisticsFilter) -> int:
        original, correction, scope = self._doubts(where)
        corrected = exists().where(col(correction.supersedes) == col(original.id))
        query = select(func.count()).select_from(original).where(scope, ~corrected)
        return int(self._rows(query)[0][0])

    def maison_codes(self, collectivite: str | None) -> Sequence[str]:
        query = select(col(B.maison_code)).distinct().where(col(B.maison_code).is_not(None))
        if collectivite:
            query = query.where(col(B.collectivite) == collectivite)
        return [code for (code,) in self._rows(query.order_by(col(B.maison_code)))]

    def creances_by_month(self, where: StatisticsFilter) -> Sequence[MonthlyCreances]:
        C = CreanceRow
        month = self._month(col(C.opened_at), where).label("month")
        query = select(month, func.count(), func.sum(col(C.amount_claimed_cents)),
                       func.sum(func.coalesce(col(C.amount_recovered_cents), 0))).where(_in_period(col(C.opened_at), where))
        if where.collectivite:
            query = query.where(col(C.collectivite) == where.collectivite)
        if where.maison:
            query = query.where(exists().where(col(B.collectivite) == col(C.collectivite),
                                               col(B.iodas_id) == col(C.iodas_id), col(B.maison_code) == where.maison))
        return [MonthlyCreances(month=m, opened=n, claimed=_euros(claimed), recovered=_euros(recovered))
                for m, n, claimed, recovered in self._rows(query.group_by(month).order_by(month))]


def _euros(cents: int | None) -> Decimal:
    return Decimal(int(cents or 0)) / 100
