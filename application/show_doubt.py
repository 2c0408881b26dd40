"""One doubtful case in full: what the notary typed beside each candidate the matcher found."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from returns.result import Failure, Result, Success

from application.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory
from domain.aid import AidCategory, AidReferential
from domain.beneficiary import Beneficiary, outcome_for
from domain.decision import CandidateEvidence, Decision
from domain.doubt import DoubtNotFound, FieldComparison, compare
from domain.maison import Maison
from domain.outbox import OutboxMessage
from domain.outcome import Outcome
from domain.search import SearchRequest


@dataclass(frozen=True, slots=True, kw_only=True)
class ShowDoubtQuery:
    decision_id: str
    collectivites: Sequence[str]


@dataclass(frozen=True, slots=True, kw_only=True)
class AidLine:
    code: str
    label: str
    category: AidCategory | None
    start: date
    end: date | None


@dataclass(frozen=True, slots=True, kw_only=True)
class CandidateFile:
    iodas_id: str
    score: float
    person: Beneficiary | None  # None if the person left the directory since
    comparison: tuple[FieldComparison, ...]
    aids: tuple[AidLine, ...]
    outcome_if_chosen: Outcome
    in_doubt: bool = False  # one of the people the doubt is about, not a weaker candidate cited for the record
    maison: Maison | None = None  # the maison du département that follows them, for the agent to call


@dataclass(frozen=True, slots=True, kw_only=True)
class DoubtFile:
    request: SearchRequest
    decision: Decision
    office_name: str
    candidates: tuple[CandidateFile, ...]
    settlement: Decision | None
    letters: tuple[OutboxMessage, ...]  # the mail that carries the settlement, with its delivery status


class ShowDoubt:
    """Business rules:
    - an agent opens only the doubts of their own collectivité;
    - each candidate shows the matcher's per-field evidence and the aids with their periods and categories,
      and the maison du département that follows them;
    - a settled doubt shows the corrected decision beside the original.
    """

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def execute(self, query: ShowDoubtQuery) -> Result[DoubtFile, DoubtNotFound]:
        with self._uow() as uow:
            decision = uow.doubts.decision(query.decision_id)
            request = uow.requests.get(decision.request_id) if decision else None
            if decision is None or request is None or decision.collectivite not in query.collectivites:
                return Failure(DoubtNotFound())
            referential = uow.collectivites.aid_referential(decision.collectivite)
            office = uow.offices.get(request.crpcen)
            candidates = tuple(_candidate(uow, request, decision.collectivite, c, referential)
                               for c in decision.evidence.candidates)
            settlement = uow.doubts.settlement_of(decision.id)
            letters = tuple(m for m in uow.outbox.for_request(request.id)
                            if settlement is not None and m.decision_id == settlement.id)
            return Success(DoubtFile(request=request, decision=decision, candidates=candidates,
                                     office_name=office.name if office else request.crpcen,
                                     settlement=settlement, letters=letters))


def _candidate(uow: UnitOfWork, request: SearchRequest, collectivite: str, evidence: CandidateEvidence,
               referential: AidReferential) -> CandidateFile:
    person = uow.beneficiaries.get(collectivite, evidence.iodas_id)
    if person is None:
        return CandidateFile(iodas_id=evidence.iodas_id, score=evidence.score, person=None, comparison=(),
                             aids=(), outcome_if_chosen=Outcome.UNKNOWN, in_doubt=evidence.in_doubt)
    aids = tuple(
        AidLine(code=a.code, label=t.label if (t := referential.types.get(a.code)) else a.code,
                category=referential.category(a.code), start=a.start, end=a.end)
        for a in person.aids
    )
    maison = uow.maisons.get(collectivite, person.maison_code) if person.maison_code else None
    return CandidateFile(iodas_id=evidence.iodas_id, score=evidence.score, person=person,
                         comparison=compare(request.identity, person, evidence.field_scores), aids=aids,
                         outcome_if_chosen=outcome_for(person, referential), in_doubt=evidence.in_doubt,
                         maison=maison)
