"""A notary's search: who asked, when, and for whom."""

from dataclasses import dataclass
from datetime import datetime

from domain.identity import DeceasedIdentity


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchRequest:
    id: str
    reference: str
    identity: DeceasedIdentity
    crpcen: str
    user_id: str
    at: datetime
