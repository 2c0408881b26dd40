"""The daily IODAS extract updates a collectivité's beneficiaries."""

from collections.abc import Sequence
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.importing import ImportReport, RejectedRow
from application.ports.unit_of_work import UnitOfWorkFactory
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


class ImportBeneficiaries:
    """Business rules:
    - re-importing the same extract changes nothing;
    - a later extract updates people and adds new ones and new aids, and never deletes history;
    - rejected rows are reported with their line; the good rows load.
    """

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def execute(self, command: ImportBeneficiariesCommand) -> Result[ImportReport, InvalidInput]:
        with self._uow() as uow:
            if uow.collectivites.get(command.collectivite) is None:
                return Failure(InvalidInput(f"Collectivité inconnue : {command.collectivite}."))
            counts = uow.beneficiaries.upsert(command.collectivite, command.extract.beneficiaries)
            uow.commit()
        return Success(
            ImportReport(
                rows_read=command.extract.rows_read,
                created=counts.created,
                updated=counts.updated,
                unchanged=counts.unchanged,
                aids_added=counts.aids_added,
                rejected=tuple(command.extract.rejected),
            )
        )
