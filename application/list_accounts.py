"""Accounts as an administrator reviews them, with the offices it may create a clerk's account for."""

from collections.abc import Sequence
from dataclasses import dataclass

from application.ports.unit_of_work import UnitOfWorkFactory
from domain.jurisdiction import Jurisdiction
from domain.office import NotarialOffice
from domain.user import User


@dataclass(frozen=True, slots=True, kw_only=True)
class Accounts:
    users: Sequence[User]
    offices: Sequence[NotarialOffice]  # those its collectivités serve, to create a notary account


class ListAccounts:
    """Business rules:
    - an administrator attached to a collectivité lists its agents and administrators, and the clerks of the
      offices it serves; one attached to none, every account.
    """

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def execute(self, jurisdiction: Jurisdiction) -> Accounts:
        with self._uow() as uow:
            offices = {o.crpcen: o for o in uow.offices.all()}
            users = [u for u in uow.users.all() if jurisdiction.sees_account(u, offices.get(u.crpcen or ""))]
        return Accounts(users=users, offices=[o for o in offices.values() if jurisdiction.serves(o)])
