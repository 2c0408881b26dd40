from collections.abc import Sequence
from datetime import timedelta
from typing import Protocol

from domain.statistics import MonthlyCreances, MonthlyLogins, MonthlyOutcome, OfficeUse, StatisticsFilter


class StatisticsQueries(Protocol):
    """Read-only aggregates over the request log, offices and login traces."""

    def searches_by_month(self, where: StatisticsFilter) -> Sequence[MonthlyOutcome]:
        """Each search counted once, under its most significant automatic outcome."""
        ...

    def office_use(self, where: StatisticsFilter) -> Sequence[OfficeUse]:
        """Every office registered with the collectivité, searches or not, busiest first."""
        ...

    def logins_by_month(self, where: StatisticsFilter) -> Sequence[MonthlyLogins]: ...

    def doubt_delays(self, where: StatisticsFilter) -> Sequence[timedelta]:
        """For each AMBIGUOUS answer later corrected: the time between the two decisions."""
        ...

    def pending_doubts(self, where: StatisticsFilter) -> int: ...

    def creances_by_month(self, where: StatisticsFilter) -> Sequence[MonthlyCreances]:
        """By month of opening; a maison sees the cases of its beneficiaries."""
        ...

    def maison_codes(self, collectivite: str | None) -> Sequence[str]:
        """The maisons du département that follow at least one beneficiary, for the filter."""
        ...
