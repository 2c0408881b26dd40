"""A real SMTP server (aiosmtpd) that keeps what it receives, and can be stopped and started again; in plain text,
or over TLS (from the first byte, or after STARTTLS) with a password to check."""

import ssl
import subprocess
import threading
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from io import BytesIO
from pathlib import Path
from typing import Any, Literal

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
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


def self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key; trust it with SSL_CERT_FILE=<certificate>."""
    certificate, key = folder / "smtp-cert.pem", folder / "smtp-key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(certificate)],
                   capture_output=True, check=True)
    return certificate, key


class _Password:
    def __init__(self, sink: "SmtpSink", user: str, password: str) -> None:
        self._sink, self._expected = sink, LoginPassword(user.encode(), password.encode())

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        if auth_data != self._expected:
            return AuthResult(success=False, handled=False)
        self._sink.signed_in.append(auth_data.login.decode())
        return AuthResult(success=True)


class SmtpSink:
    def __init__(self, *, tls: Literal["smtps", "starttls"] | None = None, certificate: tuple[Path, Path] | None = None,
                 user: str | None = None, password: str = "") -> None:
        self.port = free_port()
        self.received: list[Received] = []
        self.signed_in: list[str] = []
        self.arrived = threading.Condition()
        self._controller: Controller | None = None
        self._tls, self._certificate, self._user, self._password = tls, certificate, user, password

    @property
    def url(self) -> str:
        login = f"{self._user}:{self._password}@" if self._user else ""
        scheme = "smtps" if self._tls == "smtps" else "smtp"
        return f"{scheme}://{login}127.0.0.1:{self.port}" + ("?starttls=1" if self._tls == "starttls" else "")

    def start(self) -> "SmtpSink":
        options: dict[str, Any] = {}
        if self._tls:
            assert self._certificate, "a TLS server needs its certificate (self_signed)"
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(*self._certificate)
            # aiosmtpd counts STARTTLS only as TLS for AUTH; smtps is TLS from the first byte.
            options = {"ssl_context": context, "auth_require_tls": False} if self._tls == "smtps" else \
                {"tls_context": context, "require_starttls": True}
        if self._user:  # offered; `signed_in` tells whether the client signed in
            options["authenticator"] = _Password(self, self._user, self._password)
        self._controller = Controller(_Keeper(self), hostname="127.0.0.1", port=self.port, **options)
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
