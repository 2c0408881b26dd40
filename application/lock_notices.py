"""Tells an office by e-mail that one of its accounts was locked after repeated failed sign-ins."""

import uuid
from datetime import datetime

from application.ports.mailer import DeliveryFailed, Mailer, OutgoingMail
from domain.abuse import PARIS


class LockNotices:
    def __init__(self, mailer: Mailer, sender: str) -> None:
        self._mailer = mailer
        self._sender = sender

    def send(self, office_email: str, account: str, until: datetime) -> str:
        """'envoyé', or why it was not: the lock stands either way."""
        body = (f"Bonjour,\n\nLe compte {account} de votre étude a été verrouillé après plusieurs tentatives de "
                f"connexion infructueuses, jusqu'à {until.astimezone(PARIS):%H:%M} (heure de Paris).\n\n"
                "Si ces tentatives ne viennent pas de votre étude, prévenez le service d'aide sociale du "
                "Département.\n\nDépartements & Notaires")
        try:
            self._mailer.send(OutgoingMail(
                message_id=f"<{uuid.uuid4()}@departements-notaires>", sender=self._sender, recipients=(office_email,),
                subject="Départements & Notaires : compte verrouillé", body=body))
        except DeliveryFailed as failure:
            return f"non envoyé : {failure.reason}"
        return "envoyé"
