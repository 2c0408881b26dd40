"""Sliding-window rate limits held in memory: one process serves the app (see the README's limits)."""

import threading
from collections import deque
from collections.abc import Sequence
from datetime import datetime, timedelta

from application.ports.clock import Clock
from domain.rate import Rate


class InMemoryRateLimiter:
    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._events: dict[str, deque[datetime]] = {}
        self._lock = threading.Lock()

    def acquire(self, buckets: Sequence[tuple[str, Rate]]) -> timedelta | None:
        now = self._clock.now()
        with self._lock:
            waits = [self._wait(key, rate, now) for key, rate in buckets]
            longest = max((w for w in waits if w is not None), default=None)
            if longest is not None:
                return longest
            for key, _ in buckets:
                self._events.setdefault(key, deque()).append(now)
            return None

    def _wait(self, key: str, rate: Rate, now: datetime) -> timedelta | None:
        events = self._events.get(key)
        if events is None:
            return None
        while events and events[0] <= now - rate.period:
            events.popleft()
        if not events:
            del self._events[key]
            return None
        return events[-rate.count] + rate.period - now if len(events) >= rate.count else None
