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
