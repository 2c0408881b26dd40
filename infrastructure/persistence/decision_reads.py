"""Batched SQL reads of decisions, requests and offices, for GraphQL's DataLoaders."""

from collections.abc import Sequence
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import Engine, and_, exists, func, or_
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, select

from application.ports.decision_reads import DecisionQuery, DecisionRecord
from domain.decision_status import DecisionStatus
from domain.office import NotarialOffice
from domain.outcome import Outcome
from domain.search import SearchRequest
from infrastructure.persistence import mappers
from infrastructure.persistence.tables import DecisionRow, OfficeRow, SearchRequestRow

D = DecisionRow


def _superseded() -> ColumnElement[bool]:
    later = aliased(DecisionRow)
    return exists().where(col(later.supersedes) == col(D.id))


def _where(query: DecisionQuery) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = [col(D.collectivite) == query.collectivite]
    if query.start:
        clauses.append(col(D.decided_at) >= datetime.combine(query.start, time(), UTC))
    if query.end:
        clauses.append(col(D.decided_at) < datetime.combine(query.end + timedelta(days=1), time(), UTC))
    if query.outcomes:
        clauses.append(col(D.outcome).in_(sorted(o.value for o in query.outcomes)))
    if query.crpcen:
        clauses.append(exists().where(col(SearchRequestRow.id) == col(D.request_id),
                                      col(SearchRequestRow.crpcen) == query.crpcen))
    if query.status is DecisionStatus.SUPERSEDED:
        clauses.append(_superseded())
    elif query.status is not None:
        ambiguous = col(D.outcome) == Outcome.AMBIGUOUS.value
        clauses += [~_superseded(), ambiguous if query.status is DecisionStatus.TO_REVIEW else ~ambiguous]
    return clauses


class SqlDecisionReads:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def _all(self, statement: Any) -> Sequence[Any]:
        with Session(self._engine) as session:
            return list(session.exec(statement))

    def page(self, query: DecisionQuery) -> Sequence[DecisionRecord]:
        clauses = _where(query)
        if query.after:
            at, last_id = mappers.to_db_time(query.after[0]), query.after[1]
            clauses.append(or_(col(D.decided_at) < at, and_(col(D.decided_at) == at, col(D.id) < last_id)))
        statement = (select(D, _superseded().label("superseded")).where(*clauses)
                     .order_by(col(D.decided_at).desc(), col(D.id).desc()).limit(query.limit))
        return [DecisionRecord(decision=mappers.decision(row), superseded=bool(gone))
                for row, gone in self._all(statement)]

    def count(self, query: DecisionQuery) -> int:
        with Session(self._engine) as session:
            return int(session.exec(select(func.count()).select_from(D).where(*_where(query))).one())

    def requests(self, request_ids: Sequence[str]) -> Sequence[SearchRequest]:
        rows = self._all(select(SearchRequestRow).where(col(SearchRequestRow.id).in_(list(request_ids))))
        return [mappers.search_request(r) for r in rows]

    def decisions_of(self, request_ids: Sequence[str]) -> Sequence[DecisionRecord]:
        statement = (select(D, _superseded().label("superseded")).where(col(D.request_id).in_(list(request_ids)))
                     .order_by(col(D.decided_at), col(D.id)))
        return [DecisionRecord(decision=mappers.decision(row), superseded=bool(gone))
                for row, gone in self._all(statement)]

    def offices(self, crpcens: Sequence[str]) -> Sequence[NotarialOffice]:
        rows = self._all(select(OfficeRow).where(col(OfficeRow.crpcen).in_(list(crpcens))))
        return [NotarialOffice(crpcen=r.crpcen, name=r.name, email=r.email) for r in rows]
