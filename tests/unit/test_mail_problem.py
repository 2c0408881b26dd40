"""An administrator reads why a mail could not leave in French, whatever the mail server or the system said."""

import pytest

from interfaces.admin.formatting import mail_problem


@pytest.mark.parametrize("raw", ["serveur de messagerie injoignable : [Errno 111] Connection refused",
                                 "serveur de messagerie injoignable : timed out"])
def test_an_unreachable_server_is_said_so_and_will_be_tried_again(raw: str) -> None:
    assert mail_problem(raw) == "Serveur de messagerie injoignable : un nouvel essai est fait automatiquement"


@pytest.mark.parametrize("raw", ["destinataires refusés : etude@x.fr (550 5.1.1 unknown user)",
                                 "550 5.1.1 <etude@x.fr>: Recipient address rejected"])
def test_a_refused_address_asks_for_the_address_to_be_checked(raw: str) -> None:
    assert mail_problem(raw) == "Adresse refusée par le serveur de messagerie : vérifiez l'adresse"


def test_other_answers_are_told_apart_by_their_class() -> None:
    assert mail_problem("554 message rejected as spam").startswith("Message refusé")
    assert mail_problem("451 try again later").startswith("Refus temporaire")
    assert mail_problem(None) == "—"
