"""The back-office's home warns when a collectivité's IODAS extract is missing or old, in a real Chromium."""

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import Browser, Page, expect

from application.import_beneficiaries import ImportBeneficiariesCommand, ParsedExtract
from application.testing.fakes import FakeClock
from domain.user import Role
from interfaces.web import create_app
from tests.conftest import make_services
from tests.support.admin import PASSWORD, account
from tests.support.browser import chromium, serious_violations
from tests.support.builders import person
from tests.support.server import live_server

pytestmark = pytest.mark.browser
LOADED = datetime(2026, 11, 27, 5, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The Rhône's last extract was loaded three days ago; the Métropole's never."""
    clock = FakeClock(LOADED)
    services = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/notaires.db", clock=clock)
    extract = ParsedExtract(rows_read=1, beneficiaries=[person(iodas_id="1")], rejected=())
    services.import_beneficiaries.execute(ImportBeneficiariesCommand(collectivite="69", extract=extract)).unwrap()
    clock.advance(timedelta(days=3, hours=2))
    account(services, "admin@cd69.example", Role.ADMIN, collectivite=None)
    account(services, "agent@metropole.example", Role.AGENT, collectivite="69M")
    with live_server(create_app(services)) as url:
        yield url
    services.engine.dispose()


@pytest.fixture
def page() -> Iterator[Page]:
    with chromium() as browser:
        context = browser.new_context(bypass_csp=True)  # axe is injected inline
        yield context.new_page()
        context.close()


def _home(page: Page, url: str, email: str) -> None:
    page.goto(f"{url}/admin/")
    page.get_by_label("Adresse électronique").fill(email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("votre travail du jour")


def test_an_administrator_is_told_which_extract_is_old_and_which_never_came(page: Page, server: str) -> None:
    _home(page, server, "admin@cd69.example")
    warning = page.get_by_role("region", name="Fichier des bénéficiaires à vérifier")
    expect(warning).to_contain_text("La dernière extraction IODAS du Département du Rhône a été chargée le "
                                    "27/11/2026 à 06:30, il y a 3 jours")
    expect(warning).to_contain_text("Aucune extraction IODAS n'a encore été chargée pour Métropole de Lyon : "
                                    "les recherches des notaires sont refusées jusqu'au premier import.")
    assert serious_violations(page) == []
    warning.get_by_role("link", name="Voir l'historique des imports").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Imports")


def test_an_agent_sees_only_their_collectivite_and_no_administration_link(page: Page, server: str) -> None:
    _home(page, server, "agent@metropole.example")
    warning = page.get_by_role("region", name="Fichier des bénéficiaires à vérifier")
    expect(warning).to_contain_text("Métropole de Lyon")
    expect(warning).not_to_contain_text("Département du Rhône")
    expect(warning.get_by_role("link")).to_have_count(0)
