"""argon2id password hashing (argon2-cffi defaults follow RFC 9106).

Use cases call it from worker threads, never on the event loop. Each hash takes tens of MiB: a small
semaphore bounds how many run at once, so a burst of sign-ins cannot exhaust memory."""

import threading

from argon2 import PasswordHasher as Argon2
from argon2.exceptions import InvalidHashError, VerificationError

CONCURRENT_HASHES = 4


class Argon2PasswordHasher:
    def __init__(self, hasher: Argon2 | None = None, concurrency: int = CONCURRENT_HASHES) -> None:
        self._argon2 = hasher or Argon2()
        self._slots = threading.BoundedSemaphore(concurrency)

    def hash(self, password: str) -> str:
        with self._slots:
            return self._argon2.hash(password)

    def verify(self, password_hash: str, password: str) -> bool:
        with self._slots:
            try:
                return self._argon2.verify(password_hash, password)
            except (VerificationError, InvalidHashError):
                return False

    def needs_rehash(self, password_hash: str) -> bool:
        try:
            return self._argon2.check_needs_rehash(password_hash)
        except InvalidHashError:
            return True
