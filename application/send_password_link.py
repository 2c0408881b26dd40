"""An administrator sends a one-time link to set a password: for an office, to its generic address."""

import uuid
from dataclasses import dataclass
from datetime import timedelta

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.mailer import DeliveryFailed, Mailer, OutgoingMail
from application.ports.unit_of_work import UnitOfWorkFactory
from application.tokens import new_token, token_hash
from domain.audit import AuditEntry
from domain.errors import AccountNotFound, InvalidInput
from domain.jurisdiction import Jurisdiction
from domain.office import NotarialOffice
from domain.user import Role, User

LINK_LIFETIME = timedelta(hours=24)


@dataclass(frozen=True, slots=True, kw_only=True)
class PasswordLinkCommand:
    actor_id: str
    user_id: str
    link_prefix: str  # e.g. "https://notaires.example/admin/mot-de-passe/": the token is appended
    jurisdiction: Jurisdiction  # the administrator's
    ip: str | None = None


@dataclass(frozen=True, slots=True)
class LinkNotSent:
    """The mail server did not take the message: no link was kept, and the account is as it was."""

    reason: str

    @property
    def message(self) -> str:
        return f"Le courriel n'a pas pu être envoyé ({self.reason}) : réessayez."


def _body(user: User, link: str) -> str:
    return (f"Bonjour,\n\nUn administrateur du service Départements & Notaires vous invite à définir le mot de passe "
            f"du compte {user.email}.\n\nOuvrez ce lien, valable 24 heures et une seule fois :\n{link}\n\n"
            "Si vous n'attendiez pas ce message, ignorez-le : votre mot de passe actuel reste valable.\n")


def _recipient(user: User, office: NotarialOffice | None) -> str | None:
    if user.role is not Role.NOTARY:
        return user.email
    return office.email if office else None


class SendPasswordLink:
    """Business rules:
    - a notary's link goes to the office's generic address, never to a person; others' to their own address;
    - an administrator attached to a collectivité sends links only for the accounts within it (an office's clerks,
      when it serves the office); another's are as unknown to it;
    - the link works once, for 24 hours, and replaces any earlier link; only the token's hash is kept;
    - the link is kept only if the mail server accepted the message; the sending is audited.
    """

    def __init__(self, uow: UnitOfWorkFactory, mailer: Mailer, clock: Clock, sender: str) -> None:
        self._uow, self._mailer, self._clock, self._sender = uow, mailer, clock, sender

    def execute(self, command: PasswordLinkCommand) -> Result[str, InvalidInput | AccountNotFound | LinkNotSent]:
        with self._uow() as uow:
            user = uow.users.get(command.user_id)
            office = uow.offices.get(user.crpcen) if user and user.crpcen else None
            if user is None or not command.jurisdiction.sees_account(user, office):
                return Failure(AccountNotFound())
            recipient = _recipient(user, office)
            if recipient is None:
                return Failure(InvalidInput("L'étude de ce compte n'a pas d'adresse générique."))
            token, now = new_token(), self._clock.now()
            uow.password_resets.issue(user.id, token_hash(token), now + LINK_LIFETIME)
            uow.audit.record(AuditEntry(at=now, actor_id=command.actor_id, action="user.password_link_sent",
                                        target=user.id, collectivite=user.collectivite, ip=command.ip,
                                        details={"destinataire": recipient}))
            try:
                self._mailer.send(OutgoingMail(
                    message_id=f"<{uuid.uuid4()}@departements-notaires>", sender=self._sender, recipients=(recipient,),
                    subject="Départements & Notaires : définissez votre mot de passe",
                    body=_body(user, command.link_prefix + token)))
            except DeliveryFailed as failure:
                return Failure(LinkNotSent(failure.reason))
            uow.commit()
        return Success(recipient)
