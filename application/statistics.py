"""Steering statistics for agents and administrators."""

from dataclasses import dataclass
from datetime import date

from returns.result import Failure, Result, Success

from application.ports.statistics_queries import StatisticsQueries
from domain.errors import InvalidInput, NotAuthorized
from domain.statistics import DoubtResolution, Statistics, StatisticsFilter, median
from domain.user import Role, User

BACK_OFFICE_ONLY = NotAuthorized("Les statistiques sont réservées aux agents et aux administrateurs.")


@dataclass(frozen=True, slots=True, kw_only=True)
class StatisticsCommand:
    actor: User
    start: date
    end: date
    collectivite: str | None = None
    maison: str | None = None


class ComputeStatistics:
    """Business rules:
    - notaries never see statistics;
    - an agent sees only their own collectivité's figures, and so does an administrator attached to one; an
      administrator of every collectivité chooses;
    - the period is inclusive and must not end before it starts.
    """

    def __init__(self, queries: StatisticsQueries) -> None:
        self._queries = queries

    def execute(self, command: StatisticsCommand) -> Result[Statistics, NotAuthorized | InvalidInput]:
        actor = command.actor
        if not actor.active or actor.role is Role.NOTARY:
            return Failure(BACK_OFFICE_ONLY)
        collectivite = command.collectivite
        if actor.role is Role.AGENT or actor.collectivite is not None:
            if collectivite not in (None, actor.collectivite):
                return Failure(NotAuthorized("Vous ne voyez que les chiffres de votre collectivité."))
            collectivite = actor.collectivite
        if command.end < command.start:
            return Failure(InvalidInput("La fin de la période précède son début."))
        where = StatisticsFilter(start=command.start, end=command.end, collectivite=collectivite,
                                 maison=command.maison or None)
        return Success(self._compute(where))

    def _compute(self, where: StatisticsFilter) -> Statistics:
        q = self._queries
        return Statistics(
            filter=where,
            searches_by_month=tuple(q.searches_by_month(where)),
            office_use=tuple(q.office_use(where)),
            logins_by_month=tuple(q.logins_by_month(where)),
            doubts=DoubtResolution(resolved=len(delays := list(q.doubt_delays(where))),
                                   pending=q.pending_doubts(where), median_delay=median(delays)),
            creances_by_month=tuple(q.creances_by_month(where)),
            maisons=tuple(q.maison_codes(where.collectivite)),
        )
