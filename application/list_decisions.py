"""Agents and integrators page through their collectivité's decisions."""

from dataclasses import dataclass, field
from datetime import date, datetime

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.decision_reads import DecisionQuery, DecisionReads, DecisionRecord
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.access import Caller
from domain.api_token import Scope
from domain.audit import AuditEntry
from domain.decision_status import DecisionStatus
from domain.errors import InvalidInput, NotAuthorized
from domain.outcome import Outcome

MAX_PAGE = 100
DECISIONS_REFUSED = NotAuthorized(
    "Les décisions sont réservées aux agents, aux administrateurs et aux intégrateurs habilités (decisions:read).")


@dataclass(frozen=True, slots=True, kw_only=True)
class DecisionFilter:
    start: date | None = None
    end: date | None = None
    outcomes: frozenset[Outcome] = frozenset()
    crpcen: str | None = None
    status: DecisionStatus | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ListDecisionsCommand:
    caller: Caller
    filter: DecisionFilter = field(default_factory=DecisionFilter)
    first: int = 20
    after: tuple[datetime, str] | None = None
    ip: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DecisionPage:
    records: tuple[DecisionRecord, ...]
    has_next: bool
    total: int


class ListDecisions:
    """Business rules:
    - only agents, administrators and integrators with decisions:read may list, and only their collectivité;
    - a page holds at most 100 decisions; the period must not end before it starts;
    - every listing is audited with its filter and size.
    """

    def __init__(self, reads: DecisionReads, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._reads = reads
        self._uow = uow
        self._clock = clock

    def execute(self, command: ListDecisionsCommand) -> Result[DecisionPage, NotAuthorized | InvalidInput]:
        caller, f = command.caller, command.filter
        if not caller.may(Scope.DECISIONS_READ) or caller.collectivite is None:
            return Failure(DECISIONS_REFUSED)
        if not 1 <= command.first <= MAX_PAGE:
            return Failure(InvalidInput(f"« first » doit être compris entre 1 et {MAX_PAGE}."))
        if f.start and f.end and f.end < f.start:
            return Failure(InvalidInput("La fin de la période précède son début."))
        query = DecisionQuery(collectivite=caller.collectivite, start=f.start, end=f.end, outcomes=f.outcomes,
                              crpcen=f.crpcen, status=f.status, after=command.after, limit=command.first + 1)
        found = self._reads.page(query)
        visible = tuple(r for r in found[:command.first] if caller.sees_decision(r.decision))
        page = DecisionPage(records=visible, has_next=len(found) > command.first, total=self._reads.count(query))
        self._audit(command, len(visible))
        return Success(page)

    def _audit(self, command: ListDecisionsCommand, size: int) -> None:
        f = command.filter
        details = {"first": str(command.first), "returned": str(size), "crpcen": f.crpcen or "",
                   "outcomes": " ".join(sorted(f.outcomes)), "status": f.status or "",
                   "period": f"{f.start or ''}..{f.end or ''}"}
        with self._uow() as uow:
            uow.audit.record(AuditEntry(at=self._clock.now(), actor_id=command.caller.id, action="decisions.listed",
                                        collectivite=command.caller.collectivite, ip=command.ip, details=details))
            uow.commit()
