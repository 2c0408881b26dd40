"""Renders the official letter of each decision and queues the e-mails, inside the caller's transaction.

Called by SearchDeceased for every search, and by the back-office when an agent corrects a decision:

    with services.uow() as uow:
        ...  # store the corrected Decision (kind=CORRECTED, supersedes=<old decision id>)
        services.letters.enqueue_correction(uow, corrected_decision)
        uow.commit()
"""

import uuid
from collections.abc import Iterable, Sequence

from returns.result import Failure, Result, Success

from application.letters.notices import NoticeWriter
from application.ports.clock import Clock
from application.ports.letters import CollectiviteProfiles, LetterRenderer
from application.ports.unit_of_work import UnitOfWork
from domain.collectivite import Collectivite
from domain.decision import Decision
from domain.errors import InvalidInput
from domain.letters import CollectiviteProfile, LetterContent, LetterKind, StoredLetter
from domain.office import NotarialOffice
from domain.outbox import MessageKind, OutboxMessage
from domain.search import SearchRequest
from application.letters.wording import NOTIFIED_OUTCOMES, local_date


class AnswerLetters:
    """Business rules:
    - every decision gets its official letter, rendered once and kept with it as evidence;
    - the office's generic address always receives the letter;
    - for a known or doubtful answer, the collectivité's service and the maison du département get a notice;
    - a correction of such an answer tells them too, whatever it now says (a doubt settled « inconnu » closes it);
    - the notary's letter carries only what the notary typed, never a candidate;
    - a collectivité may ask to hear of every search;
    - everything is written in the caller's transaction: no answer without its mail, no mail without its answer.
    """

    def __init__(self, renderer: LetterRenderer, profiles: CollectiviteProfiles, clock: Clock) -> None:
        self._renderer = renderer
        self._profiles = profiles
        self._clock = clock

    def enqueue_answers(self, uow: UnitOfWork, office: NotarialOffice, request: SearchRequest,
                        decisions: Sequence[Decision]) -> None:
        for decision in decisions:
            self._enqueue(uow, office, request, decision, previous=None)

    def enqueue_correction(self, uow: UnitOfWork, decision: Decision) -> Result[StoredLetter, InvalidInput]:
        """The corrected-answer letter for a corrected Decision already added to `uow` (not yet committed)."""
        request = uow.requests.get(decision.request_id)
        office = uow.offices.get(request.crpcen) if request else None
        if request is None or office is None:
            return Failure(InvalidInput(f"Demande introuvable pour la décision {decision.id}."))
        previous = next((d for d in uow.requests.decisions_for(request.id) if d.id == decision.supersedes), None)
        return Success(self._enqueue(uow, office, request, decision, previous=previous))

    def _enqueue(self, uow: UnitOfWork, office: NotarialOffice, request: SearchRequest, decision: Decision,
                 previous: Decision | None) -> StoredLetter:
        profile = self._profile(uow, decision.collectivite)
        correction = previous is not None or decision.supersedes is not None
        content = LetterContent(
            kind=LetterKind.CORRECTION if correction else LetterKind.ANSWER,
            outcome=decision.outcome, reference=request.reference, identity=request.identity,
            dated=local_date(decision.decided_at if correction else request.at),
            office_name=office.name, office_email=office.email, profile=profile,
            previous_date=local_date(previous.decided_at) if previous else (local_date(request.at) if correction else None),
            data_as_of=local_date(loaded) if (loaded := uow.imports.last_loaded(decision.collectivite)) else None,
        )
        letter = StoredLetter(decision_id=decision.id, request_id=request.id, collectivite=decision.collectivite,
                              kind=content.kind, filename=content.filename, pdf=self._renderer.render(content),
                              created_at=self._clock.now())
        uow.letters.add(letter)
        notices = NoticeWriter(uow, profile, office, request, decision, content)
        self._queue(uow, profile, request, decision, MessageKind.LETTER, (office.email,), *notices.letter())
        # A correction closes what the first answer told the services, even when it now tells them nothing new.
        was_notified = previous is not None and previous.outcome in NOTIFIED_OUTCOMES
        if decision.outcome in NOTIFIED_OUTCOMES or was_notified:
            self._queue(uow, profile, request, decision, MessageKind.NOTICE,
                        (profile.service_email, *notices.maison_emails()), *notices.notice())
        elif profile.notify_every_search and not correction:
            self._queue(uow, profile, request, decision, MessageKind.SEARCH_NOTICE, (profile.service_email,),
                        *notices.search_notice())
        return letter

    def _queue(self, uow: UnitOfWork, profile: CollectiviteProfile, request: SearchRequest, decision: Decision,
               kind: MessageKind, recipients: Iterable[str], subject: str, body: str, attach: bool) -> None:
        uow.outbox.add(OutboxMessage(
            id=str(uuid.uuid4()), message_id=f"<{uuid.uuid4().hex}.{kind.value}@{profile.mail_domain}>",
            kind=kind, request_id=request.id, decision_id=decision.id, sender=profile.sender,
            recipients=tuple(dict.fromkeys(r for r in recipients if r)), subject=subject, body=body,
            attach_letter=attach, created_at=self._clock.now(), next_attempt_at=self._clock.now(),
        ))

    def _profile(self, uow: UnitOfWork, code: str) -> CollectiviteProfile:
        return self._profiles.profile(uow.collectivites.get(code) or Collectivite(code=code, name=code))
