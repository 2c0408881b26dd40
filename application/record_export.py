"""A CSV export leaves the service: the audit trail says who took what."""

from collections.abc import Mapping
from dataclasses import dataclass, field

from application.ports.clock import Clock
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.audit import AuditEntry


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportCommand:
    actor_id: str
    table: str  # what was exported, e.g. "statistiques.recherches"
    rows: int
    collectivite: str | None = None
    ip: str | None = None
    filters: Mapping[str, str] = field(default_factory=dict)


class RecordExport:
    """Business rules:
    - every export is written to the audit trail before the file is handed over, with its filters and size.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def execute(self, command: ExportCommand) -> None:
        with self._uow() as uow:
            uow.audit.record(AuditEntry(
                at=self._clock.now(), actor_id=command.actor_id, action="export.csv", target=command.table,
                collectivite=command.collectivite, ip=command.ip,
                details={**command.filters, "lignes": str(command.rows)},
            ))
            uow.commit()
