"""One person entered twice in IODAS, in a real Chromium: the agent ticks both files, is told in French when the
choice contradicts itself, and the créance then claims the aids of both files; axe-core checks every page."""

import os
import re
from collections.abc import Iterator
from datetime import date

import pytest
from playwright.sync_api import Page, expect

from application.search_deceased import SearchDeceasedCommand
from domain.maison import Maison
from domain.office import NotarialOffice
from domain.outcome import Outcome
from domain.user import Role
from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.conftest import make_services
from tests.support.admin import PASSWORD, account
from tests.support.browser import chromium, serious_violations
from tests.support.builders import form, person
from tests.support.server import live_server

pytestmark = pytest.mark.browser
SCREENSHOTS = os.environ.get("NOTAIRES_SCREENSHOTS")  # a folder, to look at the pages


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """ROUSSEAU Odette: her APA on file C1 (maison MDR01), her ASH and aide ménagère on file C2 (MDR02), entered
    with a birth date a day later, among other people. The matcher doubts: perhaps one person entered twice."""
    services: Services = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/notaires.db")
    account(services, "agent@cd69.example", Role.AGENT)
    with services.uow() as uow:
        uow.offices.save(NotarialOffice(crpcen="69001", name="Étude de Bellecour", email="etude@notaires.example",
                                        collectivites=frozenset({"69"})))
        for code in ("MDR01", "MDR02"):
            uow.maisons.save(Maison(collectivite="69", code=code, name=f"Maison {code}",
                                    email=f"{code.lower()}@cd69.example"))
        odette = dict(usage_name="ROUSSEAU", birth_name="FAURE", first_names="ODETTE")
        uow.beneficiaries.upsert("69", [
            person(iodas_id="C1", aids=("APA",), maison_code="MDR01", birth_date=date(1930, 5, 17), **odette),
            person(iodas_id="C2", aids=("ASH", "AM"), maison_code="MDR02", birth_date=date(1930, 5, 18), **odette),
            *(person(iodas_id=f"X{i}", usage_name=name, birth_name=None, first_names=first, sex=None,
                     birth_date=date(1920 + i, 1 + i % 12, 1 + i % 28))
              for i, (name, first) in enumerate([("MARTIN", "JEAN"), ("DURAND", "PAUL"), ("LEROY", "ANNE"),
                                                 ("MOREAU", "LUC"), ("SIMON", "EVA")] * 4))])
        uow.commit()
    clerk = account(services, "clerc@etude.example", Role.NOTARY, collectivite=None, crpcen="69001")
    searched = services.search.execute(SearchDeceasedCommand(user_id=clerk.id, form=form(
        last_name="Rousseau", birth_name="Faure", first_names="Odette", birth_date=date(1930, 5, 17))))
    assert searched.unwrap().outcome is Outcome.AMBIGUOUS
    with live_server(create_app(services)) as url:
        yield url
    services.engine.dispose()


@pytest.fixture
def page(server: str) -> Iterator[Page]:
    with chromium() as browser:
        context = browser.new_context(base_url=server, bypass_csp=True)  # axe is injected inline
        page = context.new_page()
        page.goto("/admin/connexion")
        page.get_by_label("Adresse électronique").fill("agent@cd69.example")
        page.get_by_label("Mot de passe").fill(PASSWORD)
        page.get_by_role("button", name="Se connecter").click()
        expect(page.get_by_role("heading", level=1)).to_contain_text("Espace agents")
        yield page


def accessible(page: Page, name: str) -> None:
    assert serious_violations(page) == [], page.url
    if SCREENSHOTS:
        page.screenshot(path=f"{SCREENSHOTS}/{name}.png", full_page=True)


def test_the_agent_names_both_files_and_the_creance_claims_the_aids_of_both(page: Page) -> None:
    page.goto("/admin/doutes")
    page.get_by_role("link", name=re.compile("examiner le doute")).first.click()
    choice = page.get_by_role("group", name=re.compile("Votre décision"))
    expect(choice).to_have_accessible_description(re.compile(
        "Même personne enregistrée plusieurs fois dans IODAS : cochez tous ses dossiers"))
    expect(page.get_by_role("checkbox")).to_have_count(3)
    accessible(page, "doute-copies")

    # Nobody and somebody at once: refused, said at the choice, which keeps what was ticked.
    page.get_by_label(re.compile("IODAS C1")).check()
    page.get_by_label(re.compile("Aucun de ces candidats")).check()
    page.get_by_label(re.compile("Commentaire")).fill("Deux dossiers pour la même personne.")
    page.get_by_role("button", name=re.compile("Enregistrer la réponse corrigée")).click()
    expect(page).to_have_title(re.compile("^Erreur : Doute"))
    expect(page.locator("#erreur")).to_be_focused()
    message = "« Aucun de ces candidats » ne peut pas être coché avec un candidat : décochez l'un ou l'autre."
    expect(page.locator("#erreur")).to_contain_text(message)
    expect(choice).to_have_attribute("aria-invalid", "true")
    expect(choice).to_have_accessible_description(re.compile(re.escape(message)))
    expect(page.get_by_label(re.compile("IODAS C1"))).to_be_checked()
    expect(page.get_by_label(re.compile("Commentaire"))).to_have_value("Deux dossiers pour la même personne.")
    accessible(page, "doute-copies-erreur")

    page.get_by_label(re.compile("Aucun de ces candidats")).uncheck()
    page.get_by_label(re.compile("IODAS C2")).check()
    page.get_by_role("button", name=re.compile("Enregistrer la réponse corrigée")).click()
    settled = page.get_by_role("status")
    expect(settled).to_contain_text("Doute levé le")
    expect(settled).to_contain_text("Aide récupérable")  # the ASH of file C2 prevails over the APA of C1
    expect(settled).to_contain_text("même personne enregistrée 2 fois dans IODAS : dossiers C1, C2")
    expect(page.get_by_role("heading", name=re.compile("Candidat retenu"))).to_have_count(2)
    expect(page.get_by_text(re.compile("Avis à .*mdr01@cd69.example, mdr02@cd69.example"))).to_be_visible()
    accessible(page, "doute-copies-leve")

    page.get_by_role("link", name="Ouvrir une créance pour ce dossier").click()
    expect(page.get_by_text("Même personne enregistrée 2 fois dans IODAS")).to_be_visible()
    accessible(page, "creance-copies")
    page.get_by_label(re.compile("Aide sociale à l'hébergement")).fill("12 000")
    page.get_by_label(re.compile("Aide ménagère")).fill("3 000")
    page.get_by_label(re.compile("Actif net successoral")).fill("150 000")
    page.get_by_role("button", name="Ouvrir la créance et calculer le montant").click()
    # ASH from the first euro; aide ménagère above 760 € of expenses: 12,000 + 2,240.
    expect(page.locator(".amount")).to_have_text("14\u202f240,00\u00a0€")
    expect(page.get_by_role("table", name="Calcul du montant récupérable")).to_contain_text("Aide ménagère")
    expect(page.get_by_text("C1, C2")).to_be_visible()
    accessible(page, "creance-copies-ouverte")
