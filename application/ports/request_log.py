from collections.abc import Sequence
from typing import Protocol

from domain.decision import Decision
from domain.search import SearchRequest


class RequestLog(Protocol):
    """Searches and their answers: the legal proof. Append-only."""

    def add(self, request: SearchRequest, decisions: Sequence[Decision]) -> None: ...

    def get(self, request_id: str) -> SearchRequest | None: ...

    def decisions_for(self, request_id: str) -> Sequence[Decision]: ...

    def next_reference(self, year: int) -> str:
        """A short human reference for letters, unique per year: '2026-000042'."""
        ...
