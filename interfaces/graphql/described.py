"""GraphQL enums over the domain's own enums, with a French description for each value."""

from collections.abc import Mapping
from enum import Enum
from typing import TypeVar

import strawberry
from strawberry.types.enum import has_enum_definition

E = TypeVar("E", bound=Enum)


def described_enum(cls: type[E], description: str, values: Mapping[E, str]) -> type[E]:
    """The domain stays free of strawberry, so the values' descriptions go onto strawberry's definition.
    A value left undescribed fails at import (KeyError), not silently in the published schema."""
    described = strawberry.enum(cls, description=description)
    assert has_enum_definition(described)
    for value in described.__strawberry_definition__.values:
        value.description = values[cls[value.name]]
    return cls


# What a request shows of the identity the clerk typed, described alike wherever a type shows it (`PastRequest`
# for the office, `SearchRequest` for agents and integrators).
TYPED = {
    "reference": "Référence de la demande, rappelée dans les courriers (par exemple « 2026-000011 »).",
    "requested_at": "Date et heure de la demande.",
    "last_name": "Nom d'usage saisi.",
    "birth_name": "Nom de naissance saisi ; vide s'il ne l'a pas été.",
    "first_names": "Prénoms saisis.",
    "birth_date": "Date de naissance saisie (le 1er janvier pour une année seule).",
    "death_date": "Date de décès saisie.",
    "death_place": "Commune de décès saisie ; vide si elle ne l'a pas été.",
}
