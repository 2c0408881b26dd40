"""The decision policy: one of three verdicts per collectivité, never a guess.

Each candidate gets three field scores (surname, first names, birth date; see `scoring`) and a
weighted total. A candidate

- *fits* when no field disagrees (every score >= `field_floor`: exact, or one slip), at most
  `max_inexact_fields` field is not exact (two slips at once are as often two people as one), and the
  total reaches `accept_total`;
- is *plausible* when it does not fit but the total reaches `doubt_total` and no field is far off
  (every score >= `doubt_floor`, the surname >= `surname_doubt_floor`): a human could believe it is the
  deceased. Among a million people, someone born that day with the same first name and a vaguely similar
  surname is the rule, not a doubt.

The verdict is

- UNIQUE when the best candidate fits, every other plausible candidate trails it by more than
  `margin` (two records of one identity, or a near twin, are never split by guessing), and, if its
  birth date is only close, no other candidate bears the surname (a common name makes a near date a
  coincidence as often as a slip); and, if its surname or birth date is only close, the first typed
  first name is the first recorded one (a sibling, or a namesake born that day, often shares a second
  first name);
- AMBIGUOUS when some candidate fits or is plausible but UNIQUE does not hold;
- NO_MATCH otherwise: a homonym born on another date is another person.

The thresholds and weights are settings (`MatchingSettings`); the API, `notaires match` and
`notaires evaluate` all use this one policy.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

from domain.beneficiary import Beneficiary
from domain.decision import CandidateEvidence, MatchEvidence
from domain.identity import DeceasedIdentity
from domain.matching.result import MatchResult, MatchStatus
from domain.matching.scoring import (FieldScores, Weights, birth_date_score, leading_first_names_agree, score,
                                     surname_score)
from domain.matching.similarity import SLIP

EVIDENCE_LIMIT = 10


@dataclass(frozen=True, slots=True, kw_only=True)
class ThresholdPolicy:
    accept_total: float = 0.9
    field_floor: float = 0.85
    max_inexact_fields: int = 1
    doubt_total: float = 0.8
    doubt_floor: float = 0.5
    surname_doubt_floor: float = 0.75
    margin: float = 0.05
    weights: Weights = field(default_factory=Weights)

    def fits(self, s: FieldScores) -> bool:
        inexact = sum(value < 1.0 for value in s.as_dict().values())
        return s.lowest() >= self.field_floor and s.total(self.weights) >= self.accept_total \
            and inexact <= self.max_inexact_fields

    def is_plausible(self, s: FieldScores) -> bool:
        return s.lowest() >= self.doubt_floor and s.surname >= self.surname_doubt_floor \
            and s.total(self.weights) >= self.doubt_total

    def bears_the_name(self, s: FieldScores) -> bool:
        return s.surname >= SLIP

    def _triage(self, identity: DeceasedIdentity, candidates: Sequence[Beneficiary]) -> tuple[list[Beneficiary], int]:
        """Cheap fields first: most people born on the searched day bear another name, and most namesakes
        were born on another day; these are only counted, as homonyms, never fully scored."""
        homonyms, comparable = 0, []
        for b in candidates:
            surname = surname_score(identity, b)
            if surname >= self.surname_doubt_floor and \
                    birth_date_score(identity.birth_date, b.birth_date) >= self.doubt_floor:
                comparable.append(b)
            elif surname >= SLIP:
                homonyms += 1
        return comparable, homonyms

    def match(self, identity: DeceasedIdentity, candidates: Sequence[Beneficiary]) -> MatchResult:
        comparable, homonyms = self._triage(identity, candidates)
        scored = sorted(((score(identity, b), b) for b in comparable),
                        key=lambda pair: (-pair[0].total(self.weights), pair[1].iodas_id))
        evidence = tuple(
            CandidateEvidence(iodas_id=b.iodas_id, score=s.total(self.weights), field_scores=s.as_dict())
            for s, b in scored[:EVIDENCE_LIMIT]
        )
        considered = f"{len(candidates)} candidats examinés, {len(scored)} comparés"
        plausible = [(s, b) for s, b in scored if self.fits(s) or self.is_plausible(s)]
        if not plausible:
            return _result(MatchStatus.NO_MATCH, f"aucun bénéficiaire ne correspond ({considered})", evidence)
        best_scores, best = plausible[0]
        floor = best_scores.total(self.weights) - self.margin
        rivals = [s for s, _ in plausible[1:] if s.total(self.weights) > floor]
        homonyms += sum(1 for s, b in scored if b is not best and self.bears_the_name(s))
        if rivals:
            reason = f"{len(rivals) + 1} bénéficiaires correspondent presque également ({considered})"
        elif not self.fits(best_scores):
            reason = f"correspondance partielle à vérifier ({considered})"
        elif best_scores.birth_date < 1.0 and homonyms:
            reason = f"date approchée et {homonyms} homonyme(s) : à vérifier ({considered})"
        elif min(best_scores.surname, best_scores.birth_date) < 1.0 and not leading_first_names_agree(identity, best):
            reason = f"nom ou date approché et prénoms dans un autre ordre : à vérifier ({considered})"
        else:
            return _result(MatchStatus.UNIQUE, f"un seul bénéficiaire correspond ({considered})", evidence, best)
        return _result(MatchStatus.AMBIGUOUS, reason, evidence)


def _result(status: MatchStatus, reason: str, evidence: tuple[CandidateEvidence, ...],
            beneficiary: Beneficiary | None = None) -> MatchResult:
    return MatchResult(status=status, beneficiary=beneficiary, evidence=MatchEvidence(reason=reason, candidates=evidence))
