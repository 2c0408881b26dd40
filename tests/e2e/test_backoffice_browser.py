"""An agent works the back-office in a real Chromium; axe-core checks every page."""

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from domain.user import Role
from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.conftest import make_services
from tests.support.admin import PASSWORD, account
from tests.support.browser import chromium, serious_violations
from tests.support.server import live_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    services: Services = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/notaires.db")
    account(services, "agent@cd69.example", Role.AGENT)
    with live_server(create_app(services)) as url:
        yield url
    services.engine.dispose()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    # The back-office forbids inline scripts (CSP); axe is injected inline, so the test bypasses it.
    context = browser.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


def accessible(page: Page) -> None:
    assert serious_violations(page) == [], page.url


def sign_in(page: Page, url: str) -> None:
    page.goto(f"{url}/admin/")
    accessible(page)
    page.get_by_label("Adresse électronique").fill("agent@cd69.example")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()


def test_an_agent_signs_in_and_out_with_the_keyboard_friendly_forms(page: Page, server: str) -> None:
    sign_in(page, server)
    expect(page.get_by_role("heading", level=1)).to_have_text("Bonjour")
    accessible(page)
    page.get_by_role("button", name="Se déconnecter").click()
    expect(page.get_by_role("heading", name="Connexion à l'espace agents")).to_be_visible()
