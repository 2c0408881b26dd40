"""The authority that owns the data: a département or a métropole."""

from dataclasses import dataclass
from enum import StrEnum


class CollectiviteKind(StrEnum):
    DEPARTEMENT = "departement"
    METROPOLE = "metropole"


@dataclass(frozen=True, slots=True, kw_only=True)
class Collectivite:
    code: str
    name: str
    kind: CollectiviteKind = CollectiviteKind.DEPARTEMENT

    @property
    def of_name(self) -> str:
        """« du Département du Rhône », « de la Métropole de Lyon »."""
        return f"{'de la' if self.kind is CollectiviteKind.METROPOLE else 'du'} {self.name}"
