"""A user's acceptance of the collectivité's terms of use (CGU), kept as proof."""

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class TermsAcceptance:
    user_id: str
    version: str
    accepted_at: datetime
    ip: str | None = None
