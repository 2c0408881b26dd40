from collections.abc import Sequence
from datetime import timedelta
from typing import Protocol

from domain.rate import Rate


class RateLimiter(Protocol):
    def acquire(self, buckets: Sequence[tuple[str, Rate]]) -> timedelta | None:
        """Counts one event in every bucket when all have room, and returns None;
        otherwise counts nothing and returns how long to wait."""
        ...
