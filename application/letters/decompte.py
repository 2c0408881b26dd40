"""Renders the décompte of a créance and queues it to the office, inside the caller's transaction.

Called by NotifyCreance when an agent notifies a case:

    with services.uow() as uow:
        ...  # the case notified
        services.decompte_letters.enqueue_decompte(uow, notified, request, office, today)
        uow.commit()
"""

import uuid
from datetime import date

from returns.result import Failure, Result, Success

from application.letters.notices import decompte_mail
from application.letters.wording import local_date
from application.ports.clock import Clock
from application.ports.letters import CollectiviteProfiles, LetterRenderer
from application.ports.unit_of_work import UnitOfWork
from domain.collectivite import Collectivite
from domain.creance import Creance
from domain.decompte import StoredDecompte, decompte_of
from domain.errors import InvalidInput
from domain.letters import LetterContent, LetterKind
from domain.office import NotarialOffice
from domain.outbox import MessageKind, OutboxMessage
from domain.outcome import Outcome
from domain.search import SearchRequest


class CreanceLetters:
    """Business rules:
    - the décompte names the deceased as the notary typed them, and the aids with the periods the file holds;
    - it shows the computation that gave the amount claimed, and how to pay it: the collectivité's configured
      account (NotifyCreance sends no décompte without one);
    - it is rendered once, kept as sent, and queued to the office's generic address with the case's change.
    """

    def __init__(self, renderer: LetterRenderer, profiles: CollectiviteProfiles, clock: Clock) -> None:
        self._renderer, self._profiles, self._clock = renderer, profiles, clock

    def enqueue_decompte(self, uow: UnitOfWork, creance: Creance, request: SearchRequest, office: NotarialOffice,
                         on: date) -> Result[StoredDecompte, InvalidInput]:
        code = creance.collectivite
        profile = self._profiles.profile(uow.collectivites.get(code) or Collectivite(code=code, name=code))
        labels = {c: t.label for c, t in uow.collectivites.aid_referential(code).types.items()}
        files = [uow.beneficiaries.get(code, iodas_id) for iodas_id in creance.iodas_ids]  # one person, maybe twice
        decompte = decompte_of(creance, request, uow.recovery_rules.rules_for(code), labels,
                               [aid for person in files if person is not None for aid in person.aids])
        content = LetterContent(
            kind=LetterKind.DECOMPTE, outcome=Outcome.RECOVERABLE_AID, reference=request.reference, dated=on,
            identity=request.identity, office_name=office.name, office_email=office.email, profile=profile,
            previous_date=local_date(request.at), decompte=decompte)
        now = self._clock.now()
        letter = StoredDecompte(creance_id=creance.id, request_id=request.id, collectivite=code,
                                filename=content.filename, pdf=self._renderer.render(content), created_at=now)
        if not uow.decomptes.add(letter):
            return Failure(InvalidInput("Le décompte de cette créance a déjà été envoyé au notaire."))
        subject, body, attach = decompte_mail(profile, request, decompte)
        uow.outbox.add(OutboxMessage(
            id=str(uuid.uuid4()), message_id=f"<{uuid.uuid4().hex}.{MessageKind.DECOMPTE.value}@{profile.mail_domain}>",
            kind=MessageKind.DECOMPTE, request_id=request.id, decision_id=creance.decision_id, creance_id=creance.id,
            sender=profile.sender, recipients=(office.email,), subject=subject, body=body, attach_letter=attach,
            created_at=now, next_attempt_at=now))
        return Success(letter)
