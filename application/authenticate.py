"""Resolves a bearer token or session cookie to the signed-in user."""

from application.ports.clock import Clock
from application.ports.unit_of_work import UnitOfWorkFactory
from application.tokens import token_hash
from domain.user import User


class Authenticate:
    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def execute(self, token: str) -> User | None:
        with self._uow() as uow:
            user_id = uow.sessions.user_for(token_hash(token), self._clock.now())
            user = uow.users.get(user_id) if user_id else None
        return user if user and user.active else None


class Logout:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def execute(self, token: str) -> None:
        with self._uow() as uow:
            uow.sessions.close(token_hash(token))
            uow.commit()
