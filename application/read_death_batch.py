"""A past batch of deaths, downloaded again: the same file as when it was made."""

from collections.abc import Sequence
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.audit import AuditEntry
from domain.death_report import DeathBatch, DeathBatchNotFound


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadDeathBatchQuery:
    batch_id: str
    collectivites: Sequence[str]  # the caller's scope
    actor_id: str
    ip: str | None = None


class ReadDeathBatch:
    """Business rules:
    - a batch of another collectivité reads as not found;
    - each download is in the audit trail: the file names the dead and their IODAS numbers.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def execute(self, query: ReadDeathBatchQuery) -> Result[DeathBatch, DeathBatchNotFound]:
        with self._uow() as uow:
            batch = uow.deaths.get(query.batch_id)
            if batch is None or batch.collectivite not in query.collectivites:
                return Failure(DeathBatchNotFound())
            uow.audit.record(AuditEntry(at=self._clock.now(), actor_id=query.actor_id, action="deaths.downloaded",
                                        target=batch.id, collectivite=batch.collectivite, ip=query.ip,
                                        details={"batch": str(batch.number), "deaths": str(batch.size)}))
            uow.commit()
        return Success(batch)
