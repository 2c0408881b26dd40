"""An agent works the back-office in a real Chromium; axe-core checks every page."""

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from playwright.sync_api import Browser, Page, expect

from application.search_deceased import SearchDeceasedCommand
from domain.creance import Creance
from domain.decision import DecisionKind
from domain.office import NotarialOffice
from domain.outcome import Outcome
from domain.recovery import ClaimedAid, RecourseType
from domain.user import Role
from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.conftest import make_services
from tests.support.admin import PASSWORD, account
from tests.support.browser import chromium, serious_violations
from tests.support.builders import form, person
from tests.support.doubts import ambiguous_request
from tests.support.payment import paying_letterheads
from tests.support.server import live_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    # The Rhône's paierie account is configured, the Métropole's is not.
    services: Services = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/notaires.db",
                                       paying_letterheads(tmp_path_factory.mktemp("config"), ("69",)))
    account(services, "agent@cd69.example", Role.AGENT)
    _searches(services)
    _metropole_creance(services)
    with live_server(create_app(services)) as url:
        yield url
    services.engine.dispose()


def _searches(services: Services) -> None:
    """Two Louis Petit born the same day, one with ASH, the other with APA: a doubt (their brother Paul, born that
    day too, is cited for the record). Jeanne Martin had ASH."""
    with services.uow() as uow:
        uow.offices.save(NotarialOffice(crpcen="69001", name="Étude de Bellecour", email="etude@notaires.example",
                                        collectivites=frozenset({"69"})))
        uow.beneficiaries.upsert("69", [
            person(iodas_id="A1", usage_name="PETIT", birth_name=None, first_names="LOUIS", aids=("ASH",)),
            person(iodas_id="A2", usage_name="PETIT", birth_name=None, first_names="LOUIS", aids=("APA",),
                   maison_code="MDR02"),
            person(iodas_id="A3", usage_name="PETIT", birth_name=None, first_names="PAUL", sex="M", aids=("APA",)),
            person(iodas_id="B1", birth_date=date(1929, 3, 8))])
        uow.commit()
    clerk = account(services, "clerc@etude.example", Role.NOTARY, collectivite=None, crpcen="69001")
    for identity, outcome in ((dict(last_name="Petit", birth_name=None, first_names="Louis"), Outcome.AMBIGUOUS),
                              (dict(birth_date=date(1929, 3, 8)), Outcome.RECOVERABLE_AID)):
        searched = services.search.execute(SearchDeceasedCommand(user_id=clerk.id, form=form(**identity)))
        assert searched.unwrap().outcome is outcome


def _metropole_creance(services: Services) -> None:
    with services.uow() as uow:
        uow.offices.save(NotarialOffice(crpcen="69002", name="Étude de la Croix-Rousse", email="cr@notaires.example",
                                        collectivites=frozenset({"69M"})))
        uow.commit()
    clerk = account(services, "clerc@metropole-etude.example", Role.NOTARY, collectivite=None, crpcen="69002")
    agent = account(services, "agent@metropole.example", Role.AGENT, collectivite="69M")
    opened = datetime.now(UTC) - timedelta(days=2)
    with services.uow() as uow:
        doubt = ambiguous_request(uow, opened, collectivite="69M", crpcen="69002", user_id=clerk.id)
        settled = replace(doubt, id="settled-69M", kind=DecisionKind.CORRECTED, outcome=Outcome.RECOVERABLE_AID,
                          iodas_id="1", supersedes=doubt.id, decided_at=opened + timedelta(hours=1))
        uow.doubts.settle(settled)
        uow.creances.add(Creance(
            id="creance-69M", decision_id=settled.id, request_id=settled.request_id, collectivite="69M",
            iodas_id="1", recourse=RecourseType.ESTATE, claimed=(ClaimedAid(aid_code="ASH", amount_paid=Decimal(900)),),
            net_estate=Decimal(50000), funeral_costs=Decimal(0), amount_claimed=Decimal("900.00"), opened_at=opened,
            opened_by=agent.id))
        uow.commit()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    # The back-office forbids inline scripts (CSP); axe is injected inline, so the test bypasses it.
    context = browser.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


def accessible(page: Page) -> None:
    assert serious_violations(page) == [], page.url


def sign_in(page: Page, url: str, email: str = "agent@cd69.example") -> None:
    page.goto(f"{url}/admin/")
    accessible(page)
    page.get_by_label("Adresse électronique").fill(email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()


def test_an_agent_signs_in_and_out_with_the_keyboard_friendly_forms(page: Page, server: str) -> None:
    sign_in(page, server)
    expect(page.get_by_role("heading", level=1)).to_have_text("Espace agents — Département du Rhône : votre travail du jour")
    expect(page).to_have_title("Accueil — Espace agents — Départements & Notaires")
    accessible(page)
    page.get_by_role("button", name="Se déconnecter").click()
    expect(page.get_by_role("heading", name="Connexion à l'espace agents")).to_be_visible()


def test_an_agent_opens_a_creance_on_a_recoverable_answer_and_notifies_it(page: Page, server: str) -> None:
    sign_in(page, server)
    nav = page.get_by_role("navigation", name="Navigation principale")
    nav.get_by_role("link", name="Créances").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Créances")
    accessible(page)
    page.get_by_role("link", name=re.compile("Ouvrir une créance")).first.click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Ouvrir une créance")
    accessible(page)
    # Two mistakes at once: both are listed, each field says so, and what was typed stays.
    page.get_by_label(re.compile("Aide sociale à l'hébergement")).fill("soixante-dix mille")
    page.get_by_label(re.compile("Actif net successoral")).fill("1e30")
    page.get_by_role("button", name="Ouvrir la créance et calculer le montant").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("2 champs sont à corriger")
    expect(summary.get_by_role("link")).to_have_count(2)
    expect(summary).to_be_focused()
    expect(page).to_have_title(re.compile("^Erreur : Ouvrir une créance"))
    for label, typed in (("Aide sociale à l'hébergement", "soixante-dix mille"), ("Actif net successoral", "1e30")):
        field = page.get_by_label(re.compile(label))
        expect(field).to_have_attribute("aria-invalid", "true")
        expect(field).to_have_value(typed)
    expect(page.get_by_label(re.compile("Actif net successoral"))).to_have_accessible_description(
        re.compile("n'est pas un montant"))
    accessible(page)
    page.get_by_label(re.compile("Aide sociale à l'hébergement")).fill("70 000,00")
    page.get_by_label(re.compile("Actif net successoral")).fill("60 000")
    page.get_by_label(re.compile("Frais d'obsèques")).fill("4 200")
    page.get_by_role("button", name="Ouvrir la créance et calculer le montant").click()

    # The net estate after funeral costs (capped at 3,500) caps the recovery: 60,000 - 3,500.
    expect(page.locator(".amount")).to_have_text("56\u202f500,00\u00a0€")
    expect(page.get_by_role("status")).to_contain_text("La créance est ouverte")
    accessible(page)
    page.get_by_role("link", name=re.compile("Corriger les montants")).click()
    expect(page.get_by_label(re.compile("Actif net successoral"))).to_have_value("60000,00")
    accessible(page)
    page.get_by_label(re.compile("Actif net successoral")).fill("40 000")
    page.get_by_role("button", name="Enregistrer et recalculer le montant").click()
    expect(page.locator(".amount")).to_have_text("36\u202f500,00\u00a0€")
    page.get_by_role("button", name="Notifier le décompte au notaire").click()

    # Nothing leaves before the agent has seen the amount and the office's generic address.
    expect(page.get_by_role("heading", level=1)).to_contain_text("Confirmer l'envoi du décompte")
    expect(page.locator("#montant-decompte")).to_have_text("36\u202f500,00\u00a0€")
    expect(page.locator("#destinataire-decompte")).to_have_text("etude@notaires.example")
    accessible(page)
    page.get_by_role("button", name="Envoyer le décompte au notaire").click()

    expect(page.get_by_role("status")).to_contain_text("La créance est notifiée au notaire")
    sent = page.get_by_role("region", name="Décompte notifié au notaire")
    expect(sent).to_contain_text("Courriel à etude@notaires.example : en file d'envoi")
    accessible(page)
    download = sent.get_by_role("link", name=re.compile("Télécharger le décompte envoyé"))
    pdf = page.request.get(f"{server}{download.get_attribute('href')}")
    assert pdf.ok and pdf.headers["content-type"] == "application/pdf" and pdf.body().startswith(b"%PDF")
    expect(page.get_by_role("button", name="Notifier le décompte au notaire")).to_have_count(0)
    nav.get_by_role("link", name="Créances").click()
    expect(page.get_by_role("table", name=re.compile("dossier"))).to_contain_text("Notifiée au notaire")
    accessible(page)


def test_an_agent_settles_a_doubt_sees_the_corrected_letter_queued_and_opens_the_creance(page: Page,
                                                                                          server: str) -> None:
    sign_in(page, server)
    nav = page.get_by_role("navigation", name="Navigation principale")
    nav.get_by_role("link", name="Doutes à lever").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Doutes à lever")
    accessible(page)
    page.get_by_role("link", name=re.compile("examiner le doute")).first.click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Doute n°")
    expect(page.get_by_role("table", name="Saisie de l'étude comparée au candidat 1")).to_contain_text("Identique")
    expect(page.get_by_role("table", name="Aides versées au candidat 1")).to_be_visible()
    cited = page.get_by_role("region", name=re.compile("Candidat 3 : PETIT PAUL"))
    expect(cited).to_contain_text("Cité pour mémoire")
    expect(page.get_by_text("Cité pour mémoire")).to_have_count(1)  # the twins are what the doubt is about
    accessible(page)
    page.get_by_label(re.compile("IODAS A1")).check()
    page.get_by_label(re.compile("Commentaire")).fill("Aide ASH confirmée par la MDR 01.")
    page.get_by_role("button", name=re.compile("Enregistrer la réponse corrigée")).click()

    expect(page.get_by_role("status")).to_contain_text("Doute levé le")
    expect(page.get_by_role("heading", name=re.compile("Candidat .* Candidat retenu"))).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("Aide récupérable")
    expect(page.get_by_text(re.compile("Courrier de réponse corrigée à etude@notaires.example"))).to_contain_text(
        "en file d'envoi")
    accessible(page)
    nav.get_by_role("link", name="Doutes à lever").click()
    expect(page.get_by_role("table", name=re.compile("dernier doute levé"))).to_contain_text("Aide récupérable")
    accessible(page)
    page.get_by_role("link", name=re.compile("voir le doute levé")).first.click()
    page.get_by_role("link", name="Ouvrir une créance pour ce dossier").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ouvrir une créance")
    page.get_by_label(re.compile("Aide sociale à l'hébergement")).fill("12 000")
    page.get_by_label(re.compile("Actif net successoral")).fill("150 000")
    # Against a donee, the form asks for the value of the gift, not the estate's figures.
    expect(page.get_by_label(re.compile("Valeur des biens donnés"))).to_be_hidden()
    page.get_by_label("Recours contre le donataire").check()
    expect(page.get_by_label(re.compile("Actif net successoral"))).to_be_hidden()
    expect(page.get_by_label(re.compile("Frais d'obsèques"))).to_be_hidden()
    expect(page.get_by_label(re.compile("Valeur des biens légués"))).to_be_hidden()
    accessible(page)
    page.get_by_role("button", name="Ouvrir la créance et calculer le montant").click()
    expect(page.get_by_role("alert")).to_contain_text("Valeur des biens donnés : indiquez un montant")
    expect(page.get_by_label("Recours contre le donataire")).to_be_checked()
    page.get_by_label(re.compile("Valeur des biens donnés")).fill("8 000")
    page.get_by_role("button", name="Ouvrir la créance et calculer le montant").click()
    expect(page.locator(".amount")).to_have_text("8\u202f000,00\u00a0€")  # the gift's value caps the ASH's 12,000
    computation = page.get_by_role("table", name="Calcul du montant récupérable")
    expect(computation).to_contain_text("Valeur des biens donnés déclarée")
    expect(computation).not_to_contain_text("Actif net successoral")
    accessible(page)


def test_without_its_collectivites_payment_account_a_creance_explains_why_its_decompte_cannot_be_sent(
        page: Page, server: str) -> None:
    sign_in(page, server, "agent@metropole.example")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Métropole de Lyon")
    page.goto(f"{server}/admin/creances/creance-69M")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Créance")
    refusal = page.get_by_role("region", name="Notifier le décompte au notaire")
    expect(refusal).to_contain_text("aucun compte de paiement n'est configuré pour la Métropole de Lyon")
    expect(refusal).to_contain_text("section [payment] du fichier collectivite.toml")
    expect(page.get_by_role("button", name="Notifier le décompte au notaire")).to_have_count(0)
    accessible(page)
