"""An administrator creates an account for a clerk, an agent or another administrator."""

import uuid
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.passwords import PasswordHasher
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.audit import AuditEntry
from domain.errors import InvalidInput
from domain.password_policy import password_problem
from domain.user import Role, User


@dataclass(frozen=True, slots=True, kw_only=True)
class CreateUserCommand:
    email: str
    role: Role
    password: str
    crpcen: str | None = None
    collectivite: str | None = None
    actor_id: str | None = None  # the administrator; None from the command line


class CreateUser:
    """Business rules:
    - an e-mail identifies one account;
    - a notary account belongs to a known office, and only a notary account belongs to an office;
    - an account tied to a collectivité is tied to a known one;
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
