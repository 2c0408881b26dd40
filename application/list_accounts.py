"""Accounts as an administrator reviews them, with the office each notary account belongs to."""

from collections.abc import Sequence
from dataclasses import dataclass

from application.ports.unit_of_work import UnitOfWorkFactory
from domain.office import NotarialOffice
from domain.user import User


@dataclass(frozen=True, slots=True, kw_only=True)
class Accounts:
    users: Sequence[User]
    offices: Sequence[NotarialOffice]  # every office, to create a notary account


class ListAccounts:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def execute(self) -> Accounts:
        with self._uow() as uow:
            return Accounts(users=uow.users.all(), offices=uow.offices.all())
