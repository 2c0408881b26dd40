"""Steering figures (pilotage): what was asked, answered, resolved and recovered."""

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from domain.outcome import Outcome


@dataclass(frozen=True, slots=True, kw_only=True)
class StatisticsFilter:
    """Inclusive period of Paris days; None for collectivité or maison means all of them."""

    start: date
    end: date
    collectivite: str | None = None
    maison: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class MonthlyOutcome:
    month: str  # "2026-11", in Paris time
    outcome: Outcome
    searches: int


@dataclass(frozen=True, slots=True, kw_only=True)
class OfficeUse:
    crpcen: str
    name: str
    searches: int


@dataclass(frozen=True, slots=True, kw_only=True)
class MonthlyLogins:
    month: str
    succeeded: int
    failed: int


@dataclass(frozen=True, slots=True, kw_only=True)
class MonthlyCreances:
    """Recovery cases opened in a month, what they claim, and what was recovered on them so far."""

    month: str
    opened: int
    claimed: Decimal
    recovered: Decimal


@dataclass(frozen=True, slots=True, kw_only=True)
class DoubtResolution:
    resolved: int
    pending: int
    median_delay: timedelta | None  # None when no doubt was resolved


@dataclass(frozen=True, slots=True, kw_only=True)
class Statistics:
    filter: StatisticsFilter
    searches_by_month: tuple[MonthlyOutcome, ...]
    office_use: tuple[OfficeUse, ...]
    logins_by_month: tuple[MonthlyLogins, ...]
    doubts: DoubtResolution
    creances_by_month: tuple[MonthlyCreances, ...] = ()
    maisons: tuple[str, ...] = ()  # the maisons one may filter on, within the collectivité

    @property
    def total_searches(self) -> int:
        return sum(m.searches for m in self.searches_by_month)

    @property
    def ambiguous_share(self) -> float | None:
        """Share of searches first answered AMBIGUOUS, in [0, 1]; None when nothing was searched."""
        total = self.total_searches
        ambiguous = sum(m.searches for m in self.searches_by_month if m.outcome is Outcome.AMBIGUOUS)
        return ambiguous / total if total else None


def median(delays: list[timedelta]) -> timedelta | None:
    if not delays:
        return None
    ordered = sorted(delays)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
