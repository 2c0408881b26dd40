"""Bursts of sign-in attempts sent at the same moment, without a sleep: a gate on the password checks."""

import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TypeVar

from application.ports.passwords import PasswordHasher
from application.testing.fakes import FakeClock

T = TypeVar("T")


class BurstGate:
    """A password hasher for a burst of `size` attempts: each check waits until every attempt of the burst is being
    checked or has been answered. Every check a race would let through therefore happens, and none ends early
    enough to be counted by the attempts after it. Each attempt calls `answered()` once it has its answer, in its
    own thread or in the client's that sent it (an answered check is counted once, when it began)."""

    def __init__(self, inner: PasswordHasher, size: int) -> None:
        self._inner, self._size = inner, size
        self._changed = threading.Condition()
        self._arrived = 0
        self._mine = threading.local()
        self.checks = 0

    def hash(self, password: str) -> str:
        return self._inner.hash(password)

    def needs_rehash(self, password_hash: str) -> bool:
        return self._inner.needs_rehash(password_hash)

    def verify(self, password_hash: str, password: str) -> bool:
        self._mine.checked = True
        with self._changed:
            self.checks += 1
            self._arrive()
            # A safety net only: a correct service never gets here, whatever the machine's speed.
            if not self._changed.wait_for(lambda: self._arrived >= self._size, timeout=120):
                raise AssertionError("an attempt of the burst never got its answer while a password was checked")
        return self._inner.verify(password_hash, password)

    def answered(self) -> None:
        if getattr(self._mine, "checked", False):
            self._mine.checked = False  # counted when its check began; the thread may serve another attempt
            return
        with self._changed:
            self._arrive()

    def _arrive(self) -> None:
        self._arrived += 1
        self._changed.notify_all()


class TickingClock(FakeClock):
    """Each reading is 10 s after the previous one, whichever thread reads: later than the slow-down asks before a
    lock (8 s after four failures), well inside the lock window."""

    def __init__(self) -> None:
        super().__init__()
        self._reading = threading.Lock()

    def now(self) -> datetime:
        with self._reading:
            self.current += timedelta(seconds=10)
            return self.current


def at_once(attempts: list[Callable[[], T]]) -> list[T]:
    """Runs each attempt in its own thread, all released together; their answers, in the same order."""
    start = threading.Barrier(len(attempts))
    answers: dict[int, T] = {}
    failures: list[BaseException] = []

    def run(index: int) -> None:
        start.wait()
        try:
            answers[index] = attempts[index]()
        except BaseException as error:  # raised again in the test's own thread
            failures.append(error)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(attempts))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]
    return [answers[i] for i in range(len(attempts))]
