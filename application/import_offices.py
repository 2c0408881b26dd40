"""The Chambre des notaires' CRPCEN table: offices and their generic e-mail."""

from collections.abc import Sequence
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.importing import ImportReport, RejectedRow
from application.ports.clock import Clock
from application.ports.exclusive import Exclusive, unguarded
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.audit import AuditEntry
from domain.errors import InvalidInput
from domain.office import NotarialOffice


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportOfficesCommand:
    collectivite: str
    rows_read: int
    offices: Sequence[NotarialOffice]
    rejected: Sequence[RejectedRow]
    actor_id: str | None = None  # the administrator; None from the command line


class ImportOffices:
    """Business rules:
    - the import is audited;
    - an office keeps its agreements with other collectivités;
    - the imported table registers each office with the importing collectivité;
    - an office the table repeats as it stands is counted unchanged, not updated, so that a re-import shows it
      changed nothing.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, exclusive: Exclusive = unguarded) -> None:
        self._uow = uow
        self._clock = clock
        self._exclusive = exclusive  # two imports of one table at once would create the same rows

    def execute(self, command: ImportOfficesCommand) -> Result[ImportReport, InvalidInput]:
        created = updated = unchanged = 0
        with self._exclusive("import-offices"), self._uow() as uow:  # offices are shared by the collectivités
            if uow.collectivites.get(command.collectivite) is None:
                return Failure(InvalidInput(f"Collectivité inconnue : {command.collectivite}."))
            for office in command.offices:
                existing = uow.offices.get(office.crpcen)
                agreements = (existing.collectivites if existing else frozenset()) | {command.collectivite}
                imported = NotarialOffice(crpcen=office.crpcen, name=office.name, email=office.email,
                                          collectivites=agreements)
                if imported == existing:
                    unchanged += 1
                    continue
                uow.offices.save(imported)
                created, updated = (created, updated + 1) if existing else (created + 1, updated)
            uow.audit.record(AuditEntry(at=self._clock.now(), actor_id=command.actor_id, action="offices.imported",
                                        collectivite=command.collectivite,
                                        details={"lues": str(command.rows_read), "rejetées": str(len(command.rejected))}))
            uow.commit()
        return Success(ImportReport(rows_read=command.rows_read, created=created, updated=updated,
                                    unchanged=unchanged, rejected=tuple(command.rejected)))
