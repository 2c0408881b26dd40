from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from domain.retention import Answered


@dataclass(frozen=True, slots=True, kw_only=True)
class RetentionCandidate:
    request_id: str
    requested_at: datetime
    answers: tuple[Answered, ...]


class RetentionStore(Protocol):
    """The personal data that ages: search requests, their evidence, letters, e-mails, sign-in traces."""

    def candidates(self, requested_before: datetime) -> Sequence[RetentionCandidate]:
        """Requests not yet anonymised, made before that moment, with the answers in force."""
        ...

    def anonymise(self, request_ids: Sequence[str], at: datetime) -> None:
        """Blanks the identity, the evidence and the comments, deletes the letters and blanks the e-mails;
        keeps the office, the dates and the outcomes."""
        ...

    def purge_login_attempts(self, before: datetime) -> int:
        """Deletes the sign-in attempts made before that moment, and what is kept of an address none is left for;
        returns how many attempts went."""
        ...
