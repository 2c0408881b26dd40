"""The SMTP adapter: NOTAIRES_SMTP_URL = smtp://host:port, smtp://[user:password@]host:port?starttls=1 (STARTTLS),
or smtps://[user:password@]host:port (TLS from the first byte, port 465 by default). The letters carry social-aid
answers: use STARTTLS or smtps wherever the mail server takes them; a password never travels in clear."""

import smtplib
import ssl
import threading
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate
from urllib.parse import parse_qs, unquote, urlsplit

from application.ports.mailer import DeliveryFailed, OutgoingMail


class CleartextCredentials(ValueError):
    """A user and password for a mail server reached without TLS: they would cross the network readable."""

    def __init__(self) -> None:
        super().__init__("un identifiant et un mot de passe ne passent jamais en clair : ajoutez ?starttls=1 "
                         "(STARTTLS) ou écrivez smtps:// (TLS dès la connexion, port 465)")


@dataclass(frozen=True, slots=True, kw_only=True)
class SmtpServer:
    host: str
    port: int
    user: str | None = None
    password: str | None = None
    starttls: bool = False
    implicit_tls: bool = False  # smtps://

    @classmethod
    def from_url(cls, url: str) -> "SmtpServer":
        """ValueError for an address that is none; CleartextCredentials for a password without TLS."""
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise ValueError(f"NOTAIRES_SMTP_URL invalide : « {url} » (attendu smtp://hôte:port)")
        implicit = parts.scheme == "smtps"
        flags = parse_qs(parts.query)
        server = cls(host=parts.hostname, port=parts.port or (465 if implicit else 25),
                     user=unquote(parts.username) if parts.username else None,
                     password=unquote(parts.password) if parts.password else None,
                     starttls=not implicit and flags.get("starttls", ["0"])[0] in {"1", "true", "yes"},
                     implicit_tls=implicit)
        if server.user and not (server.starttls or server.implicit_tls):
            raise CleartextCredentials()
        return server


def build_message(mail: OutgoingMail) -> EmailMessage:
    message = EmailMessage()
    message["From"] = mail.sender
    message["To"] = ", ".join(mail.recipients)
    message["Subject"] = mail.subject
    message["Message-ID"] = mail.message_id
    message["Date"] = formatdate(localtime=False)
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(mail.body)
    for attachment in mail.attachments:
        maintype, _, subtype = attachment.mime_type.partition("/")
        message.add_attachment(attachment.content, maintype=maintype, subtype=subtype, filename=attachment.filename)
    return message


class SmtpMailer:
    """Keeps one connection per thread between messages; a connection the server dropped is replaced before
    anything is sent on it, so a message is never handed over twice by this adapter."""

    def __init__(self, server: SmtpServer, timeout: float = 20.0) -> None:
        self._server = server
        self._timeout = timeout
        self._local = threading.local()

    def send(self, mail: OutgoingMail) -> None:
        try:
            smtp = self._connection()
            smtp.send_message(build_message(mail), from_addr=mail.sender, to_addrs=list(mail.recipients))
        except smtplib.SMTPRecipientsRefused as refused:
            self._reset()
            raise DeliveryFailed(f"destinataires refusés : {_describe(refused.recipients)}", permanent=True) from None
        except smtplib.SMTPResponseException as answer:
            self._drop()
            text = answer.smtp_error
            reason = f"{answer.smtp_code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"
            # 5xx means the server will never take this message; 4xx and the rest are worth retrying.
            raise DeliveryFailed(reason, permanent=500 <= answer.smtp_code < 600) from None
        except (OSError, smtplib.SMTPException) as error:
            self._drop()
            raise DeliveryFailed(f"serveur de messagerie injoignable : {error}", permanent=False) from None

    def _connection(self) -> smtplib.SMTP:
        smtp: smtplib.SMTP | None = getattr(self._local, "smtp", None)
        if smtp is not None:
            try:
                if smtp.noop()[0] == 250:
                    return smtp
            except (OSError, smtplib.SMTPException):
                pass
            self._drop()
        server = self._server
        if server.implicit_tls:
            smtp = smtplib.SMTP_SSL(server.host, server.port, timeout=self._timeout,
                                    context=ssl.create_default_context())
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=self._timeout)
        self._local.smtp = smtp
        if server.starttls:
            smtp.starttls(context=ssl.create_default_context())
        if server.user:
            smtp.login(server.user, server.password or "")
        return smtp

    def _reset(self) -> None:
        try:
            self._local.smtp.rset()
        except (OSError, smtplib.SMTPException, AttributeError):
            self._drop()

    def _drop(self) -> None:
        smtp: smtplib.SMTP | None = getattr(self._local, "smtp", None)
        self._local.smtp = None
        if smtp is not None:
            try:
                smtp.close()
            except OSError:
                pass


def _describe(recipients: dict[str, tuple[int, bytes]]) -> str:
    return ", ".join(f"{address} ({code} {text.decode(errors='replace')})" for address, (code, text) in recipients.items())
