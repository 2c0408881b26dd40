from dataclasses import dataclass
from datetime import datetime
from typing import Protocol


@dataclass(frozen=True, slots=True, kw_only=True)
class PendingReset:
    user_id: str
    expires_at: datetime
    used_at: datetime | None = None


class PasswordResets(Protocol):
    """One-time links to set a password. Only a hash of each token is kept."""

    def issue(self, user_id: str, token_hash: str, expires_at: datetime) -> None:
        """Stores a new link; the user's earlier unused links stop working."""
        ...

    def find(self, token_hash: str) -> PendingReset | None: ...

    def exchange(self, token_hash: str, fresh_hash: str, expires_at: datetime, at: datetime) -> bool:
        """Gives a link still unused and unexpired at `at` a fresh token and expiry, the old token no longer
        working; False, and nothing changed, when the link no longer works (another exchange came first)."""
        ...

    def use(self, token_hash: str, at: datetime) -> bool:
        """Marks a link still unused and unexpired at `at` used; False, and nothing changed, when it no longer works
        (another use came first)."""
        ...
