"""One demo site per test module for the notary client: demo data, a live server, screenshots on demand."""

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, ViewportSize

from domain.doubt import Settlement, settle
from domain.outcome import Outcome
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


def settle_doubt(site: Site, reference: str, iodas_id: str) -> None:
    """An agent settles the doubt, as the back-office does (the letter of the correction is not the point here)."""
    with site.services.uow() as uow:
        doubt = next(d for d in uow.doubts.waiting(["69"]) if d.request.reference == reference)
        agent = uow.users.by_email("agent@demo.example")
        assert agent is not None
        settlement = Settlement(decision_id=str(uuid.uuid4()), iodas_ids=(iodas_id,),
                                outcome=Outcome.POSSIBLE_UNDUE_PAYMENT,
                                comment="Date de naissance vérifiée", agent_id=agent.id, at=site.services.clock.now())
        assert uow.doubts.settle(settle(doubt.decision, settlement).unwrap())
        uow.commit()


def log_in(page: Page, email: str, password: str = demo_data.DEMO_PASSWORD) -> None:
    page.goto("/connexion")
    page.get_by_label("Adresse électronique du compte de l'étude").fill(email)
    page.get_by_label("Mot de passe").fill(password)
    page.get_by_role("button", name="Se connecter").click()
