"""One search request by its id: its office's notaries, or the collectivités that answered it."""

from dataclasses import dataclass

from application.ports.clock import Clock
from application.ports.decision_reads import DecisionReads, DecisionRecord
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.access import Caller
from domain.audit import AuditEntry
from domain.identifiers import is_identifier
from domain.search import SearchRequest


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestView:
    request: SearchRequest
    records: tuple[DecisionRecord, ...]  # only those the caller may see


class ReadRequest:
    """Business rules:
    - a notary reads only their own office's requests; an agent or integrator only those their
      collectivité answered, with only its own decisions;
    - an unknown id and a forbidden one look the same: nothing, so ids cannot be probed;
    - every read is audited, refused ones too;
    - an id that is no identifier of ours is refused before any look-up, and audited without it: the trail (and its
      CSV export) never holds what a caller typed there.
    """

    def __init__(self, reads: DecisionReads, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._reads = reads
        self._uow = uow
        self._clock = clock

    def execute(self, caller: Caller, request_id: str, ip: str | None = None) -> RequestView | None:
        if not is_identifier(request_id):
            self._audit(caller, False, None, ip)
            return None
        found = self._reads.requests([request_id])
        records = tuple(self._reads.decisions_of([request_id])) if found else ()
        allowed = bool(found) and caller.sees_request(found[0], tuple(r.decision for r in records))
        self._audit(caller, allowed, request_id, ip)
        if not allowed:
            return None
        request = found[0]
        return RequestView(request=request,
                           records=tuple(r for r in records if caller.sees_decision(r.decision, request)))

    def _audit(self, caller: Caller, allowed: bool, request_id: str | None, ip: str | None) -> None:
        with self._uow() as uow:
            uow.audit.record(AuditEntry(at=self._clock.now(), actor_id=caller.id,
                                        action="request.read" if allowed else "request.refused", target=request_id,
                                        collectivite=caller.collectivite, ip=ip))
            uow.commit()
