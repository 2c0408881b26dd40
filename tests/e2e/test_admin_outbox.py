"""The administrators' view of the e-mails, in a real Chromium: a mail server down is seen in the back-office."""

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from playwright.sync_api import Page, expect

from domain.outbox import MessageKind, MessageStatus, OutboxMessage
from domain.office import NotarialOffice
from domain.search import SearchRequest
from domain.user import Role, User
from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.conftest import make_services
from tests.e2e.test_administration_browser import accessible, sign_in
from tests.support.admin import account
from tests.support.browser import chromium
from tests.support.builders import identity
from tests.support.server import live_server

pytestmark = pytest.mark.browser
AT = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)


def _message(n: int, status: MessageStatus, error: str | None) -> OutboxMessage:
    return OutboxMessage(id=f"m{n}", message_id=f"<m{n}@cd69.example>", kind=MessageKind.LETTER, request_id=f"r{n}",
                         decision_id=None, sender="notaires@cd69.example", recipients=(f"etude{n}@notaires.example",),
                         subject="Réponse", body="…", attach_letter=False, created_at=AT, status=status,
                         attempts=0 if error is None else 3, next_attempt_at=AT + timedelta(minutes=1),
                         last_error=error)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Services]]:
    services = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/outbox.db")
    account(services, "admin@cd69.example", Role.ADMIN, collectivite=None)
    with live_server(create_app(services)) as url:
        yield url, services
    services.engine.dispose()


@pytest.fixture
def page() -> Iterator[Page]:
    with chromium() as browser:
        yield browser.new_context(bypass_csp=True).new_page()  # axe is injected inline


def test_an_administrator_sees_the_mails_that_could_not_leave_and_why(page: Page, server: tuple[str, Services]) -> None:
    url, services = server
    sign_in(page, url)
    page.goto(f"{url}/admin/administration")
    assert page.locator("#etat-courriels").inner_text() == "En attente : 0 · envoyés : 0 · en échec : 0"
    assert page.get_by_text("Aucun courriel en difficulté.").is_visible()
    with services.uow() as uow:
        uow.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="e@x.fr", collectivites=frozenset({"69"})))
        uow.users.add(User(id="u1", email="clerk@x.fr", role=Role.NOTARY, password_hash="", crpcen="69001"))
        for n in (1, 2, 3):
            uow.requests.add(SearchRequest(id=f"r{n}", reference=f"2026-00000{n}", identity=identity(), crpcen="69001",
                                           user_id="u1", at=AT), [])
        uow.outbox.add(_message(1, MessageStatus.PENDING, "serveur de messagerie injoignable : Connection refused"))
        uow.outbox.add(_message(2, MessageStatus.FAILED, "adresse refusée : 550 unknown user"))
        uow.outbox.add(_message(3, MessageStatus.PENDING, None))
        uow.commit()
    page.reload()
    assert page.locator("#etat-courriels").inner_text() == "En attente : 2 · envoyés : 0 · en échec : 1"
    rows = sorted(page.locator("#courriels-en-difficulte tbody tr").all_inner_texts())
    assert rows == ["etude1@notaires.example\tNouvel essai le 26/11/2026 à 10:01\t3\t"
                    "Serveur de messagerie injoignable : un nouvel essai est fait automatiquement\nDétail technique",
                    "etude2@notaires.example\tEn échec\t3\t"
                    "Adresse refusée par le serveur de messagerie : vérifiez l'adresse\nDétail technique"]
    accessible(page)
    page.get_by_text("Détail technique").first.click()  # the raw error stays at hand, for the IT team
    expect(page.locator("#courriels-en-difficulte")).to_contain_text(
        "serveur de messagerie injoignable : Connection refused")
