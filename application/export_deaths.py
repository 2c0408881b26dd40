"""A batch of the deaths learnt since the last one, to hand over to IODAS: the nightly command, or an agent."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.exclusive import Exclusive, unguarded
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.audit import AuditEntry
from domain.death_report import DeathBatch, NothingToReport, once_per_person
from domain.errors import NotAuthorized


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportDeathsCommand:
    collectivite: str
    collectivites: Sequence[str]  # the caller's scope
    actor_id: str | None = None  # None: the nightly command
    ip: str | None = None


class ExportDeaths:
    """Business rules:
    - a batch holds, for one collectivité, the deaths that no earlier batch reported: each is reported once;
    - a person found by several searches is reported once, by the earliest search;
    - with nothing new, no batch is made;
    - an agent exports only their own collectivité's deaths;
    - the batch and its audit entry are written in the same transaction, before the file is handed over;
    - two exports for one collectivité (the nightly one and an agent's) run one after the other, so that no death
      goes into two batches.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, exclusive: Exclusive = unguarded) -> None:
        self._uow = uow
        self._clock = clock
        self._exclusive = exclusive

    def execute(self, command: ExportDeathsCommand) -> Result[DeathBatch, NotAuthorized | NothingToReport]:
        if command.collectivite not in command.collectivites:
            return Failure(NotAuthorized("Ces décès ne relèvent pas de votre collectivité."))
        with self._exclusive(f"deaths-{command.collectivite}"), self._uow() as uow:
            reports = once_per_person(uow.deaths.pending([command.collectivite]))
            if not reports:
                return Failure(NothingToReport())
            now = self._clock.now()
            batch = DeathBatch(id=str(uuid.uuid4()), collectivite=command.collectivite,
                               number=uow.deaths.last_number(command.collectivite) + 1, created_at=now,
                               created_by=command.actor_id, size=len(reports), reports=reports)
            uow.deaths.add(batch)
            uow.audit.record(AuditEntry(at=now, actor_id=command.actor_id, action="deaths.exported", target=batch.id,
                                        collectivite=batch.collectivite, ip=command.ip,
                                        details={"batch": str(batch.number), "deaths": str(batch.size)}))
            uow.commit()
        return Success(batch)
