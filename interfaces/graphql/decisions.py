"""Agents' and integrators' queries: decisions as a Relay-style connection, and one request by id."""

import base64
import binascii
from datetime import date, datetime
from typing import Annotated

import anyio.to_thread
import strawberry
from returns.result import Failure, Success

from application.list_decisions import DecisionFilter, DecisionPage, ListDecisionsCommand
from domain.decision import Decision
from domain.errors import NotAuthorized
from interfaces.graphql.context import Info
from interfaces.graphql.errors import Forbidden, Invalid
from interfaces.graphql.nodes import DecisionNode, DecisionStatus, SearchRequestNode
from interfaces.graphql.permissions import require_caller
from interfaces.graphql.types import Outcome


@strawberry.input(description="Période inclusive, en dates UTC.")
class PeriodInput:
    start: date | None = strawberry.field(default=None, description="Premier jour inclus ; sans limite si vide.")
    end: date | None = strawberry.field(default=None, description="Dernier jour inclus ; sans limite si vide.")


@strawberry.input(description="Filtres des décisions ; un filtre vide ne restreint rien, et les filtres donnés "
                              "se cumulent.")
class DecisionFilterInput:
    period: PeriodInput | None = strawberry.field(default=None, description="Période de la décision.")
    outcomes: list[Outcome] | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Les réponses retenues (l'une ou l'autre) ; toutes si vide.")
    office: str | None = strawberry.field(default=None, description="Numéro CRPCEN de l'étude.")
    status: DecisionStatus | None = strawberry.field(  # type: ignore[valid-type]
        default=None, description="Où en est la décision ; tous les états si vide.")


@strawberry.type(description="Une décision dans une page, avec son curseur.")
class DecisionEdge:
    cursor: str = strawberry.field(description="Curseur opaque de cette décision, à passer en « after ».")
    node: DecisionNode = strawberry.field(description="La décision.")


@strawberry.type(description="Où reprendre la lecture (pagination par curseur).")
class PageInfo:
    has_next_page: bool = strawberry.field(description="Vrai s'il reste des décisions après cette page.")
    end_cursor: str | None = strawberry.field(description="Curseur de la dernière décision de la page, à passer en "
                                                          "« after » pour la page suivante ; vide si la page est "
                                                          "vide.")


@strawberry.type(description="Une page de décisions, les plus récentes d'abord.")
class DecisionConnection:
    edges: list[DecisionEdge] = strawberry.field(description="Les décisions de la page.")
    page_info: PageInfo = strawberry.field(description="Pagination.")
    total_count: int = strawberry.field(description="Nombre de décisions répondant aux filtres, toutes pages "
                                                    "confondues.")


def _cursor(decision: Decision) -> str:
    return base64.urlsafe_b64encode(f"{decision.decided_at.isoformat()}|{decision.id}".encode()).decode()


def _position(cursor: str | None) -> tuple[datetime, str] | None:
    if cursor is None:
        return None
    try:
        at, _, decision_id = base64.urlsafe_b64decode(cursor.encode()).decode().partition("|")
        return datetime.fromisoformat(at), decision_id
    except (ValueError, binascii.Error, UnicodeError):
        raise Invalid("Curseur « after » invalide : reprenez l'endCursor d'une page précédente.") from None


def _filter(given: DecisionFilterInput | None) -> DecisionFilter:
    if given is None:
        return DecisionFilter()
    period = given.period or PeriodInput()
    return DecisionFilter(start=period.start, end=period.end, outcomes=frozenset(given.outcomes or ()),
                          crpcen=given.office, status=given.status)


def _connection(page: DecisionPage) -> DecisionConnection:
    edges = [DecisionEdge(cursor=_cursor(r.decision), node=DecisionNode.from_record(r)) for r in page.records]
    return DecisionConnection(edges=edges, total_count=page.total,
                              page_info=PageInfo(has_next_page=page.has_next,
                                                 end_cursor=edges[-1].cursor if edges else None))


@strawberry.type
class DecisionsQuery:
    @strawberry.field(description="Les décisions de votre collectivité, les plus récentes d'abord (100 au plus "
                                  "par page). Agents, administrateurs, intégrateurs habilités (decisions:read).")
    async def decisions(
        self, info: Info,
        filter: Annotated[DecisionFilterInput | None, strawberry.argument(description="Filtres ; aucun si vide.")]
        = None,
        first: Annotated[int, strawberry.argument(description="Nombre de décisions par page, de 1 à 100.")] = 20,
        after: Annotated[str | None, strawberry.argument(
            description="Reprendre après ce curseur (l'endCursor de la page précédente) ; du début si vide.")] = None,
    ) -> DecisionConnection:
        caller = require_caller(info)
        command = ListDecisionsCommand(caller=caller, filter=_filter(filter), first=first, after=_position(after),
                                       ip=info.context.ip)
        match await anyio.to_thread.run_sync(info.context.services.list_decisions.execute, command):
            case Success(page):
                return _connection(page)
            case Failure(NotAuthorized() as refused):
                raise Forbidden(refused.message)
            case Failure(error):
                raise Invalid(error.message)
        raise AssertionError("unreachable")

    @strawberry.field(description="Une demande par son identifiant ; rien si elle n'existe pas ou ne vous "
                                  "concerne pas.")
    async def request(
        self, info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="Identifiant de la demande (requestId).")],
    ) -> SearchRequestNode | None:
        caller = require_caller(info)
        view = await anyio.to_thread.run_sync(info.context.services.read_request.execute, caller, str(id)[:100],
                                              info.context.ip)
        if view is None:
            return None
        info.context.loaders.decisions_of_request.prime(view.request.id, list(view.records))
        return SearchRequestNode.from_domain(view.request)
