"""An administrator corrects or adds a maison du département: its name, address and e-mail."""

from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.unit_of_work import UnitOfWorkFactory
from application.update_office import EMAIL
from domain.audit import AuditEntry
from domain.errors import InvalidInput
from domain.maison import Maison


@dataclass(frozen=True, slots=True, kw_only=True)
class SaveMaisonCommand:
    actor_id: str
    maison: Maison
    ip: str | None = None


class SaveMaison:
    """Business rules:
    - a maison is known by the code IODAS gives each beneficiary, within its collectivité;
    - its name is required and its e-mail valid: it is told when one of its beneficiaries is found;
    - the change is audited.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow, self._clock = uow, clock

    def execute(self, command: SaveMaisonCommand) -> Result[Maison, InvalidInput]:
        m = command.maison
        maison = Maison(collectivite=m.collectivite, code=m.code.strip(), name=m.name.strip(),
                        email=m.email.strip().lower(), address=m.address.strip())
        if not maison.code or not maison.name:
            return Failure(InvalidInput("Le code et le nom de la maison sont obligatoires.", "code" if not maison.code else "name"))
        if not EMAIL.match(maison.email):
            return Failure(InvalidInput(f"Adresse électronique invalide : « {m.email} ».", "email"))
        with self._uow() as uow:
            if uow.collectivites.get(maison.collectivite) is None:
                return Failure(InvalidInput(f"Collectivité inconnue : {maison.collectivite}."))
            created = uow.maisons.save(maison)
            uow.audit.record(AuditEntry(at=self._clock.now(), actor_id=command.actor_id, action="maison.saved",
                                        target=maison.code, collectivite=maison.collectivite, ip=command.ip,
                                        details={"nom": maison.name, "courriel": maison.email,
                                                 "création": "oui" if created else "non"}))
            uow.commit()
        return Success(maison)
