"""In-memory outbox, letter and décompte archives, maisons and mailer. Tested against the SQL adapters and real SMTP."""

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from application.ports.mailer import DeliveryFailed, OutgoingMail
from domain.decompte import StoredDecompte
from domain.letters import LetterContent, StoredLetter
from domain.maison import Maison
from domain.outbox import MessageStatus, OutboxMessage


@dataclass
class _Claim:
    token: str
    until: datetime


class FakeOutbox:
    def __init__(self) -> None:
        self.messages: dict[str, OutboxMessage] = {}
        self.claims: dict[str, _Claim] = {}

    def add(self, message: OutboxMessage) -> None:
        self.messages[message.id] = message

    def claim_due(self, now: datetime, lease_until: datetime, token: str, limit: int) -> Sequence[OutboxMessage]:
        def free(m: OutboxMessage) -> bool:
            claim = self.claims.get(m.id)
            return claim is None or claim.until < now

        due = [m for m in self.messages.values() if m.status is MessageStatus.PENDING
               and (m.next_attempt_at is None or m.next_attempt_at <= now) and free(m)]
        taken = sorted(due, key=lambda m: (m.next_attempt_at or m.created_at, m.created_at))[:limit]
        for m in taken:
            self.claims[m.id] = _Claim(token, lease_until)
        return taken

    def _release(self, message_id: str, token: str) -> bool:
        claim = self.claims.get(message_id)
        if claim is None or claim.token != token:
            return False
        del self.claims[message_id]
        return True

    def mark_sent(self, message_id: str, token: str, at: datetime) -> bool:
        if not self._release(message_id, token):
            return False
        m = self.messages[message_id]
        self.messages[message_id] = replace(m, status=MessageStatus.SENT, sent_at=at, attempts=m.attempts + 1)
        return True

    def reschedule(self, message_id: str, token: str, error: str, at: datetime) -> bool:
        if not self._release(message_id, token):
            return False
        m = self.messages[message_id]
        self.messages[message_id] = replace(m, attempts=m.attempts + 1, last_error=error, next_attempt_at=at)
        return True

    def mark_failed(self, message_id: str, token: str, reason: str) -> bool:
        if not self._release(message_id, token):
            return False
        m = self.messages[message_id]
        self.messages[message_id] = replace(m, status=MessageStatus.FAILED, attempts=m.attempts + 1, last_error=reason)
        return True

    def for_request(self, request_id: str) -> Sequence[OutboxMessage]:
        return sorted((m for m in self.messages.values() if m.request_id == request_id), key=lambda m: m.created_at)

    def counts(self) -> dict[MessageStatus, int]:
        found = {status: 0 for status in MessageStatus}
        for m in self.messages.values():
            found[m.status] += 1
        return found

    def next_attempt(self) -> datetime | None:
        return min((m.next_attempt_at or m.created_at for m in self.messages.values()
                    if m.status is MessageStatus.PENDING), default=None)

    def troubled(self, limit: int) -> Sequence[OutboxMessage]:
        found = [m for m in self.messages.values() if m.status is MessageStatus.FAILED
                 or (m.status is MessageStatus.PENDING and m.last_error)]
        return sorted(found, key=lambda m: m.created_at, reverse=True)[:limit]


class FakeLetterArchive:
    def __init__(self) -> None:
        self.items: dict[str, StoredLetter] = {}

    def add(self, letter: StoredLetter) -> None:
        self.items[letter.decision_id] = letter

    def get(self, decision_id: str) -> StoredLetter | None:
        return self.items.get(decision_id)

    def for_request(self, request_id: str) -> Sequence[StoredLetter]:
        return sorted((x for x in self.items.values() if x.request_id == request_id), key=lambda x: x.created_at)


class FakeDecompteArchive:
    def __init__(self) -> None:
        self.items: dict[str, StoredDecompte] = {}

    def add(self, letter: StoredDecompte) -> bool:
        if letter.creance_id in self.items:
            return False
        self.items[letter.creance_id] = letter
        return True

    def get(self, creance_id: str) -> StoredDecompte | None:
        return self.items.get(creance_id)


class FakeMaisons:
    def __init__(self) -> None:
        self.items: dict[tuple[str, str], Maison] = {}

    def get(self, collectivite: str, code: str) -> Maison | None:
        return self.items.get((collectivite, code))

    def all(self, collectivite: str) -> Sequence[Maison]:
        return [m for (c, _), m in sorted(self.items.items()) if c == collectivite]

    def save(self, maison: Maison) -> bool:
        new = (maison.collectivite, maison.code) not in self.items
        self.items[(maison.collectivite, maison.code)] = maison
        return new


class FakeLetterRenderer:
    """Writes the letter's words instead of a PDF: unit tests check what goes in, not the layout."""

    def __init__(self) -> None:
        self.rendered: list[LetterContent] = []

    def render(self, letter: LetterContent) -> bytes:
        self.rendered.append(letter)
        return f"{letter.template}|{letter.reference}|{letter.identity.last_name}".encode()


class FakeMailer:
    """Records what was handed over; `down` or `refusing` simulate a server that is away or says no."""

    def __init__(self) -> None:
        self.sent: list[OutgoingMail] = []
        self.down = False
        self.refusing = False

    def send(self, mail: OutgoingMail) -> None:
        if self.down:
            raise DeliveryFailed("serveur de messagerie injoignable", permanent=False)
        if self.refusing:
            raise DeliveryFailed("550 destinataire refusé", permanent=True)
        self.sent.append(mail)
