from collections.abc import Sequence
from typing import Protocol

from domain.office import NotarialOffice


class OfficeRepository(Protocol):
    def get(self, crpcen: str) -> NotarialOffice | None: ...

    def all(self) -> Sequence[NotarialOffice]: ...

    def save(self, office: NotarialOffice) -> None:
        """Creates or replaces the office and its agreements with collectivités."""
        ...
