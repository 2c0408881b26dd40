"""A notarial office (étude), identified by its CRPCEN number."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class NotarialOffice:
    crpcen: str
    name: str
    email: str
    collectivites: frozenset[str] = frozenset()
