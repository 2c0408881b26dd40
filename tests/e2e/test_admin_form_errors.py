"""A back-office form refused by the server says so in the title, takes focus to the error, and points at the field."""

import re
from collections.abc import Iterator
from datetime import date

import pytest
from playwright.sync_api import Browser, Page, expect

from application.accept_terms import AcceptTermsCommand
from application.search_deceased import SearchDeceasedCommand
from interfaces.cli.demo_data import DEMO_PASSWORD
from tests.e2e.notary_site import OFFICE_1, Site, demo_site
from tests.support.browser import chromium, serious_violations
from tests.support.builders import form

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def site(request: pytest.FixtureRequest) -> Iterator[Site]:
    """The demo, with one doubt: the two PETIT Louis born on 20/02/1940."""
    with demo_site(request) as s:
        with s.services.uow() as uow:
            clerk = uow.users.by_email(OFFICE_1)
        assert clerk is not None
        s.services.accept_terms.execute(AcceptTermsCommand(user_id=clerk.id))
        s.services.search.execute(SearchDeceasedCommand(user_id=clerk.id, form=form(
            last_name="Petit", birth_name=None, first_names="Louis", birth_date=date(1940, 2, 20)))).unwrap()
        yield s


@pytest.fixture
def page(browser: Browser, site: Site) -> Iterator[Page]:
    context = browser.new_context(base_url=site.url, bypass_csp=True)  # axe is injected inline
    yield context.new_page()
    context.close()


def sign_in(page: Page, email: str, password: str = DEMO_PASSWORD) -> None:
    page.goto("/admin/connexion")
    page.get_by_label("Adresse électronique").fill(email)
    page.get_by_label("Mot de passe").fill(password)
    page.get_by_role("button", name="Se connecter").click()


def refused(page: Page, title: str, field: str, message: str) -> None:
    """The title says « Erreur », focus is on the error, which links to the field that it describes."""
    expect(page).to_have_title(re.compile(f"^Erreur : {title}"))
    expect(page.locator("#erreur")).to_be_focused()
    expect(page.locator("#erreur")).to_contain_text(message)
    invalid = page.locator(f"#{field}")
    expect(invalid).to_have_attribute("aria-invalid", "true")
    expect(invalid).to_have_accessible_description(re.compile(re.escape(message)))
    assert serious_violations(page) == [], page.url


def test_a_wrong_password_is_told_at_the_password_field(page: Page) -> None:
    sign_in(page, "agent@demo.example", "pas le bon mot de passe")
    refused(page, "Connexion", "password", "mot de passe incorrect")
    expect(page.get_by_label("Adresse électronique")).to_have_value("agent@demo.example")


def test_a_settlement_without_comment_is_told_at_the_comment(page: Page) -> None:
    sign_in(page, "agent@demo.example")
    page.goto("/admin/doutes")
    page.get_by_role("link", name=re.compile("examiner le doute")).first.click()
    page.get_by_label(re.compile("IODAS 100003")).check()
    page.get_by_label(re.compile("Commentaire")).fill("   ")
    page.get_by_role("button", name=re.compile("Enregistrer la réponse corrigée")).click()
    refused(page, "Doute", "commentaire", "Expliquez votre choix dans le commentaire.")
    expect(page.get_by_label(re.compile("IODAS 100003"))).to_be_checked()


def test_an_account_with_a_wrong_address_is_told_at_the_address(page: Page) -> None:
    sign_in(page, "admin@demo.example")
    page.goto("/admin/administration/comptes")
    page.get_by_label("Adresse électronique du compte").fill("agent.sans.arobase")
    page.get_by_label("Profil").select_option(label="Agent")
    page.locator("#email").evaluate("field => field.type = 'text'")  # past the browser's own check
    page.get_by_role("button", name="Créer le compte et envoyer le lien").click()
    refused(page, "Comptes", "email", "Adresse électronique invalide")


def test_an_office_without_a_name_is_told_at_the_name_and_keeps_what_was_typed(page: Page) -> None:
    sign_in(page, "admin@demo.example")
    page.goto("/admin/administration/etudes/69001")
    page.get_by_label("Nom de l'étude").fill(" ")
    page.get_by_label("Adresse électronique générique").fill("accueil@bellecour.example")
    page.get_by_role("button", name="Enregistrer").click()
    refused(page, "Étude 69001", "name", "Le nom de l'étude est obligatoire.")
    expect(page.get_by_label("Adresse électronique générique")).to_have_value("accueil@bellecour.example")


def test_a_maison_with_a_wrong_address_is_told_in_its_own_form(page: Page) -> None:
    sign_in(page, "admin@demo.example")
    page.goto("/admin/administration/maisons")
    field = page.locator("#e-69-MDR-CALUIRE")
    field.evaluate("field => field.type = 'text'")
    field.fill("mdr.caluire")
    page.get_by_role("button", name=re.compile("Enregistrer .*Caluire")).click()
    refused(page, "Maisons du département", "e-69-MDR-CALUIRE", "Adresse électronique invalide")
    expect(page.locator("#e-69-MDR-CALUIRE")).to_have_value("mdr.caluire")
