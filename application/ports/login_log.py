from typing import Protocol

from domain.login import LoginAttempt


class LoginLog(Protocol):
    def record(self, attempt: LoginAttempt) -> None: ...
