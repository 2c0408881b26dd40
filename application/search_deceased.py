"""A notary asks whether the deceased received aid from the collectivités of the office."""

import logging
import uuid
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.letters.enqueue import AnswerLetters
from application.ports.clock import Clock
from application.ports.matcher import Matcher
from application.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory
from domain.aid import AidReferential
from domain.audit import AuditEntry
from domain.beneficiary import outcome_for
from domain.decision import Decision
from domain.errors import DirectoryNotLoaded, InvalidSearch, NotAuthorized, OfficeNotServed
from domain.identity import DeceasedIdentity, IdentityForm, validate_identity
from domain.matching.result import MatchResult, MatchStatus
from domain.office import NotarialOffice
from domain.outcome import Outcome, most_significant
from domain.search import SearchRequest
from domain.user import Role


_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchDeceasedCommand:
    user_id: str
    form: IdentityForm
    ip: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class CollectiviteAnswer:
    collectivite: str
    outcome: Outcome
    decision_id: str  # each collectivité's answer has its own official letter


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchAnswer:
    request: SearchRequest
    outcome: Outcome
    answers: tuple[CollectiviteAnswer, ...]


SearchError = InvalidSearch | NotAuthorized | OfficeNotServed | DirectoryNotLoaded


class SearchDeceased:
    """Business rules:
    - only an active notary attached to an office registered with a collectivité may search (an office that no
      collectivité serves is told so, not taken for a stranger);
    - no collectivité answers before its beneficiaries are loaded: its « inconnu » would be official and false;
    - each collectivité of the office answers; the most significant answer is the outcome;
    - the request and every answer are stored together, as legal proof, and audited, one entry per collectivité with
      its own answer (no name in the audit);
    - a doubt is never resolved by guessing;
    - the official letters and their e-mails are stored in the same transaction as the answer, and sent
      later by the outbox dispatcher: the search never waits for the mail server.
    """

    def __init__(self, uow: UnitOfWorkFactory, matcher: Matcher, clock: Clock,
                 letters: AnswerLetters | None = None) -> None:
        self._uow = uow
        self._matcher = matcher
        self._clock = clock
        self._letters = letters

    def execute(self, command: SearchDeceasedCommand) -> Result[SearchAnswer, SearchError]:
        now = self._clock.now()
        with self._uow() as uow:
            office = _office_of(uow, command.user_id)
            if office is None:
                return Failure(NotAuthorized())
            if not office.collectivites:
                return Failure(OfficeNotServed())
            if unloaded := _unloaded(uow, office):
                return Failure(unloaded)
            validated = validate_identity(command.form, now.date())
            if not isinstance(validated, Success):
                return Failure(validated.failure())
            identity = validated.unwrap()
            request = SearchRequest(
                id=str(uuid.uuid4()),
                reference=uow.requests.next_reference(now.year),
                identity=identity,
                crpcen=office.crpcen,
                user_id=command.user_id,
                at=now,
            )
            decisions = [self._decide(uow, request, code) for code in sorted(office.collectivites)]
            uow.requests.add(request, decisions)
            answers = tuple(CollectiviteAnswer(collectivite=d.collectivite, outcome=d.outcome, decision_id=d.id)
                            for d in decisions)
            answer = SearchAnswer(request=request, outcome=most_significant(a.outcome for a in answers), answers=answers)
            for d in decisions:  # one entry per collectivité: each sees its own answer, never the other's
                uow.audit.record(AuditEntry(at=now, actor_id=command.user_id, action="search.answered",
                                            target=request.id, collectivite=d.collectivite, ip=command.ip,
                                            details={"crpcen": office.crpcen, "outcome": d.outcome.value}))
            if self._letters is not None:
                self._letters.enqueue_answers(uow, office, request, decisions)
            uow.commit()
        return Success(answer)

    def _decide(self, uow: UnitOfWork, request: SearchRequest, collectivite: str) -> Decision:
        result = match_in(uow, self._matcher, request.identity, collectivite)
        return Decision(
            id=str(uuid.uuid4()),
            request_id=request.id,
            collectivite=collectivite,
            outcome=outcome_of(uow, result, collectivite),
            iodas_id=result.beneficiary.iodas_id if result.beneficiary else None,
            evidence=result.evidence,
            decided_at=request.at,
        )


def _unloaded(uow: UnitOfWork, office: NotarialOffice) -> DirectoryNotLoaded | None:
    for code in sorted(office.collectivites):
        if not uow.beneficiaries.name_facts(code).people:
            known = uow.collectivites.get(code)
            _log.warning("search refused: no beneficiary loaded yet for collectivité %s", code)
            return DirectoryNotLoaded(collectivite=known.name if known else code)
    return None


def match_in(uow: UnitOfWork, matcher: Matcher, identity: DeceasedIdentity, collectivite: str) -> MatchResult:
    people = uow.beneficiaries
    return matcher.match(identity, people.find_candidates(collectivite, identity), people.name_facts(collectivite))


def outcome_of(uow: UnitOfWork, result: MatchResult, collectivite: str) -> Outcome:
    return outcome_from(result, uow.collectivites.aid_referential(collectivite))


def outcome_from(result: MatchResult, referential: AidReferential) -> Outcome:
    if result.status is MatchStatus.AMBIGUOUS:
        return Outcome.AMBIGUOUS
    if result.beneficiary is None:
        return Outcome.UNKNOWN
    return outcome_for(result.beneficiary, referential)


def _office_of(uow: UnitOfWork, user_id: str) -> NotarialOffice | None:
    user = uow.users.get(user_id)
    if user is None or not user.active or user.role is not Role.NOTARY or user.crpcen is None:
        return None
    return uow.offices.get(user.crpcen)
