"""The referentials an administrator maintains: offices, aid types and maisons, per collectivité."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from application.ports.unit_of_work import UnitOfWorkFactory
from domain.aid import AidType
from domain.jurisdiction import Jurisdiction
from domain.maison import Maison
from domain.office import NotarialOffice


@dataclass(frozen=True, slots=True, kw_only=True)
class Referentials:
    offices: Sequence[NotarialOffice]  # those the administrator sees: its collectivités', and those none serves
    aid_types: Mapping[str, Sequence[AidType]]  # collectivité -> its aid types, by code
    maisons: Mapping[str, Sequence[Maison]]  # collectivité -> its maisons, by code


class ListReferentials:
    """Business rules:
    - an administrator attached to a collectivité sees its referentials, the offices it serves and those no
      collectivité serves (to register them); one attached to none, every one.
    """

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def execute(self, jurisdiction: Jurisdiction) -> Referentials:
        collectivites = jurisdiction.collectivites
        with self._uow() as uow:
            return Referentials(
                offices=[o for o in uow.offices.all() if jurisdiction.sees_office(o)],
                aid_types={c: sorted(uow.collectivites.aid_referential(c).types.values(), key=lambda t: t.code)
                           for c in collectivites},
                maisons={c: sorted(uow.maisons.all(c), key=lambda m: m.code) for c in collectivites},
            )
