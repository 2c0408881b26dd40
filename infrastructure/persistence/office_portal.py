"""SQL adapters for the notary's own pages: the office's history and the terms accepted."""

from collections.abc import Sequence

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from domain.search import SearchRequest
from domain.terms import TermsAcceptance
from infrastructure.persistence import mappers
from infrastructure.persistence.tables import SearchRequestRow, TermsAcceptanceRow


class SqlRequestHistory:
    def __init__(self, session: Session) -> None:
        self._session = session

    def for_office(self, crpcen: str, limit: int, offset: int, search: str = "") -> Sequence[SearchRequest]:
        query = select(SearchRequestRow).where(col(SearchRequestRow.crpcen) == crpcen)
        if term := search.strip().lower():
            pattern = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            query = query.where(or_(*(func.lower(column).like(pattern, escape="\\") for column in (
                col(SearchRequestRow.reference), col(SearchRequestRow.last_name), col(SearchRequestRow.birth_name)))))
        query = (query.order_by(col(SearchRequestRow.at).desc(), col(SearchRequestRow.reference).desc())
                 .offset(offset).limit(limit))
        return [mappers.search_request(r) for r in self._session.exec(query)]


class SqlTermsLog:
    def __init__(self, session: Session) -> None:
        self._session = session

    def accepted(self, user_id: str, version: str) -> TermsAcceptance | None:
        row = self._session.get(TermsAcceptanceRow, (user_id, version))
        if row is None:
            return None
        return TermsAcceptance(user_id=row.user_id, version=row.version,
                               accepted_at=mappers.from_db_time(row.accepted_at), ip=row.ip)

    def record(self, acceptance: TermsAcceptance) -> None:
        self._session.add(TermsAcceptanceRow(user_id=acceptance.user_id, version=acceptance.version,
                                             accepted_at=mappers.to_db_time(acceptance.accepted_at), ip=acceptance.ip))
