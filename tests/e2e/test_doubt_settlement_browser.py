"""An agent tells the candidates of a doubt apart, can call their maison, and goes on to the next doubt."""

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
def site(request: pytest.FixtureRequest) -> Iterator[Site]:
    """The demo, where the office asked twice about PETIT Louis born on 20/02/1940: two doubts."""
    with demo_site(request) as s:
        with s.services.uow() as uow:
            clerk = uow.users.by_email(OFFICE_1)
        assert clerk is not None
        s.services.accept_terms.execute(AcceptTermsCommand(user_id=clerk.id))
        for _ in range(2):
            s.services.search.execute(SearchDeceasedCommand(user_id=clerk.id, form=form(
                last_name="Petit", birth_name=None, first_names="Louis", birth_date=date(1940, 2, 20)))).unwrap()
        yield s


@pytest.fixture
def page(site: Site) -> Iterator[Page]:
    with chromium() as browser:
        context = browser.new_context(base_url=site.url, bypass_csp=True)  # axe is injected inline
        page = context.new_page()
        page.goto("/admin/connexion")
        page.get_by_label("Adresse électronique").fill("agent@demo.example")
        page.get_by_label("Mot de passe").fill(DEMO_PASSWORD)
        page.get_by_role("button", name="Se connecter").click()
        yield page


def _settle(page: Page, iodas_id: str) -> None:
    page.get_by_label(re.compile(f"IODAS {iodas_id}")).check()
    page.get_by_label(re.compile("Commentaire")).fill("Confirmé par téléphone avec la maison du département.")
    page.get_by_role("button", name=re.compile("Enregistrer la réponse corrigée")).click()
    expect(page.get_by_role("status")).to_contain_text("Doute levé le")


def test_each_candidate_shows_birth_name_sex_and_the_maison_to_call(page: Page) -> None:
    page.goto("/admin/doutes")
    page.get_by_role("link", name=re.compile("examiner le doute")).first.click()
    first = page.get_by_role("region", name=re.compile("Candidat 1"))
    second = page.get_by_role("region", name=re.compile("Candidat 2"))
    for candidate in (first, second):
        expect(candidate).to_contain_text(re.compile("Nom de naissance\\s*PETIT"))
        expect(candidate).to_contain_text(re.compile("Sexe\\s*homme"))
    maisons = {first.locator("a[href^='mailto:']").inner_text(), second.locator("a[href^='mailto:']").inner_text()}
    assert maisons == {"mdr-lyon-7@departement.example", "mdr-venissieux@departement.example"}
    expect(page.get_by_text("Maison du département Lyon 7 (MDR-LYON-7)")).to_be_visible()
    assert serious_violations(page) == []


def test_after_a_settlement_the_agent_goes_on_to_the_oldest_waiting_doubt(page: Page) -> None:
    page.goto("/admin/doutes")
    references = page.locator("a[href*='/admin/doutes/']").all_inner_texts()
    page.get_by_role("link", name=re.compile("examiner le doute")).first.click()
    _settle(page, "100003")
    following = page.get_by_role("link", name=re.compile("Doute suivant"))
    expect(following).to_contain_text(references[1].split()[0])
    assert serious_violations(page) == []
    following.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(references[1].split()[0])
    _settle(page, "100004")
    expect(page.get_by_text("Plus aucun doute en attente.")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile("Doute suivant"))).to_have_count(0)
