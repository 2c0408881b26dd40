"""A sign-in attempt, kept as a trace whether it succeeded or not."""

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class LoginAttempt:
    email: str
    success: bool
    at: datetime
    user_id: str | None = None
    ip: str | None = None
    reason: str | None = None


# An attempt whose password is being checked: it counts as a failure until the check is over, so that attempts
# made at the same moment cannot all be checked.
PENDING = "vérification en cours"
# Failures that count towards slowing down and locking: a password was checked and was wrong.
COUNTED_FAILURES = frozenset({"compte inconnu", "mot de passe incorrect"})
