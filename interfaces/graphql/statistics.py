"""statistics(period, groupBy): the back-office dashboard's figures, for agents and integrators."""

from datetime import date
from enum import Enum
from typing import Annotated

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


@strawberry.enum(description="Regroupement des recherches dans les lignes (rows) des statistiques.")
class StatisticsGrouping(Enum):
    MONTH = strawberry.enum_value("month", description="Une ligne par mois (heure de Paris) et par réponse.")
    OFFICE = strawberry.enum_value("office", description="Une ligne par étude notariale.")
    OUTCOME = strawberry.enum_value("outcome", description="Une ligne par réponse, sur toute la période.")


@strawberry.input(description="Période inclusive, en jours de l'heure de Paris.")
class StatisticsPeriod:
    start: date = strawberry.field(description="Premier jour inclus.")
    end: date = strawberry.field(description="Dernier jour inclus (pas avant start).")


@strawberry.type(description="Un nombre de recherches, pour un mois, une étude ou une réponse.")
class StatisticsRow:
    key: str = strawberry.field(description="Le mois (AAAA-MM), le CRPCEN de l'étude, ou la réponse.")
    label: str | None = strawberry.field(description="Le nom de l'étude (regroupement OFFICE) ; vide sinon.")
    outcome: Outcome | None = strawberry.field(  # type: ignore[valid-type]
        description="La première réponse donnée, la plus importante des collectivités (regroupements "
                    "MONTH et OUTCOME) ; vide pour OFFICE.")
    searches: int = strawberry.field(description="Nombre de recherches.")


@strawberry.type(name="Statistics", description="Les chiffres du tableau de bord sur une période.")
class StatisticsResult:
    start: date = strawberry.field(description="Premier jour de la période (inclus).")
    end: date = strawberry.field(description="Dernier jour de la période (inclus).")
    collectivite: str | None = strawberry.field(description="Code de la collectivité comptée ; vide quand toutes "
                                                            "le sont.")
    total_searches: int = strawberry.field(description="Nombre de recherches faites pendant la période.")
    ambiguous_share: float | None = strawberry.field(
        description="Part des recherches dont la première réponse a été AMBIGUOUS (un doute pour un agent) : une "
                    "fraction de 0 à 1 (0.25 pour 25 %), pas un pourcentage ; vide si aucune recherche.")
    doubts_resolved: int = strawberry.field(
        description="Nombre de doutes nés des recherches de la période et levés depuis par un agent.")
    doubts_pending: int = strawberry.field(
        description="Nombre de doutes nés des recherches de la période et encore en attente d'un agent.")
    median_doubt_hours: float | None = strawberry.field(
        description="Délai médian de levée d'un doute, en heures (décimales : 1.5 pour 1 h 30 ; 36 pour un jour "
                    "et demi) ; vide si aucun doute n'a été levé.")
    rows: list[StatisticsRow] = strawberry.field(description="Les recherches, regroupées selon groupBy.")


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
    async def statistics(
        self, info: Info,
        period: Annotated[StatisticsPeriod, strawberry.argument(description="La période comptée.")],
        group_by: Annotated[StatisticsGrouping, strawberry.argument(
            description="Regroupement des lignes (rows) ; par mois si vide.")] = StatisticsGrouping.MONTH,
        collectivite: Annotated[str | None, strawberry.argument(
            description="Code d'une collectivité ; toutes si vide. Un agent, ou un administrateur rattaché, ne "
                        "voit que la sienne.")] = None,
    ) -> StatisticsResult:
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
