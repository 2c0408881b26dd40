"""A collectivité checks a list of deceased people with the engine the API uses."""

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from returns.result import Success

from application.ports.matcher import Matcher
from application.ports.unit_of_work import UnitOfWorkFactory
from application.search_deceased import match_in, outcome_of
from domain.identity import IdentityForm, validate_identity


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
    error: str = ""


class MatchList:
    """Business rules:
    - each row is answered as a notary's search would be, without storing a request;
    - a row that a notary could not submit is answered INVALID with the reason.
    """

    def __init__(self, uow: UnitOfWorkFactory, matcher: Matcher, today: date) -> None:
        self._uow = uow
        self._matcher = matcher
        self._today = today

    def execute(self, collectivite: str, entries: Iterable[ListEntry]) -> Iterator[ListResult]:
        with self._uow() as uow:
            for entry in entries:
                validated = validate_identity(entry.form, self._today)
                if entry.error or not isinstance(validated, Success):
                    reason = entry.error or validated.failure().message
                    yield ListResult(ref=entry.ref, outcome="INVALID", iodas_id="", score=None, error=reason)
                    continue
                result = match_in(uow, self._matcher, validated.unwrap(), collectivite)
                top = max((c.score for c in result.evidence.candidates), default=0.0)
                yield ListResult(
                    ref=entry.ref,
                    outcome=outcome_of(uow, result, collectivite).value,
                    iodas_id=result.beneficiary.iodas_id if result.beneficiary else "",
                    score=top,
                )
