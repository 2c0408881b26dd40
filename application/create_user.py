"""An administrator creates an account for a clerk, an agent or another administrator."""

import uuid
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.passwords import PasswordHasher
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.errors import InvalidInput
from domain.user import Role, User

MIN_PASSWORD_LENGTH = 12


@dataclass(frozen=True, slots=True, kw_only=True)
class CreateUserCommand:
    email: str
    role: Role
    password: str
    crpcen: str | None = None
    collectivite: str | None = None


class CreateUser:
    """Business rules:
    - an e-mail identifies one account;
    - a notary account belongs to a known office;
    - passwords have at least 12 characters.
    """

    def __init__(self, uow: UnitOfWorkFactory, hasher: PasswordHasher, clock: Clock) -> None:
        self._uow = uow
        self._hasher = hasher
        self._clock = clock

    def execute(self, command: CreateUserCommand) -> Result[User, InvalidInput]:
        email = command.email.strip().lower()
        if "@" not in email:
            return Failure(InvalidInput(f"Adresse électronique invalide : {command.email!r}."))
        if len(command.password) < MIN_PASSWORD_LENGTH:
            return Failure(InvalidInput(f"Le mot de passe doit compter au moins {MIN_PASSWORD_LENGTH} caractères."))
        with self._uow() as uow:
            if uow.users.by_email(email) is not None:
                return Failure(InvalidInput(f"Un compte existe déjà pour {email}."))
            if command.role is Role.NOTARY and (command.crpcen is None or uow.offices.get(command.crpcen) is None):
                return Failure(InvalidInput(f"Étude inconnue (CRPCEN {command.crpcen}) : importez d'abord les études."))
            user = User(
                id=str(uuid.uuid4()),
                email=email,
                role=command.role,
                password_hash=self._hasher.hash(command.password),
                crpcen=command.crpcen if command.role is Role.NOTARY else None,
                collectivite=command.collectivite,
                created_at=self._clock.now(),
            )
            uow.users.add(user)
            uow.commit()
        return Success(user)
