"""The deaths still to report to IODAS, and the batches that reported the others, for each collectivité of the agent."""

from collections.abc import Sequence
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.list_imports import author_of
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.death_report import DeathBatch, DeathReport, once_per_person
from domain.errors import NotAuthorized


@dataclass(frozen=True, slots=True, kw_only=True)
class PendingDeathsQuery:
    collectivites: Sequence[str]  # the caller's scope


@dataclass(frozen=True, slots=True, kw_only=True)
class PastBatch:
    batch: DeathBatch  # without its reports
    author: str  # the e-mail of who created it, or « ligne de commande »


@dataclass(frozen=True, slots=True, kw_only=True)
class DeathsToReport:
    collectivite: str
    pending: tuple[DeathReport, ...]  # what the next batch would hold
    batches: tuple[PastBatch, ...]  # the latest first


class ListPendingDeaths:
    """Business rules:
    - an agent sees only their own collectivité's deaths and batches;
    - what is pending is what the next batch would hold: each person once, by the earliest search, and none that a
      batch already reported.
    """

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def execute(self, query: PendingDeathsQuery) -> Result[tuple[DeathsToReport, ...], NotAuthorized]:
        if not query.collectivites:
            return Failure(NotAuthorized("Votre compte n'est rattaché à aucune collectivité."))
        with self._uow() as uow:
            return Success(tuple(
                DeathsToReport(collectivite=code, pending=once_per_person(uow.deaths.pending([code])),
                               batches=tuple(PastBatch(batch=b, author=author_of(uow, b.created_by))
                                             for b in uow.deaths.batches([code])))
                for code in query.collectivites))
