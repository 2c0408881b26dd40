"""What a matcher concludes about one identity against one collectivité's people."""

from dataclasses import dataclass
from enum import StrEnum

from domain.beneficiary import Beneficiary
from domain.decision import MatchEvidence


class MatchStatus(StrEnum):
    NO_MATCH = "no_match"
    UNIQUE = "unique"
    AMBIGUOUS = "ambiguous"


@dataclass(frozen=True, slots=True, kw_only=True)
class MatchResult:
    status: MatchStatus
    evidence: MatchEvidence
    beneficiary: Beneficiary | None = None
