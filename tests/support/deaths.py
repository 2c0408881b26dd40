"""Builders for deaths learnt from notaries: requests answered naming an IODAS person, or nobody."""

import uuid
from dataclasses import replace
from datetime import date, datetime, timedelta

from application.ports.unit_of_work import UnitOfWork
from domain.decision import Decision, DecisionKind, MatchEvidence
from domain.outcome import Outcome
from domain.search import SearchRequest
from tests.support.builders import identity


def answered(uow: UnitOfWork, at: datetime, iodas_id: str | None = "1", outcome: Outcome = Outcome.RECOVERABLE_AID,
             collectivite: str = "69", death_date: date = date(2024, 1, 5), death_place: str = "Lyon",
             crpcen: str = "69001", user_id: str = "clerk") -> Decision:
    """Writes one request whose automatic answer for `collectivite` names `iodas_id`; returns the decision."""
    request = SearchRequest(id=str(uuid.uuid4()), reference=uow.requests.next_reference(at.year),
                            identity=identity(death_date=death_date, death_place=death_place), crpcen=crpcen,
                            user_id=user_id, at=at)
    decision = Decision(id=str(uuid.uuid4()), request_id=request.id, collectivite=collectivite, outcome=outcome,
                        iodas_id=iodas_id, decided_at=at, evidence=MatchEvidence(reason="un bénéficiaire correspond"))
    uow.requests.add(request, [decision])
    return decision


def settled(uow: UnitOfWork, doubt: Decision, iodas_id: str | None, outcome: Outcome) -> Decision:
    """An agent's corrected decision that supersedes `doubt`, an hour later."""
    corrected = replace(doubt, id=str(uuid.uuid4()), kind=DecisionKind.CORRECTED, iodas_id=iodas_id, outcome=outcome,
                        decided_at=doubt.decided_at + timedelta(hours=1), decided_by="agent", comment="vérifié",
                        supersedes=doubt.id)
    assert uow.doubts.settle(corrected)
    return corrected
