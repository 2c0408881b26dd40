"""The answer given for one collectivité, with the evidence agents may read."""

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from domain.outcome import Outcome


class DecisionKind(StrEnum):
    AUTOMATIC = "automatic"
    CORRECTED = "corrected"


@dataclass(frozen=True, slots=True, kw_only=True)
class CandidateEvidence:
    iodas_id: str
    score: float
    field_scores: dict[str, float] = field(default_factory=dict)
    in_doubt: bool = False  # a person the decision names or doubts between (the others only explain it)


@dataclass(frozen=True, slots=True, kw_only=True)
class MatchEvidence:
    """Why the matcher answered as it did. Never shown to a notary."""

    reason: str
    candidates: tuple[CandidateEvidence, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Decision:
    id: str
    request_id: str
    collectivite: str
    outcome: Outcome
    iodas_id: str | None  # the person's file; for a person entered several times in IODAS, the principal one
    evidence: MatchEvidence
    decided_at: datetime
    kind: DecisionKind = DecisionKind.AUTOMATIC
    decided_by: str | None = None
    comment: str | None = None
    supersedes: str | None = None
    other_iodas_ids: tuple[str, ...] = ()  # the same person's other files, named by the agent who settled a doubt

    @property
    def iodas_ids(self) -> tuple[str, ...]:
        """Every file of the person the decision names, the principal one first; none for nobody."""
        return (self.iodas_id, *self.other_iodas_ids) if self.iodas_id else ()

    @property
    def top_score(self) -> float:
        return max((c.score for c in self.evidence.candidates), default=0.0)
