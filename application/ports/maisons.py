from collections.abc import Sequence
from typing import Protocol

from domain.maison import Maison


class MaisonRepository(Protocol):
    def get(self, collectivite: str, code: str) -> Maison | None: ...

    def all(self, collectivite: str) -> Sequence[Maison]: ...

    def save(self, maison: Maison) -> bool:
        """Creates or replaces; True when it was new."""
        ...
