"""Aids paid by a collectivité and the referential that classifies them."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class AidCategory(StrEnum):
    RECOVERABLE = "recoverable"
    UNDUE_PAYMENT_POSSIBLE = "undue_payment_possible"


@dataclass(frozen=True, slots=True, kw_only=True)
class AidType:
    code: str
    label: str
    category: AidCategory


@dataclass(frozen=True, slots=True, kw_only=True)
class Aid:
    code: str
    start: date
    end: date | None = None


@dataclass(frozen=True, slots=True)
class AidReferential:
    """Each collectivité classifies its own aid codes."""

    types: Mapping[str, AidType] = field(default_factory=dict)

    @classmethod
    def of(cls, types: Iterable[AidType]) -> "AidReferential":
        return cls({t.code: t for t in types})

    def category(self, code: str) -> AidCategory | None:
        aid_type = self.types.get(code)
        return aid_type.category if aid_type else None


DEFAULT_AID_TYPES = (
    AidType(code="ASH", label="Aide sociale à l'hébergement", category=AidCategory.RECOVERABLE),
    AidType(code="AM", label="Aide ménagère", category=AidCategory.RECOVERABLE),
    AidType(code="APA", label="Allocation personnalisée d'autonomie", category=AidCategory.UNDUE_PAYMENT_POSSIBLE),
    AidType(code="PCH", label="Prestation de compensation du handicap", category=AidCategory.UNDUE_PAYMENT_POSSIBLE),
)


def default_aid_referential() -> AidReferential:
    return AidReferential.of(DEFAULT_AID_TYPES)
