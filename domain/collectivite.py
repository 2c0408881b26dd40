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
