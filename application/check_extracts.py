"""Operators and agents check that each collectivité's IODAS extract is loaded every day."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from application.ports.clock import Clock
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.freshness import ExtractFreshness


@dataclass(frozen=True, slots=True, kw_only=True)
class CheckExtractsQuery:
    collectivites: Sequence[str] | None = None  # None: every collectivité served


class CheckExtracts:
    """Business rules:
    - an import counts once it loaded at least one person: a file refused whole leaves the data as old as before;
    - an extract older than the allowed age, or none at all, is stale: the daily job or the extraction failed.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, max_age: timedelta) -> None:
        self._uow, self._clock, self._max_age = uow, clock, max_age

    def execute(self, query: CheckExtractsQuery) -> Sequence[ExtractFreshness]:
        now = self._clock.now()
        with self._uow() as uow:
            served = [c for c in uow.collectivites.all()
                      if query.collectivites is None or c.code in query.collectivites]
            return [ExtractFreshness(collectivite=c.code, name=c.name, of_name=c.of_name, loaded_at=uow.imports.last_loaded(c.code),
                                     checked_at=now, max_age=self._max_age,
                                     people=uow.beneficiaries.name_facts(c.code).people) for c in served]
