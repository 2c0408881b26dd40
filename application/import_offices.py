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
from domain.jurisdiction import Jurisdiction
from domain.office import NotarialOffice


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportOfficesCommand:
    collectivite: str
    rows_read: int
    offices: Sequence[NotarialOffice]
    rejected: Sequence[RejectedRow]
    jurisdiction: Jurisdiction  # the administrator's; every collectivité from the command line
    actor_id: str | None = None  # the administrator; None from the command line


class ImportOffices:
    """Business rules:
    - the import is audited;
    - an office keeps its agreements with other collectivités;
    - the imported table registers each office with the importing collectivité, which must be the administrator's;
    - an office's name and generic address change only as the administrator may change them by hand: an
      administrator attached to a collectivité leaves those of an office another collectivité serves as they are,
      and the report lists the offices the table would have changed;
    - an office the table repeats as it stands is counted unchanged, not updated, so that a re-import shows it
      changed nothing.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, exclusive: Exclusive = unguarded) -> None:
        self._uow = uow
        self._clock = clock
        self._exclusive = exclusive  # two imports of one table at once would create the same rows

    def execute(self, command: ImportOfficesCommand) -> Result[ImportReport, InvalidInput]:
        created = updated = unchanged = 0
        kept: list[str] = []  # offices whose name or address another collectivité's administrators keep
        if not command.jurisdiction.covers(command.collectivite):
            return Failure(InvalidInput("Vous ne pouvez importer la table que pour votre collectivité.",
                                        "collectivite"))
        with self._exclusive("import-offices"), self._uow() as uow:  # offices are shared by the collectivités
            if uow.collectivites.get(command.collectivite) is None:
                return Failure(InvalidInput(f"Collectivité inconnue : {command.collectivite}."))
            for office in command.offices:
                existing = uow.offices.get(office.crpcen)
                imported = _imported(office, existing, command)
                if existing and (imported.name, imported.email) != (office.name, office.email):
                    kept.append(office.crpcen)
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
                                    unchanged=unchanged, rejected=tuple(command.rejected), shared_offices=tuple(kept)))


def _imported(office: NotarialOffice, existing: NotarialOffice | None, command: ImportOfficesCommand) -> NotarialOffice:
    """The table's office, registered with the importing collectivité too; its name and address, unless the
    administrator may not change those of the office as it stands."""
    agreements = (existing.collectivites if existing else frozenset()) | {command.collectivite}
    named = existing if existing and not command.jurisdiction.renames(existing) else office
    return NotarialOffice(crpcen=office.crpcen, name=named.name, email=named.email, collectivites=agreements)
