from collections.abc import Sequence
from typing import Protocol

from domain.aid import AidReferential
from domain.collectivite import Collectivite


class CollectiviteRepository(Protocol):
    def all(self) -> Sequence[Collectivite]: ...

    def get(self, code: str) -> Collectivite | None: ...

    def add(self, collectivite: Collectivite) -> None: ...

    def aid_referential(self, code: str) -> AidReferential: ...
