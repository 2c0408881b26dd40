"""How recent a collectivité's beneficiaries are: an answer is only as good as the last IODAS extract loaded."""

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtractFreshness:
    collectivite: str
    name: str
    of_name: str  # « du Département du Rhône »
    loaded_at: datetime | None  # the last import that loaded at least one row; None: never
    checked_at: datetime
    max_age: timedelta  # beyond it, the daily import is taken to have failed
    people: int  # in the beneficiaries' file: with none, the searches are refused

    @property
    def never_loaded(self) -> bool:
        return self.loaded_at is None

    @property
    def stale(self) -> bool:
        """Never loaded, or older than allowed: the daily import needs looking at."""
        return self.loaded_at is None or self.checked_at - self.loaded_at > self.max_age

    @property
    def age(self) -> timedelta | None:
        return None if self.loaded_at is None else self.checked_at - self.loaded_at
