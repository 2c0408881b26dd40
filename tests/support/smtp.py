"""A real SMTP server (aiosmtpd) that keeps what it receives, and can be stopped and started again."""

import threading
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from io import BytesIO
from typing import Any

from aiosmtpd.controller import Controller
from pypdf import PdfReader

from tests.support.ports import free_port


@dataclass(frozen=True, slots=True)
class Received:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    message: EmailMessage

    @property
    def message_id(self) -> str:
        return str(self.message["Message-ID"])

    def body(self) -> str:
        part = self.message.get_body(("plain",))
        assert part is not None
        return str(part.get_content())

    def pdf_text(self) -> str:
        """The text of the attached letter, as a reader of the PDF would extract it."""
        parts = [p for p in self.message.iter_attachments() if p.get_content_type() == "application/pdf"]
        assert len(parts) == 1, "exactly one PDF letter is attached"
        payload = parts[0].get_payload(decode=True)
        assert isinstance(payload, bytes)
        reader = PdfReader(BytesIO(payload))
        return "\n".join(page.extract_text() for page in reader.pages)


class _Keeper:
    def __init__(self, sink: "SmtpSink") -> None:
        self._sink = sink

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        with self._sink.arrived:
            self._sink.received.append(Received(envelope.mail_from, tuple(envelope.rcpt_tos), message))
            self._sink.arrived.notify_all()
        return "250 Message accepted for delivery"


class SmtpSink:
    def __init__(self) -> None:
        self.port = free_port()
        self.received: list[Received] = []
        self.arrived = threading.Condition()
        self._controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    def start(self) -> "SmtpSink":
        self._controller = Controller(_Keeper(self), hostname="127.0.0.1", port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def wait_for(self, count: int, timeout: float = 30) -> list[Received]:
        """Readiness wait, not a sleep: returns as soon as `count` messages are in."""
        with self.arrived:
            assert self.arrived.wait_for(lambda: len(self.received) >= count, timeout), \
                f"{len(self.received)} message(s) received, {count} expected"
            return list(self.received)

    def to(self, address: str) -> list[Received]:
        return [r for r in self.received if address in r.rcpt_tos]
