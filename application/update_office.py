"""An administrator corrects an office's name or generic address, or the collectivités it may ask."""

import re
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.audit import AuditEntry
from domain.errors import InvalidInput
from domain.office import NotarialOffice

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True, slots=True, kw_only=True)
class UpdateOfficeCommand:
    actor_id: str
    crpcen: str
    name: str
    email: str
    collectivites: frozenset[str]
    ip: str | None = None


class UpdateOffice:
    """Business rules:
    - an office keeps its CRPCEN number; its name is required and its generic address must be valid;
    - it may only be registered with collectivités the service knows;
    - the change is audited with the values before and after.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow, self._clock = uow, clock

    def execute(self, command: UpdateOfficeCommand) -> Result[NotarialOffice, InvalidInput]:
        name, email = command.name.strip(), command.email.strip().lower()
        if not name:
            return Failure(InvalidInput("Le nom de l'étude est obligatoire.", "name"))
        if not EMAIL.match(email):
            return Failure(InvalidInput(f"Adresse électronique générique invalide : « {command.email} ».",
                                        "email"))
        with self._uow() as uow:
            before = uow.offices.get(command.crpcen)
            if before is None:
                return Failure(InvalidInput("Cette étude n'existe pas."))
            known = {c.code for c in uow.collectivites.all()}
            if unknown := command.collectivites - known:
                return Failure(InvalidInput(f"Collectivité inconnue : {', '.join(sorted(unknown))}.", "collectivites"))
            office = NotarialOffice(crpcen=before.crpcen, name=name, email=email, collectivites=command.collectivites)
            uow.offices.save(office)
            uow.audit.record(AuditEntry(at=self._clock.now(), actor_id=command.actor_id, action="office.updated",
                                        target=office.crpcen, ip=command.ip, details={
                                            "avant": f"{before.name} <{before.email}> {','.join(sorted(before.collectivites))}",
                                            "après": f"{office.name} <{office.email}> {','.join(sorted(office.collectivites))}"}))
            uow.commit()
        return Success(office)
