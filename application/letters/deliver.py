"""The outbox dispatcher: one pass over the messages that are due."""

import uuid
from dataclasses import dataclass
from datetime import timedelta

from application.ports.clock import Clock
from application.ports.mailer import Attachment, DeliveryFailed, Mailer, OutgoingMail
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.outbox import OutboxMessage, retry_delay

# Longer than a batch of SMTP timeouts, so that a live dispatcher never loses its claim mid-send.
DEFAULT_LEASE = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0

    def __add__(self, other: "DeliveryReport") -> "DeliveryReport":
        return DeliveryReport(self.sent + other.sent, self.retried + other.retried, self.failed + other.failed)

    def summary(self) -> str:
        return f"{self.sent} envoyé(s), {self.retried} à réessayer, {self.failed} en échec définitif."


class DeliverOutbox:
    """Business rules:
    - a message is claimed before it is sent, so that several dispatchers never send it twice;
    - a claim left by a crashed dispatcher expires, and the message is sent again with the same Message-ID;
    - a refused message fails with its reason; a server that is down is retried, 1 s, 2 s, 4 s… at most 60 s apart.
    """

    def __init__(self, uow: UnitOfWorkFactory, mailer: Mailer, clock: Clock, *, batch: int = 10,
                 lease: timedelta = DEFAULT_LEASE) -> None:
        self._uow, self._mailer, self._clock = uow, mailer, clock
        self._batch, self._lease = batch, lease

    def execute(self, max_messages: int = 1000) -> DeliveryReport:
        report = DeliveryReport()
        while (report.sent + report.retried + report.failed) < max_messages:
            token = uuid.uuid4().hex
            now = self._clock.now()
            with self._uow() as uow:
                claimed = list(uow.outbox.claim_due(now, now + self._lease, token, self._batch))
                uow.commit()
            if not claimed:
                break
            for message in claimed:
                report += self._deliver(message, token)
        return report

    def _deliver(self, message: OutboxMessage, token: str) -> DeliveryReport:
        try:
            self._mailer.send(self._mail(message))
        except DeliveryFailed as failure:
            with self._uow() as uow:
                if failure.permanent:
                    uow.outbox.mark_failed(message.id, token, failure.reason)
                else:
                    due = self._clock.now() + retry_delay(message.attempts + 1)
                    uow.outbox.reschedule(message.id, token, failure.reason, due)
                uow.commit()
            return DeliveryReport(failed=1) if failure.permanent else DeliveryReport(retried=1)
        with self._uow() as uow:
            uow.outbox.mark_sent(message.id, token, self._clock.now())
            uow.commit()
        return DeliveryReport(sent=1)

    def _mail(self, message: OutboxMessage) -> OutgoingMail:
        attachments: tuple[Attachment, ...] = ()
        if message.attach_letter and (message.creance_id or message.decision_id):
            with self._uow() as uow:
                # A décompte carries its case's letter; any other message, its decision's.
                letter = (uow.decomptes.get(message.creance_id) if message.creance_id
                          else uow.letters.get(message.decision_id or ""))
            if letter is not None:
                attachments = (Attachment(filename=letter.filename, content=letter.pdf),)
        return OutgoingMail(message_id=message.message_id, sender=message.sender, recipients=message.recipients,
                            subject=message.subject, body=message.body, attachments=attachments)
