"""A collectivité checks a list of deceased people with the engine the API uses."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from returns.result import Success

from application.ports.candidate_source import CandidateSource
from application.ports.matcher import Matcher
from application.ports.unit_of_work import UnitOfWorkFactory
from application.search_deceased import outcome_from
from domain.aid import AidReferential
from domain.identity import IdentityForm, validate_identity
from domain.matching.result import MatchStatus


@dataclass(frozen=True, slots=True, kw_only=True)
class ListEntry:
    ref: str
    form: IdentityForm
    error: str | None = None  # set when the row could not even be parsed


@dataclass(frozen=True, slots=True, kw_only=True)
class ListResult:
    ref: str
    outcome: str
    iodas_id: str
    score: float | None
    status: MatchStatus | None = None  # None when the row was invalid
    error: str = ""
    reason: str = ""  # the matcher's explanation, for the collectivité's agents (never a notary's)


@dataclass(frozen=True, slots=True, kw_only=True)
class ListAnswerer:
    """Answers one row without touching the database, so that rows can be answered in parallel."""

    collectivite: str
    matcher: Matcher
    candidates: CandidateSource
    referential: AidReferential
    today: date

    def __call__(self, entry: ListEntry) -> ListResult:
        validated = validate_identity(entry.form, self.today)
        if entry.error or not isinstance(validated, Success):
            reason = entry.error or validated.failure().message
            return ListResult(ref=entry.ref, outcome="INVALID", iodas_id="", score=None, error=reason)
        identity = validated.unwrap()
        result = self.matcher.match(identity, self.candidates.find_candidates(self.collectivite, identity),
                                    self.candidates.name_facts(self.collectivite))
        return ListResult(
            ref=entry.ref,
            outcome=outcome_from(result, self.referential).value,
            iodas_id=result.beneficiary.iodas_id if result.beneficiary else "",
            score=max((c.score for c in result.evidence.candidates), default=0.0),
            status=result.status,
            reason=result.evidence.reason,
        )


class MatchList:
    """Business rules:
    - each row is answered as a notary's search would be, without storing a request;
    - a row that a notary could not submit is answered INVALID with the reason.
    """

    def __init__(self, uow: UnitOfWorkFactory, matcher: Matcher, today: date,
                 candidates: CandidateSource | None = None) -> None:
        self._uow = uow
        self._matcher = matcher
        self._today = today
        self._candidates = candidates

    def answerer(self, collectivite: str, candidates: CandidateSource) -> ListAnswerer:
        with self._uow() as uow:
            referential = uow.collectivites.aid_referential(collectivite)
        return ListAnswerer(collectivite=collectivite, matcher=self._matcher, candidates=candidates,
                            referential=referential, today=self._today)

    def execute(self, collectivite: str, entries: Iterable[ListEntry]) -> Iterator[ListResult]:
        if self._candidates is not None:
            yield from map(self.answerer(collectivite, self._candidates), entries)
            return
        with self._uow() as uow:
            answer = ListAnswerer(collectivite=collectivite, matcher=self._matcher, candidates=uow.beneficiaries,
                                  referential=uow.collectivites.aid_referential(collectivite), today=self._today)
            yield from map(answer, entries)
