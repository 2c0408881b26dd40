"""The referential of the maisons du département, loaded by an administrator."""

from collections.abc import Sequence
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.importing import ImportReport, RejectedRow
from application.ports.clock import Clock
from application.ports.exclusive import Exclusive, unguarded
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.audit import AuditEntry
from domain.errors import InvalidInput
from domain.maison import Maison


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportMaisonsCommand:
    collectivite: str
    rows_read: int
    maisons: Sequence[Maison]
    rejected: Sequence[RejectedRow]
    actor_id: str | None = None  # the administrator; None from the command line


class ImportMaisons:
    """Business rules:
    - the import is audited;
    - a maison is known by its code within its collectivité, the code IODAS gives each beneficiary;
    - importing again updates names and addresses, and counts a maison repeated as it stands unchanged;
      maisons are never deleted.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, exclusive: Exclusive = unguarded) -> None:
        self._uow = uow
        self._clock = clock
        self._exclusive = exclusive  # two imports of one table at once would create the same rows

    def execute(self, command: ImportMaisonsCommand) -> Result[ImportReport, InvalidInput]:
        created = updated = unchanged = 0
        with self._exclusive(f"import-maisons-{command.collectivite}"), self._uow() as uow:
            if uow.collectivites.get(command.collectivite) is None:
                return Failure(InvalidInput(f"Collectivité inconnue : {command.collectivite}."))
            for maison in command.maisons:
                if uow.maisons.get(maison.collectivite, maison.code) == maison:
                    unchanged += 1
                elif uow.maisons.save(maison):
                    created += 1
                else:
                    updated += 1
            uow.audit.record(AuditEntry(at=self._clock.now(), actor_id=command.actor_id, action="maisons.imported",
                                        collectivite=command.collectivite,
                                        details={"lues": str(command.rows_read), "rejetées": str(len(command.rejected))}))
            uow.commit()
        return Success(ImportReport(rows_read=command.rows_read, created=created, updated=updated,
                                    unchanged=unchanged, rejected=tuple(command.rejected)))
