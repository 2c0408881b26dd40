from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True, kw_only=True)
class Attachment:
    filename: str
    content: bytes
    mime_type: str = "application/pdf"


@dataclass(frozen=True, slots=True, kw_only=True)
class OutgoingMail:
    message_id: str
    sender: str
    recipients: tuple[str, ...]
    subject: str
    body: str
    attachments: tuple[Attachment, ...] = ()


class DeliveryFailed(Exception):
    """permanent: the server refused the message itself, retrying cannot help."""

    def __init__(self, reason: str, *, permanent: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent


class Mailer(Protocol):
    def send(self, mail: OutgoingMail) -> None:
        """Hands the mail to the server, or raises DeliveryFailed."""
        ...
