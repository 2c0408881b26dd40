"""From a search to the décompte in the office's mailbox: real SMTP (aiosmtpd), the real PDF read back."""

from collections.abc import Iterator
from decimal import Decimal as D
from pathlib import Path

import pytest
from returns.result import Success

from application.create_user import CreateUserCommand
from application.notify_creance import NotifyCreance, NotifyCreanceCommand
from application.open_creance import OpenCreance, OpenCreanceCommand
from application.search_deceased import SearchDeceasedCommand
from application.testing.fakes import FakeClock
from domain.creance import CaseFacts
from domain.outcome import Outcome
from domain.recovery import ClaimedAid, RecourseType
from domain.user import Role
from infrastructure.mail.smtp import SmtpMailer, SmtpServer
from interfaces.bootstrap import Services
from tests.conftest import make_services
from tests.support.admin import EVERYWHERE
from tests.support.builders import form
from tests.support.letters_world import OFFICE_EMAIL, populate
from tests.support.payment import ACCOUNT, paying_letterheads
from tests.support.smtp import SmtpSink


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    sink = SmtpSink().start()
    yield sink
    sink.stop()


@pytest.fixture
def services(sqlite_url: str, sink: SmtpSink, tmp_path: Path) -> Iterator[Services]:
    services = make_services(sqlite_url, paying_letterheads(tmp_path / "config"), clock=FakeClock(),
                             mailer=SmtpMailer(SmtpServer.from_url(sink.url)))
    populate(services, tmp_path)
    yield services
    services.engine.dispose()


def test_the_notified_decompte_reaches_the_offices_generic_address_with_its_pdf(services: Services,
                                                                               sink: SmtpSink) -> None:
    with services.uow() as uow:
        clerk = uow.users.by_email("clerk@office.example")
    assert clerk is not None
    answer = services.search.execute(SearchDeceasedCommand(user_id=clerk.id, form=form())).unwrap()
    assert answer.outcome is Outcome.RECOVERABLE_AID
    with services.uow() as uow:
        [decision] = uow.requests.decisions_for(answer.request.id)
    agent = services.create_user.execute(CreateUserCommand(email="agent@cd69.example", role=Role.AGENT,
                                                           password="Recouvrement-Successions-2026", collectivite="69",
                                                           jurisdiction=EVERYWHERE))
    facts = CaseFacts(recourse=RecourseType.ESTATE, claimed=(ClaimedAid(aid_code="ASH", amount_paid=D("1234.56")),),
                      net_estate=D("80000"), funeral_costs=D("2000"))
    case = OpenCreance(services.uow, services.clock).execute(OpenCreanceCommand(
        decision_id=decision.id, facts=facts, agent_id=agent.unwrap().id, collectivites=("69",))).unwrap()
    notify = NotifyCreance(services.uow, services.clock, services.decompte_letters, services.profiles)
    sent = notify.execute(NotifyCreanceCommand(
        creance_id=case.id, agent_id=agent.unwrap().id, collectivites=("69",), expected_amount=D("1234.56")))
    assert isinstance(sent, Success)

    assert services.deliver_outbox.execute().sent == 3  # the answer, the service's notice, the décompte
    [decompte] = [m for m in sink.to(OFFICE_EMAIL) if m.message["Subject"].startswith("Décompte de créance")]
    assert decompte.rcpt_tos == (OFFICE_EMAIL,) and decompte.mail_from == "notaires@collectivite-69.example"
    reference = answer.request.reference
    assert "Montant réclamé : 1\u202f234,56\u00a0€" in decompte.body()
    assert f"Référence à rappeler lors du paiement : CR-69-{reference}" in decompte.body()
    letter = " ".join(decompte.pdf_text().split())
    for expected in ("MARTIN", "DURAND", "Jeanne", "12/04/1931", reference, "Aide sociale à l'hébergement",
                     "du 01/01/2015 jusqu'au décès, le 05/01/2024", "Montant réclamé : 1 234,56 €", "80 000,00 €", "− 2 000,00 €",
                     f"CR-69-{reference}", f"IBAN {ACCOUNT.iban}", "Signataire à configurer"):
        assert expected in letter, expected
    for candidate_data in ("9001", "MARIE", "MDR01"):
        assert candidate_data not in letter + decompte.body(), candidate_data
