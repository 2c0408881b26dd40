"""statistics(period, groupBy): the back-office dashboard's figures, for agents and integrators."""

from datetime import date
from enum import Enum

import anyio.to_thread
import strawberry
from returns.result import Failure, Success

from application.statistics import StatisticsCommand
from domain.access import Caller, Profile
from domain.api_token import Scope
from domain.errors import NotAuthorized
from domain.outcome import Outcome as DomainOutcome
from domain.statistics import Statistics
from domain.user import Role, User
from interfaces.graphql.context import Info
from interfaces.graphql.errors import Forbidden, Invalid
from interfaces.graphql.permissions import require_caller
from interfaces.graphql.types import Outcome

STATISTICS_REFUSED = ("Les statistiques sont réservées aux agents, aux administrateurs et aux intégrateurs "
                      "habilités (statistics:read).")


@strawberry.enum(description="Regroupement des recherches.")
class StatisticsGrouping(Enum):
    MONTH = "month"
    OFFICE = "office"
    OUTCOME = "outcome"


@strawberry.input(description="Période inclusive, en dates UTC.")
class StatisticsPeriod:
    start: date
    end: date


@strawberry.type
class StatisticsRow:
    key: str = strawberry.field(description="Le mois (AAAA-MM), le CRPCEN de l'étude, ou la réponse.")
    label: str | None
    outcome: Outcome | None  # type: ignore[valid-type]
    searches: int


@strawberry.type(name="Statistics")
class StatisticsResult:
    start: date
    end: date
    collectivite: str | None
    total_searches: int
    ambiguous_share: float | None
    doubts_resolved: int
    doubts_pending: int
    median_doubt_hours: float | None
    rows: list[StatisticsRow]


def _rows(stats: Statistics, group_by: StatisticsGrouping) -> list[StatisticsRow]:
    if group_by is StatisticsGrouping.OFFICE:
        return [StatisticsRow(key=o.crpcen, label=o.name, outcome=None, searches=o.searches) for o in stats.office_use]
    if group_by is StatisticsGrouping.OUTCOME:
        totals = {o: sum(m.searches for m in stats.searches_by_month if m.outcome is o) for o in DomainOutcome}
        return [StatisticsRow(key=o.value, label=None, outcome=o, searches=n) for o, n in totals.items() if n]
    return [StatisticsRow(key=m.month, label=None, outcome=m.outcome, searches=m.searches)
            for m in stats.searches_by_month]


def _actor(info: Info, caller: Caller) -> User:
    """ComputeStatistics applies the agents' rule (own collectivité only) to an integrator too."""
    if caller.profile is Profile.INTEGRATOR:
        return User(id=caller.id, email=f"jeton:{caller.id}", role=Role.AGENT, password_hash="",
                    collectivite=caller.collectivite)
    assert info.context.user is not None
    return info.context.user


@strawberry.type
class StatisticsQuery:
    @strawberry.field(description="Les chiffres du tableau de bord. Agents, administrateurs, intégrateurs "
                                  "habilités (statistics:read).")
    async def statistics(self, info: Info, period: StatisticsPeriod,
                         group_by: StatisticsGrouping = StatisticsGrouping.MONTH,
                         collectivite: str | None = None) -> StatisticsResult:
        caller = require_caller(info)
        if not caller.may(Scope.STATISTICS_READ):
            raise Forbidden(STATISTICS_REFUSED)
        command = StatisticsCommand(actor=_actor(info, caller), start=period.start, end=period.end,
                                    collectivite=collectivite)
        match await anyio.to_thread.run_sync(info.context.services.statistics.execute, command):
            case Success(stats):
                return _result(stats, group_by)
            case Failure(NotAuthorized() as refused):
                raise Forbidden(refused.message)
            case Failure(error):
                raise Invalid(error.message)
        raise AssertionError("unreachable")


def _result(stats: Statistics, group_by: StatisticsGrouping) -> StatisticsResult:
    delay = stats.doubts.median_delay
    return StatisticsResult(
        start=stats.filter.start, end=stats.filter.end, collectivite=stats.filter.collectivite,
        total_searches=stats.total_searches, ambiguous_share=stats.ambiguous_share,
        doubts_resolved=stats.doubts.resolved, doubts_pending=stats.doubts.pending,
        median_doubt_hours=delay.total_seconds() / 3600 if delay is not None else None, rows=_rows(stats, group_by),
    )
