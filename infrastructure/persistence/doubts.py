"""The doubt queue in SQL: AMBIGUOUS automatic decisions that no corrected decision supersedes."""

from collections.abc import Sequence

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from domain.decision import Decision, DecisionKind
from domain.doubt import Doubt
from domain.outcome import Outcome
from infrastructure.persistence import mappers
from infrastructure.persistence.tables import DecisionRow, SearchRequestRow


class SqlDoubtQueue:
    def __init__(self, session: Session) -> None:
        self._session = session

    def waiting(self, collectivites: Sequence[str]) -> Sequence[Doubt]:
        settled = aliased(DecisionRow)
        query = (
            select(DecisionRow, SearchRequestRow)
            .join(SearchRequestRow, col(SearchRequestRow.id) == col(DecisionRow.request_id))
            .where(col(DecisionRow.outcome) == Outcome.AMBIGUOUS.value)
            .where(col(DecisionRow.kind) == DecisionKind.AUTOMATIC.value)
            .where(col(DecisionRow.collectivite).in_(list(collectivites)))
            .where(~select(settled.id).where(col(settled.supersedes) == col(DecisionRow.id)).exists())
            .order_by(col(SearchRequestRow.at), col(SearchRequestRow.reference))
        )
        return [Doubt(request=mappers.search_request(r), decision=mappers.decision(d))
                for d, r in self._session.exec(query)]

    def settled(self, collectivites: Sequence[str], limit: int) -> Sequence[tuple[Doubt, Decision]]:
        original = aliased(DecisionRow)
        query = (
            select(original, DecisionRow, SearchRequestRow)
            .join(DecisionRow, col(DecisionRow.supersedes) == col(original.id))
            .join(SearchRequestRow, col(SearchRequestRow.id) == col(original.request_id))
            .where(col(original.outcome) == Outcome.AMBIGUOUS.value)
            .where(col(original.collectivite).in_(list(collectivites)))
            .order_by(col(DecisionRow.decided_at).desc(), col(DecisionRow.id))
            .limit(limit)
        )
        return [(Doubt(request=mappers.search_request(r), decision=mappers.decision(o)), mappers.decision(c))
                for o, c, r in self._session.exec(query)]

    def decision(self, decision_id: str) -> Decision | None:
        row = self._session.get(DecisionRow, decision_id)
        return mappers.decision(row) if row else None

    def settlement_of(self, decision_id: str) -> Decision | None:
        row = self._session.exec(select(DecisionRow).where(col(DecisionRow.supersedes) == decision_id)).first()
        return mappers.decision(row) if row else None

    def settle(self, corrected: Decision) -> bool:
        """The unique index on `supersedes` turns a race between two agents into a clean refusal.

        It must be the first write of its transaction: a refusal rolls the transaction back. (No savepoint:
        with pysqlite, releasing a savepoint outside an explicit transaction would commit it.)
        """
        try:
            self._session.add(mappers.decision_row(corrected))
            self._session.flush()
        except IntegrityError:
            self._session.rollback()
            return False
        return True
