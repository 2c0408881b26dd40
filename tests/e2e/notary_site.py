"""One demo site per test module for the notary client: demo data, a live server, screenshots on demand."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, ViewportSize

from interfaces.bootstrap import Services
from interfaces.cli import demo_data
from interfaces.web import create_app
from tests.conftest import make_services, provision_database
from tests.support.browser import serious_violations
from tests.support.server import live_server

OFFICE_1 = "notaire@demo.example"
OFFICE_2 = "notaire2@demo.example"
DESKTOP, TABLET = ViewportSize(width=1280, height=900), ViewportSize(width=768, height=1024)
# Set NOTAIRES_SCREENSHOTS=/some/dir to keep a picture of each screen at both widths.
SCREENSHOTS = os.environ.get("NOTAIRES_SCREENSHOTS")


@dataclass(frozen=True, slots=True)
class Site:
    url: str
    services: Services


@contextmanager
def demo_site(request: pytest.FixtureRequest) -> Iterator[Site]:
    services = make_services(provision_database("sqlite", request))
    for _ in demo_data.load(services):
        pass
    try:
        with live_server(create_app(services)) as url:
            yield Site(url=url, services=services)
    finally:
        services.engine.dispose()


def new_context(browser: Browser, site: Site) -> BrowserContext:
    # The pages forbid inline scripts (CSP); axe-core is injected inline, hence bypass_csp.
    return browser.new_context(base_url=site.url, viewport=DESKTOP, bypass_csp=True, locale="fr-FR",
                               timezone_id="Europe/Paris")


def check_screen(page: Page, name: str) -> None:
    """axe-core finds no serious or critical violation; a picture is kept at both widths if asked."""
    violations = serious_violations(page)
    assert violations == [], f"{name}: {violations}"
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        for label, size in (("bureau", DESKTOP), ("tablette", TABLET)):
            page.set_viewport_size(size)
            page.screenshot(path=f"{SCREENSHOTS}/{name}-{label}.png", full_page=True)
        page.set_viewport_size(DESKTOP)


def log_in(page: Page, email: str, password: str = demo_data.DEMO_PASSWORD) -> None:
    page.goto("/connexion")
    page.get_by_label("Adresse électronique du compte de l'étude").fill(email)
    page.get_by_label("Mot de passe").fill(password)
    page.get_by_role("button", name="Se connecter").click()
