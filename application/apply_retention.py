"""Applies the retention policy: `notaires retention apply`, and daily inside `notaires serve`."""

from collections.abc import Mapping
from dataclasses import dataclass

from application.ports.clock import Clock
from application.ports.retention_store import RetentionStore
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.audit import AuditEntry
from domain.retention import RetentionPolicy, add_months, keep_until

LOGIN_TRACES_MONTHS = 12


@dataclass(frozen=True, slots=True, kw_only=True)
class RetentionReport:
    examined: int
    anonymised: int
    login_attempts_purged: int
    audit_traces_purged: int = 0

    def summary(self) -> str:
        return (f"{self.examined} demandes examinées, {self.anonymised} anonymisées, "
                f"{self.examined - self.anonymised} conservées ; "
                f"{self.login_attempts_purged} traces de connexion supprimées, "
                f"{self.audit_traces_purged} connexions effacées du journal d'audit.")


class ApplyRetention:
    """Business rules:
    - each collectivité has its policy (domain.retention); on a request answered by several, the longest wins;
    - nothing tied to an open créance is touched;
    - anonymising a request also strips the IODAS numbers and comments from the audit entries about it;
    - sign-in traces are deleted after 12 months, in the audit trail too, where older entries lose their IP address;
      the rest of the audit trail (who did what, when) is kept;
    - each run is audited with its counts.
    """

    def __init__(self, store: RetentionStore, uow: UnitOfWorkFactory, clock: Clock,
                 policies: Mapping[str, RetentionPolicy], default: RetentionPolicy = RetentionPolicy()) -> None:
        self._store = store
        self._uow = uow
        self._clock = clock
        self._policies = policies
        self._default = default

    def execute(self) -> RetentionReport:
        now = self._clock.now()
        shortest = min(p.no_match_months for p in (self._default, *self._policies.values()))
        candidates = self._store.candidates(add_months(now, -shortest))
        due = [c.request_id for c in candidates
               if (end := keep_until(c.requested_at, c.answers, self._policies, self._default)) is not None
               and end <= now]
        self._store.anonymise(due, now)
        traces_end = add_months(now, -LOGIN_TRACES_MONTHS)
        purged = self._store.purge_login_attempts(traces_end)
        traces = self._store.purge_audit_traces(traces_end)
        report = RetentionReport(examined=len(candidates), anonymised=len(due), login_attempts_purged=purged,
                                 audit_traces_purged=traces)
        with self._uow() as uow:
            uow.audit.record(AuditEntry(at=now, actor_id=None, action="retention.applied",
                                        details={"examined": str(report.examined), "anonymised": str(len(due)),
                                                 "login_attempts_purged": str(purged),
                                                 "audit_traces_purged": str(traces)}))
            uow.commit()
        return report
