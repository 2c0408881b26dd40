"""The request log in SQL: searches and decisions, written together, never updated."""

from collections.abc import Sequence

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, SQLModel, col, select

from domain.decision import Decision
from domain.search import SearchRequest
from infrastructure.persistence import mappers
from infrastructure.persistence.tables import DecisionRow, SearchRequestRow


class SqlRequestLog:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, request: SearchRequest, decisions: Sequence[Decision]) -> None:
        self._session.add(mappers.request_row(request))
        self._session.flush()
        for d in decisions:
            self._session.add(mappers.decision_row(d))
        self._session.flush()

    def get(self, request_id: str) -> SearchRequest | None:
        row = self._session.get(SearchRequestRow, request_id)
        return mappers.search_request(row) if row else None

    def decisions_for(self, request_id: str) -> Sequence[Decision]:
        query = select(DecisionRow).where(col(DecisionRow.request_id) == request_id).order_by(col(DecisionRow.decided_at))
        return [mappers.decision(r) for r in self._session.exec(query)]

    def next_reference(self, year: int) -> str:
        """An atomic upsert, so that concurrent searches never share a reference."""
        dialect = postgresql if self._session.get_bind().dialect.name == "postgresql" else sqlite
        table = SQLModel.metadata.tables["reference_counter"]
        stmt = (
            dialect.insert(table)
            .values(year=year, last=1)
            .on_conflict_do_update(index_elements=["year"], set_={"last": table.c.last + 1})
            .returning(table.c.last)
        )
        number = self._session.connection().execute(stmt).scalar_one()
        return f"{year}-{number:06d}"
