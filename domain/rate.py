"""A rate: so many events per period, e.g. searches per office per minute."""

from dataclasses import dataclass
from datetime import timedelta

_UNITS = {"second": timedelta(seconds=1), "minute": timedelta(minutes=1), "hour": timedelta(hours=1),
          "day": timedelta(days=1)}


@dataclass(frozen=True, slots=True)
class Rate:
    count: int
    period: timedelta

    @classmethod
    def parse(cls, text: str) -> "Rate":
        """'30/minute', '100/hour', '5/second', '1000/day'."""
        count, _, unit = text.strip().partition("/")
        period = _UNITS.get(unit.strip().lower().rstrip("s"))
        if period is None or not count.strip().isdigit() or int(count) < 1:
            raise ValueError(f"Limite invalide « {text} » : attendu N/second|minute|hour|day, par exemple 20/minute.")
        return cls(int(count), period)

    def times(self, factor: int) -> "Rate":
        return Rate(self.count * factor, self.period)

    def __str__(self) -> str:
        unit = next(name for name, span in _UNITS.items() if span == self.period) if self.period in _UNITS.values() \
            else f"{int(self.period.total_seconds())} s"
        return f"{self.count}/{unit}"
