from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from domain.login import LoginAttempt


class LoginLog(Protocol):
    def hold(self, email: str) -> datetime | None:
        """Makes every other attempt on this e-mail, in any process, wait until this transaction ends: call it
        first in the transaction. Returns the end of the last lock of this e-mail its office was told of."""
        ...

    def record(self, attempt: LoginAttempt) -> int:
        """Keeps the attempt; returns its number, for `settle` when its reason is `PENDING`."""
        ...

    def settle(self, number: int, *, success: bool, reason: str | None) -> None:
        """The pending attempt `number` succeeded, or failed for `reason`."""
        ...

    def lock_noticed(self, email: str, until: datetime) -> None:
        """The office was told that this e-mail is locked until `until`."""
        ...

    def recent_failures(self, email: str, since: datetime) -> Sequence[LoginAttempt]:
        """The counted failures for this e-mail and the attempts still pending, oldest first: since `since`, after
        the last success."""
        ...
