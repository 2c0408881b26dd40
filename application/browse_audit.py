"""Administrators read the audit trail: who did what, when, to what."""

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from returns.result import Failure, Result, Success

from application.ports.audit_queries import AuditFilter, AuditQueries
from application.ports.decision_reads import DecisionReads
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.audit import AuditEntry
from domain.errors import InvalidInput, NotAuthorized
from domain.jurisdiction import Jurisdiction
from domain.user import Role, User

PAGE_SIZE = 100
MAX_EXPORT = 50_000
_BATCH = 1_000  # ids per query: SQLite takes at most 32,766 parameters


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditQuery:
    actor: User
    where: AuditFilter
    actor_email: str | None = None  # filter by who did it, as typed by the administrator
    page: int = 1
    export: bool = False  # every matching entry (up to MAX_EXPORT), not one page


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditPage:
    entries: Sequence[AuditEntry]
    emails: dict[str, str]  # user id -> e-mail, for the actors and the accounts entries are about
    actions: Sequence[str]
    has_next: bool
    # request, decision or créance id -> the request's reference (« 2026-000042 »), which agents and notaries quote
    references: dict[str, str] = field(default_factory=dict)


class BrowseAudit:
    """Business rules:
    - only administrators read the audit trail;
    - an administrator attached to a collectivité reads its entries, and of the entries tied to no collectivité
      (sign-ins, searches, changes to offices and clerks' accounts, exports) those whose actor or target is an
      account or an office within its jurisdiction, as they stand now; one attached to none reads every entry;
    - an unknown e-mail in the filter finds nothing rather than everything.
    """

    def __init__(self, uow: UnitOfWorkFactory, queries: AuditQueries, reads: DecisionReads) -> None:
        self._uow, self._queries, self._reads = uow, queries, reads

    def execute(self, query: AuditQuery) -> Result[AuditPage, NotAuthorized | InvalidInput]:
        if query.actor.role is not Role.ADMIN or not query.actor.active:
            return Failure(NotAuthorized("Le journal d'audit est réservé aux administrateurs."))
        if query.where.start and query.where.end and query.where.end < query.where.start:
            return Failure(InvalidInput("La fin de la période précède son début."))
        where = self._within(query.actor, query.where)
        if query.actor_email:
            with self._uow() as uow:
                found = uow.users.by_email(query.actor_email.strip().lower())
            if found is None:
                return Success(AuditPage(entries=(), emails={}, actions=self._queries.actions(), has_next=False))
            where = replace(where, actor_id=found.id)
        size = MAX_EXPORT if query.export else PAGE_SIZE
        entries = list(self._queries.search(where, size + 1, 0 if query.export else (query.page - 1) * PAGE_SIZE))
        return Success(AuditPage(entries=entries[:size], emails=self._emails(entries), actions=self._queries.actions(),
                                 has_next=len(entries) > size, references=self._references(entries[:size])))

    def _within(self, actor: User, where: AuditFilter) -> AuditFilter:
        """The filter, narrowed to what the administrator's jurisdiction covers."""
        with self._uow() as uow:
            jurisdiction = Jurisdiction.of(actor, (c.code for c in uow.collectivites.all()))
            if jurisdiction.whole:
                return where
            offices = {o.crpcen: o for o in uow.offices.all()}
            accounts = [u.id for u in uow.users.all() if jurisdiction.sees_account(u, offices.get(u.crpcen or ""))]
        served = [crpcen for crpcen, office in offices.items() if jurisdiction.serves(office)]
        if where.collectivites is not None:  # some collectivités asked for: of those, its own
            return replace(where, collectivites=tuple(c for c in where.collectivites if jurisdiction.covers(c)))
        return replace(where, collectivites=jurisdiction.collectivites, about=tuple(accounts + served))

    def _emails(self, entries: Sequence[AuditEntry]) -> dict[str, str]:
        """Of the actors, and of the accounts that entries are about (created, disabled, locked…)."""
        ids = {e.actor_id for e in entries if e.actor_id} | {
            e.target for e in entries if e.target and e.action.startswith(("user.", "login."))}
        with self._uow() as uow:
            users = [uow.users.get(i) for i in ids]
        return {u.id: u.email for u in users if u is not None}

    def _references(self, entries: Sequence[AuditEntry]) -> dict[str, str]:
        """The entries are about requests (searches, readings), decisions (corrections) or créances, by id."""
        request_of: dict[str, str] = {}  # any id -> its request's id
        decision_ids: set[str] = set()
        creance_ids: set[str] = set()
        for e in entries:
            if e.target and e.action.startswith(("search.", "request.")):
                request_of[e.target] = e.target
            elif e.target and e.action.startswith("decision."):
                decision_ids.add(e.target)
            elif e.target and e.action.startswith("creance."):
                creance_ids.add(e.target)
            decision_ids.update(str(e.details[k]) for k in ("decision", "corrected") if e.details.get(k))
        with self._uow() as uow:
            for decision_id in decision_ids:
                if (decision := uow.doubts.decision(decision_id)) is not None:
                    request_of[decision_id] = decision.request_id
            for creance_id in creance_ids:
                if (creance := uow.creances.get(creance_id)) is not None:
                    request_of[creance_id] = creance.request_id
        wanted = sorted(set(request_of.values()))
        found = {r.id: r.reference for start in range(0, len(wanted), _BATCH)
                 for r in self._reads.requests(wanted[start:start + _BATCH])}
        return {key: found[request_id] for key, request_id in request_of.items() if request_id in found}
