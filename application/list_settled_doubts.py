"""The doubts an agent's collectivité settled lately: who answered what, and how long the office waited."""

from collections.abc import Sequence
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.unit_of_work import UnitOfWorkFactory
from domain.decision import Decision
from domain.doubt import Doubt
from domain.errors import NotAuthorized


@dataclass(frozen=True, slots=True, kw_only=True)
class ListSettledDoubtsQuery:
    collectivites: Sequence[str]
    limit: int = 20


@dataclass(frozen=True, slots=True, kw_only=True)
class SettledDoubt:
    doubt: Doubt
    corrected: Decision
    agent_email: str
    waited_days: int


class ListSettledDoubts:
    """Business rules:
    - an agent sees only the doubts of their own collectivité;
    - the latest settlement comes first, with the days the office waited for it.
    """

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def execute(self, query: ListSettledDoubtsQuery) -> Result[Sequence[SettledDoubt], NotAuthorized]:
        if not query.collectivites:
            return Failure(NotAuthorized("Votre compte n'est rattaché à aucune collectivité."))
        with self._uow() as uow:
            settled = uow.doubts.settled(query.collectivites, query.limit)
            users = {c.decided_by: uow.users.get(c.decided_by) for _, c in settled if c.decided_by}
        return Success([
            SettledDoubt(doubt=d, corrected=c, waited_days=d.age_in_days(c.decided_at),
                         agent_email=(u.email if (u := users.get(c.decided_by or "")) else "—"))
            for d, c in settled
        ])
