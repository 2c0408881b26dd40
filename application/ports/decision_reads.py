from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from domain.decision import Decision
from domain.decision_status import DecisionStatus
from domain.office import NotarialOffice
from domain.outcome import Outcome
from domain.search import SearchRequest


@dataclass(frozen=True, slots=True, kw_only=True)
class DecisionQuery:
    """Decisions of one collectivité, newest first, after a keyset position."""

    collectivite: str
    start: date | None = None
    end: date | None = None  # inclusive
    outcomes: frozenset[Outcome] = frozenset()
    crpcen: str | None = None
    status: DecisionStatus | None = None
    after: tuple[datetime, str] | None = None  # (decided_at, id) of the last decision already seen
    limit: int = 20


@dataclass(frozen=True, slots=True, kw_only=True)
class DecisionRecord:
    decision: Decision
    superseded: bool


class DecisionReads(Protocol):
    """Read-only, batched queries for the integrators' API: each call is one SQL query."""

    def page(self, query: DecisionQuery) -> Sequence[DecisionRecord]: ...

    def count(self, query: DecisionQuery) -> int:
        """How many decisions match, ignoring `after` and `limit`."""
        ...

    def requests(self, request_ids: Sequence[str]) -> Sequence[SearchRequest]: ...

    def decisions_of(self, request_ids: Sequence[str]) -> Sequence[DecisionRecord]: ...

    def offices(self, crpcens: Sequence[str]) -> Sequence[NotarialOffice]:
        """Names and addresses only: agreements are left empty."""
        ...
