"""The recovery cases of the agent's collectivité, and the « aide récupérable » answers still without one."""

from collections.abc import Sequence
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.unit_of_work import UnitOfWorkFactory
from domain.creance import Creance, CreanceStatus
from domain.decision import Decision
from domain.errors import NotAuthorized
from domain.search import SearchRequest


@dataclass(frozen=True, slots=True, kw_only=True)
class ListCreancesQuery:
    collectivites: Sequence[str]
    status: CreanceStatus | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CreanceLine:
    creance: Creance
    request: SearchRequest


@dataclass(frozen=True, slots=True, kw_only=True)
class DecisionToOpen:
    decision: Decision
    request: SearchRequest


@dataclass(frozen=True, slots=True, kw_only=True)
class CreanceBoard:
    cases: tuple[CreanceLine, ...]
    to_open: tuple[DecisionToOpen, ...]


class ListCreances:
    """Business rules:
    - an agent sees only their own collectivité's cases;
    - answers « aide récupérable » without a case are listed, the oldest first, so that none is forgotten.
    """

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def execute(self, query: ListCreancesQuery) -> Result[CreanceBoard, NotAuthorized]:
        if not query.collectivites:
            return Failure(NotAuthorized("Votre compte n'est rattaché à aucune collectivité."))
        with self._uow() as uow:
            requests: dict[str, SearchRequest] = {}

            def request(request_id: str) -> SearchRequest:
                if request_id not in requests:
                    found = uow.requests.get(request_id)
                    assert found is not None, "a decision always has its request"
                    requests[request_id] = found
                return requests[request_id]

            cases = tuple(CreanceLine(creance=c, request=request(c.request_id))
                          for c in uow.creances.search(query.collectivites, status=query.status))
            to_open = tuple(DecisionToOpen(decision=d, request=request(d.request_id))
                            for d in uow.creances.decisions_to_open(query.collectivites))
        return Success(CreanceBoard(cases=cases, to_open=to_open))
