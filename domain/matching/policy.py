"""The first decision policy: decide only when exactly one person fits well."""

from collections.abc import Sequence
from dataclasses import dataclass

from domain.beneficiary import Beneficiary
from domain.decision import CandidateEvidence, MatchEvidence
from domain.identity import DeceasedIdentity
from domain.matching.result import MatchResult, MatchStatus
from domain.matching.scoring import FieldScores, score


@dataclass(frozen=True, slots=True, kw_only=True)
class ThresholdPolicy:
    """Business rules:
    - a candidate is strong when surname, a first name and the birth date all agree closely;
    - exactly one strong candidate is a match;
    - several strong candidates, or only near ones, are a doubt for an agent;
    - anything weaker is no match.
    """

    strong_name: float = 0.85
    strong_date: float = 0.8
    near_name: float = 0.7

    def _is_strong(self, s: FieldScores) -> bool:
        return s.surname >= self.strong_name and s.first_names >= self.strong_name and s.birth_date >= self.strong_date

    def _is_near(self, s: FieldScores) -> bool:
        names = s.surname >= self.near_name and s.first_names >= self.near_name
        return names and (s.birth_date > 0 or (s.surname == 1.0 and s.first_names == 1.0))

    def match(self, identity: DeceasedIdentity, candidates: Sequence[Beneficiary]) -> MatchResult:
        scored = sorted(((score(identity, b), b) for b in candidates), key=lambda p: -p[0].total)
        evidence = tuple(
            CandidateEvidence(iodas_id=b.iodas_id, score=s.total, field_scores=s.as_dict()) for s, b in scored[:10]
        )
        strong = [b for s, b in scored if self._is_strong(s)]
        if len(strong) == 1:
            return MatchResult(
                status=MatchStatus.UNIQUE,
                beneficiary=strong[0],
                evidence=MatchEvidence(reason="un seul bénéficiaire correspond", candidates=evidence),
            )
        if strong:
            reason = f"{len(strong)} bénéficiaires correspondent"
            return MatchResult(status=MatchStatus.AMBIGUOUS, evidence=MatchEvidence(reason=reason, candidates=evidence))
        if any(self._is_near(s) for s, _ in scored):
            reason = "correspondance partielle à vérifier"
            return MatchResult(status=MatchStatus.AMBIGUOUS, evidence=MatchEvidence(reason=reason, candidates=evidence))
        return MatchResult(status=MatchStatus.NO_MATCH, evidence=MatchEvidence(reason="aucun bénéficiaire", candidates=evidence))
