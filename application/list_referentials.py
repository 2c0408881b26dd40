"""The referentials an administrator maintains: offices, aid types and maisons, per collectivité."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from application.ports.unit_of_work import UnitOfWorkFactory
from domain.aid import AidType
from domain.maison import Maison
from domain.office import NotarialOffice


@dataclass(frozen=True, slots=True, kw_only=True)
class Referentials:
    offices: Sequence[NotarialOffice]
    aid_types: Mapping[str, Sequence[AidType]]  # collectivité -> its aid types, by code
    maisons: Mapping[str, Sequence[Maison]]  # collectivité -> its maisons, by code


class ListReferentials:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def execute(self, collectivites: Sequence[str]) -> Referentials:
        with self._uow() as uow:
            return Referentials(
                offices=uow.offices.all(),
                aid_types={c: sorted(uow.collectivites.aid_referential(c).types.values(), key=lambda t: t.code)
                           for c in collectivites},
                maisons={c: sorted(uow.maisons.all(c), key=lambda m: m.code) for c in collectivites},
            )
