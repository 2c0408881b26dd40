"""An administrator issues an integrator's API token from the back-office, then revokes it."""

import os
import re
from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from application.login import LoginCommand
from domain.office import NotarialOffice
from domain.user import Role
from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.conftest import make_services
from tests.support.admin import PASSWORD, account
from tests.support.browser import chromium, serious_violations
from tests.support.graphql import GraphQLClient
from tests.support.server import live_server

pytestmark = pytest.mark.browser
PAGE = "/admin/administration/jetons"
DECISIONS = "query { decisions(first: 1) { totalCount } }"


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    built = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/notaires.db")
    with built.uow() as uow:
        uow.offices.save(NotarialOffice(crpcen="69001", name="Étude Bellecour", email="etude@notaires.example",
                                        collectivites=frozenset({"69"})))
        uow.commit()
    account(built, "admin@cd69.example", Role.ADMIN, collectivite=None)
    account(built, "agent@cd69.example", Role.AGENT)
    account(built, "clerc@etude.example", Role.NOTARY, collectivite=None, crpcen="69001")
    yield built
    built.engine.dispose()


@pytest.fixture(scope="module")
def server(services: Services) -> Iterator[str]:
    with live_server(create_app(services)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as b:
        yield b


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})  # axe is injected inline
    yield context.new_page()
    context.close()


def accessible(page: Page) -> None:
    assert serious_violations(page) == [], page.url


def test_an_administrator_issues_a_token_that_works_once_shown_then_revokes_it(
        page: Page, server: str, services: Services) -> None:
    page.goto(f"{server}/admin/connexion")
    page.get_by_label("Adresse électronique").fill("admin@cd69.example")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.get_by_role("link", name="Administration").first.click()
    page.get_by_role("link", name="Jetons d'API").click()
    page.wait_for_url(f"**{PAGE}")
    accessible(page)
    form, table = page.get_by_role("heading", name="Créer un jeton").bounding_box(), page.locator("#tableau-jetons").bounding_box()
    assert form and table and form["y"] < table["y"], "the creation form comes before the list"
    page.get_by_label("Libellé").fill("SI du Département")
    page.get_by_label("Collectivité").select_option(label="Département du Rhône")
    page.get_by_label("Décisions (lecture)").check()
    page.get_by_role("button", name="Créer le jeton").click()
    expect(page.get_by_role("status")).to_contain_text("il ne sera plus jamais affiché")
    secret = page.get_by_label("Secret du jeton").input_value()
    assert secret.startswith("dnapi_")
    row = page.get_by_role("row", name="SI du Département").inner_text()
    assert "Décisions (lecture)" in row and "Actif" in row and secret not in row
    chosen = page.get_by_label("Date d'expiration").input_value()  # the default, which the token was given
    assert "/".join(reversed(chosen.split("-"))) in row, "valid up to the chosen day, included"
    accessible(page)
    if shots := os.environ.get("NOTAIRES_SCREENSHOTS"):
        page.screenshot(path=f"{shots}/jetons-1280.png", full_page=True)

    integrator = GraphQLClient(server, secret)
    assert integrator(DECISIONS)["data"]["decisions"]["totalCount"] == 0
    assert "statistics:read" in integrator("query { statistics(period: {start: \"2026-01-01\", end: "
                                           "\"2026-12-31\"}, groupBy: OUTCOME) { totalSearches } }")["errors"][0]["message"]

    page.goto(f"{server}{PAGE}")
    assert secret not in page.content(), "the secret is shown once only"
    page.get_by_role("button", name="Révoquer… le jeton SI du Département").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Révoquer le jeton « SI du Département » ?")
    accessible(page)
    page.get_by_role("link", name="Annuler : garder le jeton").click()
    assert "Actif" in page.get_by_role("row", name="SI du Département").inner_text(), "nothing revoked in one click"
    page.get_by_role("button", name="Révoquer… le jeton SI du Département").click()
    page.get_by_role("button", name="Révoquer définitivement le jeton SI du Département").click()
    expect(page.get_by_role("status")).to_contain_text("« SI du Département » est révoqué")
    assert "Révoqué" in page.get_by_role("row", name="SI du Département").inner_text()
    refused = integrator(DECISIONS)
    assert refused["data"] is None and refused["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    integrator.close()
    with services.uow() as uow:
        actions = {e.action: e.actor_id for e in uow.audit.recent(50) if e.action.startswith("api_token.")}
    assert actions.keys() >= {"api_token.created", "api_token.revoked"}
    assert actions["api_token.created"] is not None and actions["api_token.revoked"] is not None


def test_a_token_needs_a_right_and_the_refusal_is_in_french(page: Page, server: str) -> None:
    page.goto(f"{server}/admin/connexion")
    page.get_by_label("Adresse électronique").fill("admin@cd69.example")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.goto(f"{server}{PAGE}")
    page.get_by_label("Libellé").fill("Entrepôt")
    page.get_by_role("button", name="Créer le jeton").click()
    expect(page.get_by_role("alert")).to_contain_text(
        "au moins un droit : décisions (lecture) ou statistiques (lecture).")
    expect(page).to_have_title(re.compile("^Erreur : Jetons d'API"))
    expect(page.locator("#erreur")).to_be_focused()
    expect(page.get_by_role("group", name="Droits du jeton")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Libellé")).to_have_value("Entrepôt")
    accessible(page)


@pytest.mark.parametrize("email", ["clerc@etude.example", "agent@cd69.example"])
def test_neither_a_notary_nor_an_agent_reaches_the_tokens(server: str, services: Services, email: str) -> None:
    token = services.login.execute(LoginCommand(email=email, password=PASSWORD)).unwrap().token
    with httpx.Client(base_url=server, cookies={"notaires_admin": token}) as client:
        response = client.get(PAGE)
        assert response.status_code == 403
        assert "Jetons d'API" not in response.text
