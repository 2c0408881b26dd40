from datetime import datetime
from typing import Protocol


class SessionStore(Protocol):
    """Sign-in tokens. Only a hash of each token is kept."""

    def open(self, user_id: str, token_hash: str, expires_at: datetime) -> None: ...

    def user_for(self, token_hash: str, now: datetime) -> str | None: ...

    def close(self, token_hash: str) -> None: ...

    def close_all(self, user_id: str) -> None:
        """Signs the user out everywhere, e.g. after a new password."""
        ...
