"""The daily IODAS extract updates a collectivité's beneficiaries."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.importing import ImportReport, ImportRun, RejectedRow
from application.ports.clock import Clock
from application.ports.exclusive import Exclusive, unguarded
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.audit import AuditEntry
from domain.beneficiary import Beneficiary
from domain.errors import InvalidInput


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedExtract:
    rows_read: int
    beneficiaries: Sequence[Beneficiary]
    rejected: Sequence[RejectedRow]


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportBeneficiariesCommand:
    collectivite: str
    extract: ParsedExtract
    source: str = ""
    actor_id: str | None = None


class ImportBeneficiaries:
    """Business rules:
    - re-importing the same extract changes nothing;
    - a later extract updates people and adds new ones and new aids, and never deletes history;
    - rejected rows are reported with their line; the good rows load;
    - every import is kept in the history with its report and rejected rows, and in the audit trail,
      in the same transaction;
    - two imports for one collectivité (the daily one, and one sent from the administration page) run one after
      the other: together, both would create the same new people, and one would fail.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, exclusive: Exclusive = unguarded) -> None:
        self._uow = uow
        self._clock = clock
        self._exclusive = exclusive

    def execute(self, command: ImportBeneficiariesCommand) -> Result[ImportReport, InvalidInput]:
        with self._exclusive(f"import-{command.collectivite}"), self._uow() as uow:
            if uow.collectivites.get(command.collectivite) is None:
                return Failure(InvalidInput(f"Collectivité inconnue : {command.collectivite}."))
            counts = uow.beneficiaries.upsert(command.collectivite, command.extract.beneficiaries)
            run_id = str(uuid.uuid4())
            report = ImportReport(
                rows_read=command.extract.rows_read,
                created=counts.created,
                updated=counts.updated,
                unchanged=counts.unchanged,
                aids_added=counts.aids_added,
                rejected=tuple(command.extract.rejected),
                run_id=run_id,
            )
            now = self._clock.now()
            uow.imports.record(ImportRun(id=run_id, collectivite=command.collectivite, source=command.source,
                                         at=now, actor_id=command.actor_id, report=report,
                                         rejected_count=len(report.rejected)))
            uow.audit.record(AuditEntry(at=now, actor_id=command.actor_id, action="import.iodas", target=run_id,
                                        collectivite=command.collectivite,
                                        details={"fichier": command.source, "bilan": report.summary()}))
            uow.commit()
        return Success(report)
