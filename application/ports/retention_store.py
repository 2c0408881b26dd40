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
        """Blanks the identity, the evidence and the comments, deletes the letters and blanks the e-mails and the
        deaths reported to IODAS, and strips the IODAS numbers and comments from the audit entries about the request,
        its answers and créances; keeps the office, the dates and the outcomes."""
        ...

    def purge_login_attempts(self, before: datetime) -> int:
        """Deletes the sign-in attempts made before that moment, and what is kept of an address none is left for;
        returns how many attempts went."""
        ...

    def purge_audit_traces(self, before: datetime) -> int:
        """Deletes the sign-in entries of the audit trail (`login.*`) older than that moment, and blanks the IP
        address of the older entries left; returns how many entries were deleted."""
        ...
