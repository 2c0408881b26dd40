"""The daily IODAS extract updates a collectivité's beneficiaries."""

import uuid
from collections import Counter
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
from domain.maison import Maison


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
    - a maison code the collectivité's referential lacks loads, and the report says which and on how many people,
      as no maison will be notified for them;
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
            unknown = _unknown_maisons(uow.maisons.all(command.collectivite), command.extract.beneficiaries)
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
                unknown_maisons=unknown,
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


def _unknown_maisons(maisons: Sequence[Maison], people: Sequence[Beneficiary]) -> tuple[tuple[str, int], ...]:
    """Each code no maison of the referential holds, with its people; none while the referential is empty, as a
    collectivité that notifies no maison has not loaded it."""
    known = {maison.code for maison in maisons}
    if not known:
        return ()
    unknown = Counter(p.maison_code for p in people if p.maison_code and p.maison_code not in known)
    return tuple(sorted(unknown.items()))
