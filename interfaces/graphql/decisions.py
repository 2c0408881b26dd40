"""Agents' and integrators' queries: decisions as a Relay-style connection, and one request by id."""

import base64
import binascii
from datetime import date, datetime

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
    start: date | None = None
    end: date | None = None


@strawberry.input
class DecisionFilterInput:
    period: PeriodInput | None = None
    outcomes: list[Outcome] | None = None  # type: ignore[valid-type]
    office: str | None = strawberry.field(default=None, description="Numéro CRPCEN de l'étude.")
    status: DecisionStatus | None = None  # type: ignore[valid-type]


@strawberry.type
class DecisionEdge:
    cursor: str
    node: DecisionNode


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type
class DecisionConnection:
    edges: list[DecisionEdge]
    page_info: PageInfo
    total_count: int


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
    async def decisions(self, info: Info, filter: DecisionFilterInput | None = None, first: int = 20,
                        after: str | None = None) -> DecisionConnection:
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
    async def request(self, info: Info, id: strawberry.ID) -> SearchRequestNode | None:
        caller = require_caller(info)
        view = await anyio.to_thread.run_sync(info.context.services.read_request.execute, caller, str(id)[:100],
                                              info.context.ip)
        if view is None:
            return None
        info.context.loaders.decisions_of_request.prime(view.request.id, list(view.records))
        return SearchRequestNode.from_domain(view.request)
