"""A clerk's whole visit in a real Chromium: login, terms, searches, history, letters, logout."""

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from playwright.sync_api import Browser, Page, Route, expect
from pypdf import PdfReader
from returns.result import Success

from application.search_deceased import SearchDeceasedCommand
from domain.identity import IdentityForm
from interfaces.cli.demo_data import DEMO_PASSWORD
from tests.support.builders import person
from tests.e2e.notary_site import (
    OFFICE_1, OFFICE_2, Site, check_screen, demo_site, log_in, new_context, settle_doubt,
)
from tests.support.browser import chromium
from tests.support.graphql import SEARCH, GraphQLClient

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def site(request: pytest.FixtureRequest) -> Iterator[Site]:
    with demo_site(request) as s:
        yield s


def _fill_search(page: Page, last: str, first: str, born: str, died: str, place: str = "Lyon") -> None:
    page.get_by_label("Nom d'usage").fill(last)
    page.get_by_label("Prénoms").fill(first)
    page.get_by_label("Date de naissance").fill(born)
    page.get_by_label("Date de décès").fill(died)
    page.get_by_label("Commune de décès (facultatif)").fill(place)


def _skip_to_content(page: Page) -> None:
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Aller au contenu")).to_be_focused()
    page.keyboard.press("Enter")


def _new_search(page: Page) -> None:
    page.get_by_role("button", name="Faire une nouvelle recherche").click()
    expect(page.get_by_label("Nom d'usage")).to_be_focused()


def test_a_clerk_logs_in_accepts_the_terms_searches_and_finds_the_history(browser: Browser, site: Site) -> None:
    context = new_context(browser, site)
    page = context.new_page()
    page.goto("/")
    expect(page).to_have_url(f"{site.url}/connexion")
    check_screen(page, "1-connexion")

    log_in(page, OFFICE_1, "mauvais mot de passe")
    expect(page.get_by_role("alert")).to_contain_text("Adresse électronique ou mot de passe incorrect")
    check_screen(page, "1b-connexion-refusee")
    log_in(page, OFFICE_1)
    expect(page).to_have_url(f"{site.url}/conditions")
    page.get_by_role("button", name="Accepter et accéder au service").click()
    expect(page.get_by_text("Cochez la case pour accepter")).to_be_visible()
    check_screen(page, "2-conditions")
    page.get_by_label("J'ai lu les conditions générales d'utilisation").check()
    page.get_by_role("button", name="Accepter et accéder au service").click()
    expect(page).to_have_url(f"{site.url}/")
    expect(page.get_by_role("heading", name="Rechercher une personne décédée")).to_be_visible()
    check_screen(page, "3-recherche")

    _fill_search(page, "Martin", "Jeanne", "31/02/1931", "5/1/26")
    page.get_by_role("button", name="Rechercher").click()
    birth = page.get_by_label("Date de naissance")
    expect(birth).to_have_attribute("aria-invalid", "true")
    expect(birth).to_have_accessible_description(re.compile(r"ne donne que l'année .* saisissez le 01/01/1931"))
    expect(page.locator("#date-naissance-erreur")).to_have_text(
        "Le 31/02/1931 n'existe pas : ce mois compte 28 jours. Vérifiez le jour.")
    expect(page.locator("#date-deces-erreur")).to_have_text(
        "L'année doit compter 4 chiffres : saisissez par exemple 05/01/2026.")
    expect(page.get_by_role("alert")).to_contain_text("2 erreurs à corriger")
    check_screen(page, "4-recherche-date-invalide")

    birth.fill("00/00/1931")  # 'né en 1931': the form says what the matcher reads as the year alone
    page.get_by_role("button", name="Rechercher").click()
    expect(page.locator("#date-naissance-erreur")).to_have_text(
        "Le jour ou le mois est inconnu ? Si l'acte ne donne que l'année, saisissez le 01/01/1931.")
    birth.fill("1931")
    page.get_by_role("button", name="Rechercher").click()
    expect(page.locator("#date-naissance-erreur")).to_have_text(
        "Seule l'année est saisie ? Si l'acte ne donne que l'année, saisissez le 01/01/1931.")

    birth.fill("12/04/1931")
    page.get_by_label("Date de décès").fill("05/01/2026")
    page.get_by_role("button", name="Rechercher").click()
    expect(page.get_by_role("heading", name="Personne connue : aide sociale récupérable")).to_be_focused()
    expect(page).to_have_title(re.compile("^Personne connue : aide sociale récupérable — Rechercher une personne"))
    expect(page.locator("#reponse-courrier")).to_contain_text("est en cours d'envoi à l'adresse électronique de votre étude")
    known = page.locator("#reponse-reference").inner_text()
    with page.expect_download() as download:
        page.get_by_role("link", name="Télécharger le courrier (PDF)").click()
    assert download.value.suggested_filename.endswith(f"{known}-69.pdf")
    check_screen(page, "5-reponse-connue")

    _new_search(page)
    expect(page).to_have_title(re.compile("^Rechercher une personne décédée — "))
    _fill_search(page, "Inconnu", "Paul", "01/01/1950", "05/01/2026")
    page.keyboard.press("Enter")
    expect(page.locator("#reponse-verdict")).to_contain_text("Personne inconnue")
    unknown = page.locator("#reponse-reference").inner_text()
    check_screen(page, "6-reponse-inconnue")

    _new_search(page)
    _fill_search(page, "Petit", "Louis", "20/02/1940", "05/01/2026")
    page.keyboard.press("Enter")
    expect(page.locator("#reponse-verdict")).to_contain_text("Un agent du service examine votre demande")
    doubtful = page.locator("#reponse-reference").inner_text()
    assert "MDR" not in page.content() and "10000" not in page.content()  # no candidate, no IODAS number
    check_screen(page, "7-reponse-en-examen")

    page.get_by_role("link", name="Voir l'historique des demandes").click()
    rows = page.locator("#historique tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.nth(0)).to_contain_text(doubtful)
    expect(rows.nth(0)).to_contain_text("En cours d'examen par un agent")
    expect(rows.nth(1)).to_contain_text(unknown)
    expect(rows.nth(1)).to_contain_text("Inconnue")
    expect(rows.nth(2)).to_contain_text(known)
    expect(rows.nth(2)).to_contain_text("MARTIN Jeanne")
    check_screen(page, "8-historique")
    with page.expect_download() as download:
        rows.nth(2).get_by_role("link", name=f"Courrier PDF de la demande {known}").click()
    assert known in download.value.suggested_filename and download.value.suggested_filename.endswith(".pdf")
    letter = PdfReader(download.value.path())
    assert known in "".join(p.extract_text() for p in letter.pages)

    settle_doubt(site, doubtful, iodas_id="100003")
    page.reload()
    expect(rows.nth(0)).to_contain_text("Connue : prestation à vérifier")
    expect(rows.nth(0)).to_contain_text("Doute levé par un agent")
    check_screen(page, "8b-historique-doute-leve")

    page.get_by_role("button", name="Se déconnecter").click()
    expect(page).to_have_url(f"{site.url}/connexion")
    page.goto("/historique")
    expect(page).to_have_url(f"{site.url}/connexion")
    context.close()


def test_the_search_form_works_with_the_keyboard_alone(browser: Browser, site: Site) -> None:
    context = new_context(browser, site)
    page = context.new_page()
    log_in(page, OFFICE_2)
    expect(page).to_have_url(f"{site.url}/conditions")
    expect(page.get_by_label("J'ai lu les conditions générales d'utilisation")).to_be_visible()
    _skip_to_content(page)
    page.keyboard.press("Tab")
    expect(page.get_by_label("J'ai lu les conditions générales d'utilisation")).to_be_focused()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{site.url}/")
    expect(page.get_by_role("heading", name="Rechercher une personne décédée")).to_be_visible()
    # The fields describe the deceased: no browser offers to fill in the clerk's own name or birthday.
    autocomplete = page.locator("#formulaire-recherche input").evaluate_all("fields => fields.map(f => f.autocomplete)")
    assert autocomplete == ["off"] * 6
    _skip_to_content(page)
    page.keyboard.press("Tab")
    expect(page.get_by_label("Nom d'usage")).to_be_focused()
    for text in ("Lefevre", "", "Henri", "02/11/1928", "10/03/2026", "Villeurbanne"):
        page.keyboard.type(text)
        page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Rechercher")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Personne connue : prestation à vérifier")).to_be_focused()
    context.close()


def test_the_accessibility_statement_is_public_and_linked_from_every_footer(browser: Browser, site: Site) -> None:
    context = new_context(browser, site)
    page = context.new_page()
    page.goto("/connexion")
    page.get_by_role("link", name="Accessibilité : non conforme").click()
    expect(page).to_have_title("Déclaration d'accessibilité — Départements & Notaires — Département du Rhône et Métropole de Lyon")
    expect(page.get_by_role("heading", name="État de conformité")).to_be_visible()
    check_screen(page, "9-accessibilite")
    context.close()


def test_an_office_never_sees_another_offices_requests_in_its_history_page(browser: Browser, site: Site) -> None:
    first_office, second_office = GraphQLClient(site.url), GraphQLClient(site.url)
    first_office.login(OFFICE_1, DEMO_PASSWORD)
    theirs = first_office(SEARCH, input={"lastName": "Secret", "firstNames": "Anne", "birthDate": "1930-01-01",
                                         "deathDate": "2026-01-05", "deathPlace": "Lyon"})["data"]["searchDeceased"]
    second_office.login(OFFICE_2, DEMO_PASSWORD)
    second_office("mutation { acceptTerms { __typename } }")
    mine = second_office(SEARCH, input={"lastName": "Visible", "firstNames": "Paul", "birthDate": "1930-01-01",
                                        "deathDate": "2026-01-05", "deathPlace": "Lyon"})["data"]["searchDeceased"]
    first_office.close()
    second_office.close()

    context = new_context(browser, site)
    page = context.new_page()
    log_in(page, OFFICE_2)
    page.get_by_role("link", name="Historique des demandes").click()
    expect(page.locator("#historique tbody")).to_contain_text(mine["reference"])
    expect(page.locator("#historique tbody")).not_to_contain_text(theirs["reference"])
    expect(page.locator("#historique tbody")).not_to_contain_text("SECRET")
    own_letter = context.request.get(f"/lettres/{mine['requestId']}.pdf")
    assert own_letter.ok and own_letter.body().startswith(b"%PDF")
    guessed = context.request.get(f"/lettres/{theirs['requestId']}.pdf")
    assert guessed.status == 404 and not guessed.body().startswith(b"%PDF")
    page.goto(f"/lettres/{theirs['requestId']}.pdf")
    expect(page.locator("body")).to_have_text("Courrier introuvable.")
    context.close()


def test_an_agent_signing_in_here_is_sent_to_the_agents_space(browser: Browser, site: Site) -> None:
    context = new_context(browser, site)
    page = context.new_page()
    log_in(page, "agent@demo.example")
    expect(page.get_by_role("alert")).to_contain_text("les agents de la collectivité utilisent l'espace agents")
    expect(page).to_have_url(f"{site.url}/connexion")
    context.close()


def test_a_session_the_browser_cannot_keep_is_not_taken_for_a_wrong_password(browser: Browser, site: Site) -> None:
    """Over plain http the Secure cookie is dropped although the password was right: the page says HTTPS is needed."""
    context = new_context(browser, site)
    page = context.new_page()

    def without_cookies(route: Route) -> None:  # what a browser does with a Secure cookie over plain http
        response = route.fetch()  # shares the context's cookie jar, hence cleared after
        context.clear_cookies()
        headers = {k: v for k, v in response.headers.items() if k.lower() != "set-cookie"}
        route.fulfill(response=response, headers=headers)

    page.route("**/graphql", without_cookies)
    log_in(page, OFFICE_1)
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("votre navigateur n'a pas pu conserver la session")
    expect(alert).to_contain_text("HTTPS")
    expect(alert).not_to_contain_text("undefined")
    expect(alert).not_to_contain_text("Vérifiez l'adresse et le mot de passe")
    expect(page).to_have_url(f"{site.url}/connexion")
    context.close()


def test_a_clerk_whose_office_no_collectivite_serves_is_told_so_and_keeps_what_was_typed(
        browser: Browser, site: Site) -> None:
    """An administrator detached the office from every collectivité: the search is not sent to the sign-in page
    and lost, the clerk reads why in French, the identity typed still in the form."""
    with site.services.uow() as uow:
        clerk = uow.users.by_email(OFFICE_2)
        assert clerk is not None and clerk.crpcen is not None
        office = uow.offices.get(clerk.crpcen)
        assert office is not None
        uow.offices.save(replace(office, collectivites=frozenset()))
        uow.commit()
    try:
        api = GraphQLClient(site.url)
        api.login(OFFICE_2, DEMO_PASSWORD)
        api("mutation { acceptTerms { __typename } }")
        answer = api(SEARCH, input={"lastName": "Martin", "firstNames": "Jeanne", "birthDate": "1931-04-12",
                                    "deathDate": "2026-01-05"})["data"]["searchDeceased"]
        api.close()
        assert answer["__typename"] == "SearchUnavailable"
        context = new_context(browser, site)
        page = context.new_page()
        log_in(page, OFFICE_2)
        _fill_search(page, "Martin", "Jeanne", "12/04/1931", "05/01/2026")
        page.get_by_role("button", name="Rechercher").click()
        expect(page.locator("#resume-erreurs")).to_contain_text("Votre étude n'est rattachée à aucune collectivité")
        expect(page).not_to_have_url(re.compile("connexion"))
        expect(page.get_by_label("Nom d'usage")).to_have_value("Martin")
        check_screen(page, "10-etude-sans-collectivite")
        context.close()
    finally:
        with site.services.uow() as uow:
            uow.offices.save(office)
            uow.commit()


def test_an_office_of_two_collectivites_gets_both_letters_in_its_history(browser: Browser, site: Site) -> None:
    """Each collectivité sends its own letter: the answer says so in the plural, the history links to each."""
    with site.services.uow() as uow:
        clerk = uow.users.by_email(OFFICE_2)
        assert clerk is not None and clerk.crpcen is not None
        office = uow.offices.get(clerk.crpcen)
        assert office is not None
        uow.offices.save(replace(office, collectivites=frozenset({"69", "69M"})))
        uow.beneficiaries.upsert("69M", [person(iodas_id="M1", collectivite="69M")])  # else 69M refuses to answer
        uow.commit()
    try:
        api = GraphQLClient(site.url)
        api.login(OFFICE_2, DEMO_PASSWORD)
        api("mutation { acceptTerms { __typename } }")
        api.close()
        context = new_context(browser, site)
        page = context.new_page()
        log_in(page, OFFICE_2)
        _fill_search(page, "Deuxlettres", "Paul", "01/01/1950", "05/01/2026")
        page.get_by_role("button", name="Rechercher").click()
        expect(page.locator("#reponse-courrier")).to_contain_text("Les 2 courriers officiels")
        expect(page.locator("#reponse-courrier")).to_contain_text("sont en cours d'envoi")
        expect(page.locator("#reponse").get_by_role("link", name=re.compile("^Télécharger le courrier"))).to_have_count(2)
        with page.expect_download() as download:
            page.get_by_role("link", name="Télécharger le courrier (PDF) – Métropole de Lyon").click()
        assert download.value.suggested_filename.endswith("-69M.pdf")
        reference = page.locator("#reponse-reference").inner_text()

        page.get_by_role("link", name="Voir l'historique des demandes").click()
        row = page.locator("#historique tbody tr").filter(has_text=reference)
        expect(row.get_by_role("link")).to_have_count(2)
        check_screen(page, "11-historique-deux-collectivites")
        with page.expect_download() as download:
            row.get_by_role("link", name=f"Courrier PDF de la demande {reference} – Métropole de Lyon").click()
        assert download.value.suggested_filename.endswith(f"{reference}-69M.pdf")
        with page.expect_download() as download:
            row.get_by_role("link", name=f"Courrier PDF de la demande {reference} – Département du Rhône").click()
        assert download.value.suggested_filename.endswith(f"{reference}-69.pdf")
        context.close()
    finally:
        with site.services.uow() as uow:
            uow.offices.save(office)
            uow.commit()


def test_after_the_last_older_requests_focus_goes_to_the_first_added_row(browser: Browser, site: Site) -> None:
    """The button hides on the last page: focus must not fall to the page's start, but reach the new rows."""
    api = GraphQLClient(site.url)
    api.login(OFFICE_2, DEMO_PASSWORD)
    api("mutation { acceptTerms { __typename } }")
    count = len(api("{ myRequests(first: 100) { ... on RequestPage { items { requestId } } } }")
                ["data"]["myRequests"]["items"])
    api.close()
    with site.services.uow() as uow:
        clerk = uow.users.by_email(OFFICE_2)
    assert clerk is not None and count <= 21
    for n in range(21 - count):  # directly, not over HTTP: the per-office rate limit is not the point here
        form = IdentityForm(last_name=f"Ancien{chr(65 + n)}", birth_name=None, first_names="Paul",
                            birth_date=date(1950, 1, 1), death_date=date(2026, 1, 5), death_place="Lyon")
        assert isinstance(site.services.search.execute(SearchDeceasedCommand(user_id=clerk.id, form=form)), Success)
    context = new_context(browser, site)
    page = context.new_page()
    log_in(page, OFFICE_2)
    # The link appears once the sign-in has landed: a goto right after it raced the page's own redirect.
    page.get_by_role("link", name="Historique des demandes").click()
    more = page.get_by_role("button", name="Afficher les demandes plus anciennes")
    more.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#historique tbody tr")).to_have_count(21)
    expect(page.locator("#historique tbody tr").nth(20).get_by_role("link")).to_be_focused()
    expect(more).to_be_hidden()
    expect(page.locator("#historique-annonce")).to_have_text("1 demande plus ancienne ajoutée au tableau.")
    context.close()


def test_a_clerk_finds_one_request_in_the_history_by_a_name_or_its_reference(browser: Browser, site: Site) -> None:
    """« Retrouver une demande »: a surname typed, or part of it, narrows the history; nothing found is said."""
    api = GraphQLClient(site.url)
    api.login(OFFICE_1, DEMO_PASSWORD)
    api("mutation { acceptTerms { __typename } }")
    wanted = api(SEARCH, input={"lastName": "Quintard", "firstNames": "Odile", "birthDate": "1933-03-03",
                                "deathDate": "2026-01-05"})["data"]["searchDeceased"]
    api(SEARCH, input={"lastName": "Rambert", "firstNames": "Paul", "birthDate": "1934-04-04",
                       "deathDate": "2026-01-05"})
    api.close()
    context = new_context(browser, site)
    page = context.new_page()
    log_in(page, OFFICE_1)
    page.get_by_role("link", name="Historique des demandes").click()
    expect(page.locator("#historique tbody")).to_contain_text("RAMBERT")
    page.get_by_label("Retrouver une demande par sa référence ou un nom saisi").fill("quint")
    page.get_by_role("button", name="Filtrer").click()
    expect(page.locator("#historique tbody tr")).to_have_count(1)
    expect(page.locator("#historique tbody")).to_contain_text(wanted["reference"])
    expect(page.get_by_role("status")).to_have_text(re.compile("1 demande correspond à « quint »"))
    check_screen(page, "12-historique-filtre")
    page.get_by_label("Retrouver une demande par sa référence ou un nom saisi").fill("Personne-de-ce-nom")
    page.get_by_role("button", name="Filtrer").click()
    expect(page.locator("#historique-aucune")).to_have_text("Aucune demande de l'étude ne correspond à "
                                                           "« Personne-de-ce-nom ».")
    context.close()
