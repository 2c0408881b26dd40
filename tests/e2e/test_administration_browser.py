"""An administrator runs the service in a real Chromium; axe-core checks every page; others are kept out."""

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from returns.result import Success

from application.login import LoginCommand
from application.send_password_link import PasswordLinkCommand
from domain.office import NotarialOffice
from domain.user import Role
from infrastructure.mail.smtp import SmtpMailer, SmtpServer
from interfaces.body_limits import UPLOAD_BYTES, too_large
from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.conftest import make_services
from tests.support.admin import EVERYWHERE, PASSWORD, account
from tests.support.browser import chromium, serious_violations
from tests.support.builders import EXTRACT_HEADER
from tests.support.server import live_server
from tests.support.smtp import SmtpSink

pytestmark = pytest.mark.browser
ADMIN_PAGES = ("/admin/administration", "/admin/administration/imports", "/admin/administration/comptes",
               "/admin/administration/etudes", "/admin/administration/etudes/69001", "/admin/administration/maisons",
               "/admin/administration/aides", "/admin/administration/jetons", "/admin/administration/journal", "/admin/administration/journal.csv")
EXTRACT = EXTRACT_HEADER + (
    "100,F,MARTIN,DURAND,Jeanne Marie,1931-04-12,MDR01,ASH,2015-01-01,\n"
    "101,Q,PETIT,,Louis,1940-02-02,MDR01,ASH,2016-01-01,\n"
    "102,M,BERNARD,,Paul,1935-06-30,MDR02,APA,2017-03-01,\n"
    "103,F,ROUX,,Anne,1931-13-45,MDR02,ASH,2018-01-01,\n"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def smtp() -> Iterator[SmtpSink]:
    sink = SmtpSink().start()
    yield sink
    sink.stop()


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory, smtp: SmtpSink) -> Iterator[Services]:
    built: Services = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/notaires.db",
                                    mailer=SmtpMailer(SmtpServer.from_url(smtp.url)))
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


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(bypass_csp=True)  # axe is injected inline
    yield context.new_page()
    context.close()


def sign_in(page: Page, url: str, email: str = "admin@cd69.example") -> None:
    page.goto(f"{url}/admin/connexion")
    page.get_by_label("Adresse électronique").fill(email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.get_by_role("button", name="Se déconnecter").wait_for()


def accessible(page: Page) -> None:
    assert serious_violations(page) == [], page.url


def upload(page: Page, extract: Path, check: bool = True) -> None:
    page.get_by_role("link", name="Administration").first.click()
    page.get_by_role("link", name="Imports IODAS").click()
    page.wait_for_url("**/administration/imports")
    if check:  # axe needs JavaScript
        accessible(page)
    page.get_by_label("Collectivité").select_option(label="Département du Rhône")
    page.get_by_label("Fichier d'extraction").set_input_files(extract)
    page.get_by_role("button", name="Importer").click()
    page.get_by_role("heading", name="Lignes rejetées").wait_for()


def test_an_administrator_uploads_an_extract_and_reads_the_rejection_report(
        page: Page, server: str, tmp_path: Path) -> None:
    extract = tmp_path / "iodas-2026-11-26.csv"
    extract.write_text(EXTRACT, encoding="utf-8")
    sign_in(page, server)
    upload(page, extract)
    rows = page.locator("#tableau-rejets tbody tr").all_inner_texts()
    assert rows == ["3\tsexe invalide « Q » (M ou H, F, 1 ou 2, ou vide)",
                    "5\tdate de naissance invalide : « 1931-13-45 » n'est pas un jour du calendrier"]
    facts = page.locator("dl.facts").inner_text()
    assert "iodas-2026-11-26.csv" in facts and "admin@cd69.example" in facts
    accessible(page)
    with page.expect_download() as info:
        page.get_by_role("link", name="Exporter en CSV : lignes rejetées").click()
    content = Path(info.value.path()).read_text(encoding="utf-8-sig").splitlines()
    assert content == ["Ligne;Motif", "3;sexe invalide « Q » (M ou H, F, 1 ou 2, ou vide)",
                       "5;date de naissance invalide : « 1931-13-45 » n'est pas un jour du calendrier"]
    page.get_by_role("link", name="Imports IODAS").click()
    page.wait_for_url("**/administration/imports")
    expect(page.locator("table")).to_contain_text("iodas-2026-11-26.csv")


def test_the_upload_works_without_javascript(browser: Browser, server: str, tmp_path: Path) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    extract = tmp_path / "sans-js.csv"
    extract.write_text(EXTRACT, encoding="utf-8")
    sign_in(page, server)
    upload(page, extract, check=False)
    assert page.locator("#tableau-rejets tbody tr").count() == 2
    context.close()


def test_a_windows_1252_file_keeps_its_accents(page: Page, server: str, services: Services, tmp_path: Path) -> None:
    extract = tmp_path / "ansi.csv"
    extract.write_bytes(EXTRACT.replace("Marie", "Hélène").encode("cp1252"))
    sign_in(page, server)
    upload(page, extract, check=False)
    with services.uow() as uow:
        person = uow.beneficiaries.get("69", "100")
    assert person is not None and person.first_names == ("Jeanne", "Hélène")


def test_a_file_in_no_known_encoding_is_refused_in_french(page: Page, server: str, tmp_path: Path) -> None:
    extract = tmp_path / "binaire.csv"
    extract.write_bytes(EXTRACT.encode("cp1252") + b"\x81\x8d\n")  # bytes Windows-1252 leaves undefined
    sign_in(page, server)
    page.goto(f"{server}/admin/administration/imports")
    page.get_by_label("Fichier d'extraction").set_input_files(extract)
    page.get_by_role("button", name="Importer").click()
    expect(page.locator("#upload-status")).to_contain_text("réenregistrez-le en UTF-8")
    assert page.get_by_role("button", name="Importer").is_enabled()


def test_a_file_over_the_upload_limit_is_refused_at_once_in_french_and_never_sent(
        page: Page, server: str, tmp_path: Path) -> None:
    extract = tmp_path / "enorme.csv"
    with extract.open("wb") as handle:
        handle.truncate(UPLOAD_BYTES + 1)  # sparse: 200 MB on no disk
    sign_in(page, server)
    page.goto(f"{server}/admin/administration/imports")
    sent: list[str] = []
    page.on("request", lambda r: sent.append(r.url) if r.method == "POST" else None)
    page.get_by_label("Fichier d'extraction").set_input_files(extract)
    page.get_by_role("button", name="Importer").click()
    expect(page.locator("#upload-status")).to_have_text(too_large(UPLOAD_BYTES))
    assert sent == [] and page.get_by_role("button", name="Importer").is_enabled()
    accessible(page)


@pytest.mark.parametrize(("status", "content_type", "body", "shown"), [
    (413, "text/html", "<html><body><center><h1>413 Request Entity Too Large</h1></center>nginx</body></html>",
     too_large(UPLOAD_BYTES)),
    (400, "text/plain; charset=utf-8", "Adresse non reconnue : ce service ne répond qu'à l'adresse publiée.",
     "Adresse non reconnue : ce service ne répond qu'à l'adresse publiée."),
], ids=["proxy-413", "plain-text"])
def test_a_refusal_from_outside_the_back_office_is_told_in_french(
        page: Page, server: str, tmp_path: Path, status: int, content_type: str, body: str, shown: str) -> None:
    """A proxy's page, or a sentence in plain text (the body limit, the host check): not « L'envoi a échoué »."""
    extract = tmp_path / "iodas.csv"
    extract.write_text(EXTRACT, encoding="utf-8")
    sign_in(page, server)
    page.goto(f"{server}/admin/administration/imports")
    page.route("**/administration/imports", lambda route: route.fulfill(
        status=status, content_type=content_type, body=body)
        if route.request.method == "POST" else route.continue_())
    page.get_by_label("Fichier d'extraction").set_input_files(extract)
    page.get_by_role("button", name="Importer").click()
    expect(page.locator("#upload-status")).to_have_text(shown)


def test_an_administrator_creates_an_account_whose_holder_sets_a_password_by_the_link(
        page: Page, server: str, smtp: SmtpSink, services: Services) -> None:
    sign_in(page, server)
    page.goto(f"{server}/admin/administration/comptes")
    accessible(page)
    page.get_by_label("Adresse électronique du compte").fill("nouvel.agent@cd69.example")
    page.get_by_label("Profil").select_option(label="Agent")
    page.get_by_label("Collectivité").select_option(label="Département du Rhône")
    page.get_by_role("button", name="Créer le compte et envoyer le lien").click()
    expect(page.get_by_role("status")).to_contain_text("envoyé à nouvel.agent@cd69.example")
    accessible(page)
    mail = smtp.wait_for(1)[-1]
    assert mail.rcpt_tos == ("nouvel.agent@cd69.example",)
    link = next(word for word in mail.body().split() if "/admin/mot-de-passe/" in word)
    token = link.rsplit("/", 1)[1]
    addresses: list[str] = []
    page.on("request", lambda request: addresses.append(request.url))
    page.goto(link)
    assert page.url == f"{server}/admin/mot-de-passe", "the page's address holds no token"
    expect(page.get_by_text("Compte : nouvel.agent@cd69.example")).to_be_visible()
    accessible(page)
    page.get_by_label("Nouveau mot de passe").fill("une phrase de passe solide")
    page.get_by_label("Confirmez le mot de passe").fill("une phrase de passe solide")
    page.get_by_role("button", name="Enregistrer le mot de passe").click()
    expect(page.get_by_role("status")).to_contain_text("est enregistré")
    accessible(page)
    assert [a for a in addresses if token in a] == [link], "only the link itself carried the token"
    signed = services.login.execute(LoginCommand(email="nouvel.agent@cd69.example", password="une phrase de passe solide"))
    assert isinstance(signed, Success)
    page.goto(link)
    expect(page.get_by_role("alert")).to_contain_text("n'est plus valable")


def test_a_link_opened_once_is_dead_for_anyone_else_and_its_page_works_without_javascript(
        browser: Browser, server: str, smtp: SmtpSink, services: Services) -> None:
    """Whoever reads the link in a log finds it dead; its holder's browser keeps the page, and needs no script."""
    holder = account(services, "titulaire@cd69.example", Role.AGENT)
    before = len(smtp.received)
    services.send_password_link.execute(PasswordLinkCommand(
        actor_id=holder.id, user_id=holder.id, link_prefix=f"{server}/admin/mot-de-passe/", jurisdiction=EVERYWHERE))
    link = next(w for w in smtp.wait_for(before + 1)[-1].body().split() if "/admin/mot-de-passe/" in w)
    own = browser.new_context(java_script_enabled=False)
    reader = browser.new_context(java_script_enabled=False)
    try:
        page = own.new_page()
        page.goto(link)
        expect(page.get_by_text("Compte : titulaire@cd69.example")).to_be_visible()
        other = reader.new_page()
        assert other.goto(link).status == 410  # type: ignore[union-attr]
        expect(other.get_by_role("alert")).to_contain_text("n'est plus valable : il a déjà été ouvert")
        page.goto(link)  # its holder, clicking the link in the e-mail again, gets the page back
        page.get_by_label("Nouveau mot de passe").fill("une autre phrase de passe")
        page.get_by_label("Confirmez le mot de passe").fill("une autre phrase de passe")
        page.get_by_role("button", name="Enregistrer le mot de passe").click()
        expect(page.get_by_role("status")).to_contain_text(
            "Le mot de passe du compte titulaire@cd69.example est enregistré")
        page.goto(f"{server}/admin/mot-de-passe")
        expect(page.get_by_role("alert")).to_contain_text("n'est plus valable")
    finally:
        own.close()
        reader.close()
    signed = services.login.execute(LoginCommand(email="titulaire@cd69.example", password="une autre phrase de passe"))
    assert isinstance(signed, Success)


def test_a_notary_link_goes_to_the_office_and_an_account_can_be_disabled(page: Page, server: str,
                                                                        smtp: SmtpSink) -> None:
    sign_in(page, server)
    page.goto(f"{server}/admin/administration/comptes")
    before = len(smtp.received)
    page.get_by_role("button", name="Envoyer un lien de mot de passe à clerc@etude.example").click()
    expect(page.get_by_role("status")).to_contain_text("envoyé à etude@notaires.example")
    assert smtp.wait_for(before + 1)[-1].rcpt_tos == ("etude@notaires.example",)
    page.get_by_role("button", name="Désactiver agent@cd69.example").click()
    expect(page.get_by_role("status")).to_contain_text("agent@cd69.example est désactivé")
    page.get_by_role("button", name="Réactiver agent@cd69.example").click()
    expect(page.get_by_role("status")).to_contain_text("réactivé")


def test_an_administrator_imports_the_crpcen_table_and_edits_an_office(page: Page, server: str,
                                                                       tmp_path: Path) -> None:
    table = tmp_path / "crpcen.csv"
    table.write_text("crpcen,name,email\n69002,Étude des Terreaux,contact@terreaux.example\nABC,Étude,x@y.fr\n",
                     encoding="utf-8")
    sign_in(page, server)
    page.goto(f"{server}/admin/administration/etudes")
    accessible(page)
    page.get_by_label("Table CRPCEN (CSV)").set_input_files(table)
    page.get_by_role("button", name="Importer la table").click()
    expect(page.get_by_role("status")).to_contain_text("1 créée")
    assert page.locator("#tableau-rejets tbody").inner_text().split("\t") == ["3", "CRPCEN invalide « ABC »"]
    page.get_by_role("link", name="Modifier Étude Bellecour").click()
    page.wait_for_url("**/administration/etudes/69001")
    accessible(page)
    page.get_by_label("Adresse électronique générique").fill("accueil@bellecour.example")
    page.get_by_label("Métropole de Lyon").check()
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_role("status")).to_contain_text("Étude Bellecour est enregistrée")
    row = page.get_by_role("row", name="Étude Bellecour").inner_text()
    assert "accueil@bellecour.example" in row and "Métropole de Lyon" in row
    page.get_by_role("link", name="Modifier Étude Bellecour").click()
    boxes = page.get_by_role("group", name="Collectivités").get_by_role("checkbox")
    for box in boxes.all():
        box.uncheck()
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_role("status")).to_contain_text("n'est rattachée à aucune collectivité : ses clercs ne peuvent")
    page.get_by_role("link", name="Modifier Étude Bellecour").click()
    for box in boxes.all():
        box.check()
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_role("status")).not_to_contain_text("aucune collectivité")


def test_an_administrator_of_the_metropole_changes_only_what_is_the_metropole_s_on_a_shared_office(
        page: Page, server: str, services: Services) -> None:
    with services.uow() as uow:
        uow.offices.save(NotarialOffice(crpcen="69005", name="Étude des Brotteaux", email="etude@brotteaux.example",
                                        collectivites=frozenset({"69", "69M"})))
        uow.commit()
    account(services, "admin@metropole.example", Role.ADMIN, collectivite="69M")
    sign_in(page, server, "admin@metropole.example")
    page.goto(f"{server}/admin/administration/comptes")
    accessible(page)
    assert page.get_by_label("Collectivité").locator("option").all_inner_texts() == ["Métropole de Lyon"]
    listed = page.locator("table").inner_text()
    assert "admin@metropole.example" in listed
    assert "agent@cd69.example" not in listed and "admin@cd69.example" not in listed  # the département's, all's
    page.goto(f"{server}/admin/administration/etudes")
    accessible(page)
    assert "Étude des Brotteaux" in page.locator("tbody th").all_inner_texts()
    page.get_by_role("link", name="Modifier Étude des Brotteaux").click()
    accessible(page)
    address = page.get_by_label("Adresse électronique générique")
    expect(address).not_to_be_editable()
    expect(address).to_have_accessible_description(re.compile("aussi servie par « Département du Rhône »"))
    boxes = page.get_by_role("group", name="Collectivités").get_by_role("checkbox")
    assert [b.get_attribute("value") for b in boxes.all()] == ["69M"]
    boxes.first.uncheck()
    page.get_by_role("button", name="Enregistrer").click()
    expect(page.get_by_role("status")).to_contain_text("Étude des Brotteaux est enregistrée")
    with services.uow() as uow:
        office = uow.offices.get("69005")
    assert office is not None and office.collectivites == {"69"} and office.email == "etude@brotteaux.example"


def test_an_administrator_maintains_the_aid_types_and_the_maisons(page: Page, server: str) -> None:
    sign_in(page, server)
    page.goto(f"{server}/admin/administration/aides")
    accessible(page)
    rhone = page.locator("section", has=page.get_by_role("heading", name="Département du Rhône"))
    rhone.get_by_label("Code IODAS", exact=True).fill("foyer")
    rhone.get_by_label("Libellé", exact=True).fill("Aide en foyer-logement")
    rhone.get_by_role("button", name="Ajouter").click()
    expect(page.get_by_role("status")).to_contain_text("FOYER est enregistré")
    page.goto(f"{server}/admin/administration/maisons")
    accessible(page)
    rhone = page.locator("section", has=page.get_by_role("heading", name="Département du Rhône"))
    rhone.get_by_label("Code IODAS", exact=True).fill("MDR01")
    rhone.get_by_label("Nom", exact=True).fill("Maison du Rhône de Villeurbanne")
    rhone.get_by_label("Adresse électronique", exact=True).fill("mdr.villeurbanne@rhone.example")
    rhone.get_by_label("Adresse postale", exact=True).fill("12 rue Francis de Pressensé, 69100 Villeurbanne")
    rhone.get_by_role("button", name="Ajouter").click()
    expect(page.get_by_role("status")).to_contain_text("Maison du Rhône de Villeurbanne est enregistrée")
    assert page.get_by_role("group", name="MDR01 — Maison du Rhône de Villeurbanne").is_visible()
    accessible(page)


def test_the_audit_log_is_filtered_and_exported(page: Page, server: str) -> None:
    sign_in(page, server)
    page.goto(f"{server}/admin/administration/journal")
    accessible(page)
    page.get_by_label("Action").select_option(label="Type d'aide enregistré")
    page.get_by_label("Qui (adresse électronique)").fill("admin@cd69.example")
    page.get_by_role("button", name="Filtrer").click()
    rows = page.locator("#tableau-journal tbody tr").all_inner_texts()
    assert len(rows) == 1 and "admin@cd69.example" in rows[0] and "FOYER" in rows[0]
    accessible(page)
    with page.expect_download() as info:
        page.get_by_role("link", name="Exporter en CSV : journal d'audit filtré").click()
    lines = Path(info.value.path()).read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Date;Qui;Action;Cible;Collectivité;Adresse IP;Détails"
    assert len(lines) == 2 and "Type d'aide enregistré;FOYER;Département du Rhône" in lines[1]


@pytest.mark.parametrize("email", ["clerc@etude.example", "agent@cd69.example"])
def test_neither_a_notary_nor_an_agent_reaches_the_administration(server: str, services: Services,
                                                                  email: str) -> None:
    token = services.login.execute(LoginCommand(email=email, password=PASSWORD)).unwrap().token
    with httpx.Client(base_url=server, cookies={"notaires_admin": token}) as client:
        for path in ADMIN_PAGES:
            response = client.get(path)
            assert response.status_code == 403, path
            assert "Imports IODAS" not in response.text
