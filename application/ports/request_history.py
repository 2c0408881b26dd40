from collections.abc import Sequence
from typing import Protocol

from domain.search import SearchRequest


class RequestHistory(Protocol):
    """An office's own past searches, newest first."""

    def for_office(self, crpcen: str, limit: int, offset: int, search: str = "") -> Sequence[SearchRequest]:
        """`search`: only the requests whose reference, or a surname typed, holds it, whatever the case."""
        ...
