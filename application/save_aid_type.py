"""An administrator adds an aid type to a collectivité's referential, or renames or reclassifies one."""

import re
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.aid import AidCategory, AidType
from domain.audit import AuditEntry
from domain.errors import InvalidInput

CODE = re.compile(r"^[A-Z0-9_]{1,32}$")


@dataclass(frozen=True, slots=True, kw_only=True)
class SaveAidTypeCommand:
    actor_id: str
    collectivite: str
    code: str
    label: str
    category: str
    ip: str | None = None


class SaveAidType:
    """Business rules:
    - the code is the one IODAS writes in the extract: capital letters, digits or _, at most 32;
    - every aid type is either recoverable or may have been overpaid: that decides the notary's answer;
    - the change is audited.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow, self._clock = uow, clock

    def execute(self, command: SaveAidTypeCommand) -> Result[AidType, InvalidInput]:
        code, label = command.code.strip().upper(), command.label.strip()
        if not CODE.match(code):
            return Failure(InvalidInput("Code invalide : lettres majuscules, chiffres ou _, 32 caractères au plus."))
        if not label:
            return Failure(InvalidInput("Le libellé est obligatoire."))
        if command.category not in {c.value for c in AidCategory}:
            return Failure(InvalidInput("Choisissez la catégorie de l'aide."))
        aid_type = AidType(code=code, label=label, category=AidCategory(command.category))
        with self._uow() as uow:
            if uow.collectivites.get(command.collectivite) is None:
                return Failure(InvalidInput(f"Collectivité inconnue : {command.collectivite}."))
            uow.collectivites.save_aid_type(command.collectivite, aid_type)
            uow.audit.record(AuditEntry(at=self._clock.now(), actor_id=command.actor_id, action="aid_type.saved",
                                        target=code, collectivite=command.collectivite, ip=command.ip,
                                        details={"libellé": label, "catégorie": aid_type.category.value}))
            uow.commit()
        return Success(aid_type)
