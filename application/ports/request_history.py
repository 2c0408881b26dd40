from collections.abc import Sequence
from typing import Protocol

from domain.search import SearchRequest


class RequestHistory(Protocol):
    """An office's own past searches, newest first."""

    def for_office(self, crpcen: str, limit: int, offset: int) -> Sequence[SearchRequest]: ...
