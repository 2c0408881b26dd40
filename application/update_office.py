"""An administrator corrects an office's name or generic address, or the collectivités it may ask."""

import re
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory
from domain.audit import AuditEntry
from domain.errors import InvalidInput, OfficeNotFound
from domain.jurisdiction import Jurisdiction
from domain.office import NotarialOffice

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True, slots=True, kw_only=True)
class UpdateOfficeCommand:
    actor_id: str
    crpcen: str
    name: str
    email: str
    collectivites: frozenset[str]  # the agreements within the jurisdiction; the others' are left as they are
    jurisdiction: Jurisdiction  # the administrator's
    ip: str | None = None


class UpdateOffice:
    """Business rules:
    - an office keeps its CRPCEN number; its name is required and its generic address must be valid;
    - it may only be registered with collectivités the service knows;
    - an administrator attached to a collectivité edits only the offices it serves or none serves, adds or removes
      its own collectivité's agreement alone, and changes the name and address (where the clerks' password links and
      the letters go) only when no other collectivité serves the office;
    - the change is audited with the values before and after.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow, self._clock = uow, clock

    def execute(self, command: UpdateOfficeCommand) -> Result[NotarialOffice, InvalidInput | OfficeNotFound]:
        name, email, jurisdiction = command.name.strip(), command.email.strip().lower(), command.jurisdiction
        if not name:
            return Failure(InvalidInput("Le nom de l'étude est obligatoire.", "name"))
        if not EMAIL.match(email):
            return Failure(InvalidInput(f"Adresse électronique générique invalide : « {command.email} ».",
                                        "email"))
        with self._uow() as uow:
            before = uow.offices.get(command.crpcen)
            if before is None or not jurisdiction.sees_office(before):
                return Failure(OfficeNotFound())
            if not jurisdiction.whole and not command.collectivites <= set(jurisdiction.collectivites):
                return Failure(InvalidInput("Vous ne pouvez ajouter ou retirer que l'agrément de votre collectivité.",
                                            "collectivites"))
            known = {c.code for c in uow.collectivites.all()}
            if unknown := command.collectivites - known:
                return Failure(InvalidInput(f"Collectivité inconnue : {', '.join(sorted(unknown))}.", "collectivites"))
            changed = "name" if name != before.name else "email" if email != before.email else None
            if changed and not jurisdiction.renames(before):
                return Failure(InvalidInput(_shared(uow, jurisdiction.others_serving(before)), changed))
            agreements = command.collectivites | set(jurisdiction.others_serving(before))
            office = NotarialOffice(crpcen=before.crpcen, name=name, email=email, collectivites=agreements)
            uow.offices.save(office)
            uow.audit.record(AuditEntry(at=self._clock.now(), actor_id=command.actor_id, action="office.updated",
                                        target=office.crpcen, ip=command.ip, details={
                                            "avant": f"{before.name} <{before.email}> {','.join(sorted(before.collectivites))}",
                                            "après": f"{office.name} <{office.email}> {','.join(sorted(office.collectivites))}"}))
            uow.commit()
        return Success(office)


def _shared(uow: UnitOfWork, others: tuple[str, ...]) -> str:
    names = " et ".join(f"« {c.name if (c := uow.collectivites.get(code)) else code} »" for code in others)
    return (f"Cette étude est aussi servie par {names} : son nom et son adresse générique, où partent les lettres "
            "et les liens de mot de passe de ses clercs, ne sont modifiés que par un administrateur de toutes les "
            "collectivités.")
