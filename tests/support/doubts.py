"""Builders for doubtful cases: a request whose answer is AMBIGUOUS between two people."""

import uuid
from datetime import datetime

from application.ports.unit_of_work import UnitOfWork
from domain.decision import CandidateEvidence, Decision, MatchEvidence
from domain.outcome import Outcome
from domain.search import SearchRequest
from tests.support.builders import identity

TWINS = (
    CandidateEvidence(iodas_id="1", score=0.97, field_scores={"surname": 1.0, "first_names": 1.0, "birth_date": 0.9},
                      in_doubt=True),
    CandidateEvidence(iodas_id="2", score=0.91, field_scores={"surname": 1.0, "first_names": 0.8, "birth_date": 0.9},
                      in_doubt=True),
)


def ambiguous_request(uow: UnitOfWork, at: datetime, collectivite: str = "69", crpcen: str = "69001",
                      user_id: str = "clerk", reference: str | None = None, death_place: str = "Lyon",
                      candidates: tuple[CandidateEvidence, ...] = TWINS) -> Decision:
    """Writes one request with an AMBIGUOUS decision between candidates 1 and 2 (or those given); returns it."""
    request = SearchRequest(id=str(uuid.uuid4()), reference=reference or uow.requests.next_reference(at.year),
                            identity=identity(death_place=death_place), crpcen=crpcen, user_id=user_id, at=at)
    decision = Decision(id=str(uuid.uuid4()), request_id=request.id, collectivite=collectivite,
                        outcome=Outcome.AMBIGUOUS, iodas_id=None, decided_at=at,
                        evidence=MatchEvidence(reason="2 bénéficiaires correspondent", candidates=candidates))
    uow.requests.add(request, [decision])
    return decision
