from collections.abc import Sequence
from typing import Protocol

from domain.aid import AidReferential, AidType
from domain.collectivite import Collectivite


class CollectiviteRepository(Protocol):
    def all(self) -> Sequence[Collectivite]: ...

    def get(self, code: str) -> Collectivite | None: ...

    def add(self, collectivite: Collectivite) -> None: ...

    def aid_referential(self, code: str) -> AidReferential: ...

    def save_aid_type(self, code: str, aid_type: AidType) -> None:
        """Adds the aid type to the collectivité's referential, or replaces the one with the same code."""
        ...
