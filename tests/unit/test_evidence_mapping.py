"""The matcher's evidence as the database keeps it (JSON), decisions written before a field existed included."""

import json

from domain.decision import CandidateEvidence, MatchEvidence
from infrastructure.persistence.mappers import evidence, evidence_json


def test_evidence_reads_back_as_written_with_the_people_in_doubt_marked() -> None:
    written = MatchEvidence(reason="2 bénéficiaires correspondent presque également", candidates=(
        CandidateEvidence(iodas_id="1", score=0.97, field_scores={"surname": 1.0}, in_doubt=True),
        CandidateEvidence(iodas_id="3", score=0.61, field_scores={"surname": 1.0})))
    assert evidence(evidence_json(written)) == written
    assert "in_doubt" not in json.loads(evidence_json(written))["candidates"][1]  # rows stay as small as before


def test_evidence_written_before_doubts_were_marked_reads_with_no_one_marked() -> None:
    older = '{"reason": "à vérifier", "candidates": [{"iodas_id": "1", "score": 0.9, "fields": {"surname": 1.0}}]}'
    [candidate] = evidence(older).candidates
    assert (candidate.iodas_id, candidate.in_doubt) == ("1", False)
