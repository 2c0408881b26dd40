from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from domain.login import LoginAttempt


class LoginLog(Protocol):
    def record(self, attempt: LoginAttempt) -> None: ...

    def recent_failures(self, email: str, since: datetime) -> Sequence[datetime]:
        """When the counted failures for this e-mail happened, oldest first: since `since`, after the last success."""
        ...
