"""The SMTP adapter: NOTAIRES_SMTP_URL = smtp://[user:password@]host:port[?starttls=1]."""

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate
from urllib.parse import parse_qs, unquote, urlsplit

from application.ports.mailer import DeliveryFailed, OutgoingMail


@dataclass(frozen=True, slots=True, kw_only=True)
class SmtpServer:
    host: str
    port: int
    user: str | None = None
    password: str | None = None
    starttls: bool = False

    @classmethod
    def from_url(cls, url: str) -> "SmtpServer":
        parts = urlsplit(url)
        if parts.scheme != "smtp" or not parts.hostname:
            raise ValueError(f"NOTAIRES_SMTP_URL invalide : « {url} » (attendu smtp://hôte:port)")
        flags = parse_qs(parts.query)
        return cls(host=parts.hostname, port=parts.port or 25,
                   user=unquote(parts.username) if parts.username else None,
                   password=unquote(parts.password) if parts.password else None,
                   starttls=flags.get("starttls", ["0"])[0] in {"1", "true", "yes"})


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
    def __init__(self, server: SmtpServer, timeout: float = 20.0) -> None:
        self._server = server
        self._timeout = timeout

    def send(self, mail: OutgoingMail) -> None:
        server = self._server
        try:
            with smtplib.SMTP(server.host, server.port, timeout=self._timeout) as smtp:
                if server.starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if server.user:
                    smtp.login(server.user, server.password or "")
                smtp.send_message(build_message(mail), from_addr=mail.sender, to_addrs=list(mail.recipients))
        except smtplib.SMTPRecipientsRefused as refused:
            raise DeliveryFailed(f"destinataires refusés : {_describe(refused.recipients)}", permanent=True) from None
        except smtplib.SMTPResponseException as answer:
            text = answer.smtp_error
            reason = f"{answer.smtp_code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"
            # 5xx means the server will never take this message; 4xx and the rest are worth retrying.
            raise DeliveryFailed(reason, permanent=500 <= answer.smtp_code < 600) from None
        except (OSError, smtplib.SMTPException) as error:
            raise DeliveryFailed(f"serveur de messagerie injoignable : {error}", permanent=False) from None


def _describe(recipients: dict[str, tuple[int, bytes]]) -> str:
    return ", ".join(f"{address} ({code} {text.decode(errors='replace')})" for address, (code, text) in recipients.items())
