"""An agent reads the dashboard in a real Chromium, sees the charts and exports a table to CSV."""

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from application.login import LoginCommand
from domain.user import Role
from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.conftest import make_services
from tests.support.admin import PASSWORD, account
from tests.support.browser import chromium, serious_violations
from tests.support.server import live_server
from tests.support.statistics_data import load_history

pytestmark = pytest.mark.browser
AUTUMN = "du=2026-10-01&au=2026-11-30"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    built: Services = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/notaires.db")
    load_history(built)
    account(built, "agent@cd69.example", Role.AGENT)
    account(built, "clerc@etude111.example", Role.NOTARY, collectivite=None, crpcen="111")
    yield built
    built.engine.dispose()


@pytest.fixture(scope="module")
def server(services: Services) -> Iterator[str]:
    with live_server(create_app(services)) as url:
        yield url


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(bypass_csp=True, accept_downloads=True)  # axe is injected inline
    yield context.new_page()
    context.close()


def sign_in(page: Page, url: str, email: str) -> None:
    page.goto(f"{url}/admin/connexion")
    page.get_by_label("Adresse électronique").fill(email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()


def test_an_agent_reads_the_dashboard_with_charts_and_tables(page: Page, server: str) -> None:
    sign_in(page, server, "agent@cd69.example")
    page.get_by_role("link", name="Statistiques").first.click()
    page.get_by_label("Du", exact=True).fill("2026-10-01")
    page.get_by_label("Au", exact=True).fill("2026-11-30")
    page.get_by_role("button", name="Afficher").click()
    page.wait_for_url("**/statistiques?du=2026-10-01*")
    searches = page.locator("#tableau-recherches")
    expect(searches.locator("tbody tr")).to_have_count(2)
    assert "novembre 2026" in searches.inner_text()
    page.locator("[data-chart-for=tableau-recherches] canvas").wait_for()
    assert page.locator("canvas[role=img]").count() == 3
    assert "8\u202f000,50\u00a0€" in page.locator("#tableau-creances").inner_text()
    indicators = page.locator("#tableau-indicateurs").inner_text()
    assert "50,0\u00a0%" in indicators and "3,0\u00a0h" in indicators
    assert serious_violations(page) == []


def test_an_agent_exports_a_table_and_the_file_holds_the_figures(page: Page, server: str,
                                                                 services: Services) -> None:
    sign_in(page, server, "agent@cd69.example")
    page.goto(f"{server}/admin/statistiques?{AUTUMN}")
    with page.expect_download() as info:
        page.get_by_role("link", name="Exporter en CSV : Utilisation par étude").click()
    download = info.value
    assert download.suggested_filename == "statistiques-etudes-2026-10-01-2026-11-30.csv"
    content = Path(download.path()).read_text(encoding="utf-8-sig")
    assert content.splitlines() == ["CRPCEN;Étude;Recherches", "111;Étude 111;5", "222;Étude 222;1",
                                    "333;Étude 333;0"]
    with services.uow() as uow:
        exported = uow.audit.recent(1, action_prefix="export.")[0]
    assert (exported.target, exported.collectivite, exported.details["lignes"]) == ("statistiques.etudes", "69", "3")


def test_the_dashboard_reads_without_javascript(browser: Browser, server: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    sign_in(page, server, "agent@cd69.example")
    page.goto(f"{server}/admin/statistiques?{AUTUMN}")
    assert page.locator("#tableau-connexions tbody tr").count() == 1
    assert page.locator("canvas").count() == 0
    context.close()


def test_a_notary_reaches_neither_the_dashboard_nor_its_exports(server: str, services: Services) -> None:
    token = services.login.execute(LoginCommand(email="clerc@etude111.example", password=PASSWORD)).unwrap().token
    with httpx.Client(base_url=server, cookies={"notaires_admin": token}) as client:
        for path in ("/admin/statistiques", f"/admin/statistiques/etudes.csv?{AUTUMN}"):
            response = client.get(path)
            assert response.status_code == 403, path
            assert "Étude 111" not in response.text
