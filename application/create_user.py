"""An administrator creates an account for a clerk, an agent or another administrator."""

import uuid
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.passwords import PasswordHasher
from application.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory
from domain.audit import AuditEntry
from domain.errors import InvalidInput
from domain.jurisdiction import Jurisdiction
from domain.password_policy import password_problem
from domain.user import Role, User


@dataclass(frozen=True, slots=True, kw_only=True)
class CreateUserCommand:
    email: str
    role: Role
    password: str
    crpcen: str | None = None
    collectivite: str | None = None
    jurisdiction: Jurisdiction  # the administrator's; every collectivité from the command line
    actor_id: str | None = None  # the administrator; None from the command line


class CreateUser:
    """Business rules:
    - an e-mail identifies one account;
    - a notary account belongs to a known office, and only a notary account belongs to an office;
    - an account tied to a collectivité is tied to a known one;
    - an administrator attached to a collectivité creates accounts for it alone: its agents and administrators, and
      the clerks of the offices it serves; never an administrator of every collectivité;
    - passwords follow the password policy (length, not a common one);
    - the creation is audited.
    """

    def __init__(self, uow: UnitOfWorkFactory, hasher: PasswordHasher, clock: Clock) -> None:
        self._uow = uow
        self._hasher = hasher
        self._clock = clock

    def execute(self, command: CreateUserCommand) -> Result[User, InvalidInput]:
        email = command.email.strip().lower()
        if problem := _form_problem(command, email):
            return Failure(problem)
        password_hash = self._hasher.hash(command.password)
        with self._uow() as uow:
            if uow.users.by_email(email) is not None:
                return Failure(InvalidInput(f"Un compte existe déjà pour {email}.", "email"))
            if command.crpcen is not None and uow.offices.get(command.crpcen) is None:
                return Failure(InvalidInput(f"Étude inconnue (CRPCEN {command.crpcen}) : importez d'abord les études.", "crpcen"))
            if outside := _outside(uow, command):
                return Failure(outside)
            if command.collectivite is not None and uow.collectivites.get(command.collectivite) is None:
                known = ", ".join(c.code for c in uow.collectivites.all())
                return Failure(InvalidInput(f"Collectivité inconnue : {command.collectivite} (connues : {known}).", "collectivite"))
            user = User(
                id=str(uuid.uuid4()),
                email=email,
                role=command.role,
                password_hash=password_hash,
                crpcen=command.crpcen,
                collectivite=command.collectivite,
                created_at=self._clock.now(),
            )
            uow.users.add(user)
            uow.audit.record(AuditEntry(at=user.created_at or self._clock.now(), actor_id=command.actor_id,
                                        action="user.created", target=user.id, collectivite=user.collectivite,
                                        details={"role": user.role.value, "crpcen": user.crpcen or ""}))
            uow.commit()
        return Success(user)


def _outside(uow: UnitOfWork, command: CreateUserCommand) -> InvalidInput | None:
    """Why the account would lie outside the administrator's jurisdiction, if it would."""
    jurisdiction = command.jurisdiction
    if jurisdiction.whole:
        return None
    if command.role is Role.NOTARY:
        office = uow.offices.get(command.crpcen or "")
        if office is None or jurisdiction.serves(office):
            return None
        return InvalidInput(f"L'étude {office.crpcen} n'est pas rattachée à votre collectivité : seules les "
                            "collectivités qui la servent lui créent des comptes.", "crpcen")
    if jurisdiction.covers(command.collectivite):
        return None
    names = [c.name for code in jurisdiction.collectivites if (c := uow.collectivites.get(code)) is not None]
    yours = " ou ".join(f"« {n} »" for n in names) or "aucune collectivité"
    if command.role is Role.ADMIN and command.collectivite is None:
        return InvalidInput("Un administrateur rattaché à une collectivité ne peut pas créer d'administrateur de "
                            f"toutes les collectivités : rattachez ce compte à {yours}.", "collectivite")
    return InvalidInput(f"Vous administrez {yours} seulement : rattachez ce compte à cette collectivité.",
                        "collectivite")


def _form_problem(command: CreateUserCommand, email: str) -> InvalidInput | None:
    """What is missing or wrong in the command itself, before any store is read."""
    if not email:
        return InvalidInput("Adresse électronique manquante.", "email")
    if "@" not in email:
        return InvalidInput(f"Adresse électronique invalide : « {command.email.strip()} ».", "email")
    if command.role is Role.NOTARY and not command.crpcen:
        return InvalidInput("Choisissez l'étude du compte : un compte d'étude notariale appartient à une étude.",
                            "crpcen")
    if command.role is not Role.NOTARY and command.crpcen:
        return InvalidInput("Seul un compte d'étude notariale appartient à une étude : retirez l'étude, "
                            "ou choisissez ce profil.", "crpcen")
    password = password_problem(command.password, email)
    return InvalidInput(password, "password") if password else None
