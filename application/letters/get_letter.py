"""Downloads an answer letter again, as it was sent."""

from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.unit_of_work import UnitOfWorkFactory
from domain.decision import Decision
from domain.errors import NotAuthorized
from domain.identifiers import is_identifier
from domain.letters import StoredLetter
from domain.outcome import most_significant
from domain.user import Role, User


@dataclass(frozen=True, slots=True)
class LetterNotFound:
    message: str = "Courrier introuvable."


@dataclass(frozen=True, slots=True, kw_only=True)
class GetLetterQuery:
    request_id: str
    caller: User | None
    decision_id: str | None = None


class GetLetter:
    """Business rules:
    - a notary only gets the letters of their own office's requests;
    - an agent or administrator gets the letters of their own collectivité;
    - without a decision, the current letter with the most significant answer is given;
    - an id that is no identifier of ours finds nothing, and is looked up nowhere.
    """

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def execute(self, query: GetLetterQuery) -> Result[StoredLetter, LetterNotFound | NotAuthorized]:
        caller = query.caller
        if caller is None or not caller.active:
            return Failure(NotAuthorized())
        asked = (query.request_id,) if query.decision_id is None else (query.request_id, query.decision_id)
        if not all(is_identifier(i) for i in asked):
            return Failure(LetterNotFound())
        with self._uow() as uow:
            request = uow.requests.get(query.request_id)
            decisions = list(uow.requests.decisions_for(query.request_id)) if request else []
            allowed = [d for d in decisions if request and _may_read(caller, request.crpcen, d.collectivite)]
            chosen = _chosen(allowed, query.decision_id)
            letter = uow.letters.get(chosen.id) if chosen else None
        return Success(letter) if letter else Failure(LetterNotFound())


def _may_read(caller: User, crpcen: str, collectivite: str) -> bool:
    if caller.role is Role.NOTARY:
        return caller.crpcen == crpcen
    return caller.collectivite == collectivite


def _chosen(decisions: list[Decision], decision_id: str | None) -> Decision | None:
    if decision_id is not None:
        return next((d for d in decisions if d.id == decision_id), None)
    superseded = {d.supersedes for d in decisions}
    current = [d for d in decisions if d.id not in superseded]
    if not current:
        return None
    best = most_significant(d.outcome for d in current)
    return min((d for d in current if d.outcome is best), key=lambda d: d.collectivite)
