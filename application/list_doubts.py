"""The doubtful cases an agent has to settle, the oldest first."""

from collections.abc import Sequence
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.doubt import Doubt
from domain.errors import NotAuthorized


@dataclass(frozen=True, slots=True, kw_only=True)
class ListDoubtsQuery:
    collectivites: Sequence[str]  # the caller's scope


@dataclass(frozen=True, slots=True, kw_only=True)
class WaitingDoubt:
    doubt: Doubt
    age_in_days: int
    office_name: str


class ListDoubts:
    """Business rules:
    - an agent sees only the doubts of their own collectivité;
    - the oldest request comes first, with its age in days.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def execute(self, query: ListDoubtsQuery) -> Result[Sequence[WaitingDoubt], NotAuthorized]:
        if not query.collectivites:
            return Failure(NotAuthorized("Votre compte n'est rattaché à aucune collectivité."))
        now = self._clock.now()
        with self._uow() as uow:
            doubts = uow.doubts.waiting(query.collectivites)
            names = {o.crpcen: o.name for o in uow.offices.all()} if doubts else {}
        return Success([
            WaitingDoubt(doubt=d, age_in_days=d.age_in_days(now), office_name=names.get(d.request.crpcen, d.request.crpcen))
            for d in doubts
        ])
