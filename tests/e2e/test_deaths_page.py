"""« Décès à signaler à IODAS » in a real Chromium: an agent makes a batch of the deaths learnt, downloads it, and
downloads it again later; axe-core checks the page; another collectivité's deaths stay out of sight and reach."""

import csv
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from application.export_deaths import ExportDeathsCommand
from application.login import LoginCommand
from domain.office import NotarialOffice
from domain.outcome import Outcome
from domain.user import Role
from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.conftest import make_services
from tests.e2e.test_administration_browser import accessible, sign_in
from tests.support.admin import PASSWORD, account, csrf_of
from tests.support.admin import sign_in as sign_in_over_http
from tests.support.browser import chromium
from tests.support.builders import person
from tests.support.deaths import answered
from tests.support.doubts import ambiguous_request
from tests.support.server import live_server

pytestmark = pytest.mark.browser
AT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """The Rhône learnt two deaths (and a doubt no one settled), the Métropole one."""
    built = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/deaths.db")
    with built.uow() as uow:
        uow.offices.save(NotarialOffice(crpcen="69001", name="Étude Bellecour", email="etude@notaires.example",
                                        collectivites=frozenset({"69", "69M"})))
        uow.commit()
    clerk = account(built, "clerc@etude.example", Role.NOTARY, collectivite=None, crpcen="69001")
    account(built, "agent@cd69.example", Role.AGENT)
    account(built, "admin@metropole.example", Role.ADMIN, collectivite="69M")
    with built.uow() as uow:
        uow.beneficiaries.upsert("69", [person(iodas_id="9001"), person(
            iodas_id="9002", usage_name="PETIT", birth_name=None, first_names="LOUIS", birth_date=date(1940, 2, 20),
            aids=("APA",))])
        uow.beneficiaries.upsert("69M", [person(iodas_id="7001", usage_name="BERNARD", birth_name=None,
                                                first_names="PAUL", collectivite="69M")])
        answered(uow, AT - timedelta(days=2), iodas_id="9001", death_place="Villeurbanne", user_id=clerk.id)
        answered(uow, AT - timedelta(days=1), iodas_id="9002", outcome=Outcome.POSSIBLE_UNDUE_PAYMENT,
                 user_id=clerk.id)
        ambiguous_request(uow, AT, user_id=clerk.id)
        answered(uow, AT, iodas_id="7001", collectivite="69M", user_id=clerk.id)
        uow.commit()
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


def rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline=""), delimiter=";"))


def test_an_agent_makes_a_batch_of_the_deaths_learnt_downloads_it_and_downloads_it_again_later(
        page: Page, server: str, services: Services) -> None:
    sign_in(page, server, "agent@cd69.example")
    expect(page.get_by_role("link", name="2 décès à signaler à IODAS")).to_be_visible()  # the agent's work of the day
    page.get_by_role("navigation", name="Navigation principale").get_by_role(
        "link", name="Décès à signaler à IODAS").click()
    page.wait_for_url("**/admin/deces")
    expect(page.locator("#en-attente-69")).to_have_text("2 décès à signaler.")
    assert page.locator("table").first.locator("tbody tr").all_inner_texts() == [
        "9001\tMARTIN\tDURAND\tJEANNE MARIE\t12/04/1931\t05/01/2024\tVilleurbanne\t2026-000001 du 18/11/2026\t"
        "Aide récupérable",
        "9002\tPETIT\t—\tLOUIS\t20/02/1940\t05/01/2024\tLyon\t2026-000002 du 19/11/2026\tIndu possible"]
    assert "BERNARD" not in page.content(), "the Métropole's deaths are not the Rhône's"
    accessible(page)
    page.get_by_role("button", name="Créer le lot de 2 décès").click()
    expect(page.get_by_role("status")).to_contain_text("Lot n° 1 créé : 2 décès.")
    accessible(page)
    with page.expect_download() as first:
        page.get_by_role("link", name="Télécharger le fichier du lot n° 1").click()
    assert first.value.suggested_filename == "deces-69-lot-1.csv"
    exported = rows(first.value.path())
    assert [(r["iodas_id"], r["death_place"], r["outcome"]) for r in exported] == [
        ("9001", "Villeurbanne", "RECOVERABLE_AID"), ("9002", "Lyon", "POSSIBLE_UNDUE_PAYMENT")]
    expect(page.locator("#en-attente-69")).to_have_text(
        "Aucun décès à signaler : tous ceux appris des notaires sont dans un lot.")
    past = page.get_by_role("table", name="Lots déjà créés")
    assert past.locator("tbody tr").all_inner_texts()[0].split("\t")[2:4] == ["agent@cd69.example", "2"]

    page.goto(f"{server}/admin/deces")  # another day
    expect(page.get_by_role("status")).to_have_count(0)
    with page.expect_download() as again:
        page.get_by_role("link", name="Télécharger le lot n° 1").click()
    assert Path(again.value.path()).read_bytes() == Path(first.value.path()).read_bytes()
    with services.uow() as uow:
        actions = [(e.action, e.collectivite) for e in uow.audit.recent(50) if e.action.startswith("deaths.")]
    assert actions == [("deaths.downloaded", "69"), ("deaths.downloaded", "69"), ("deaths.exported", "69")]
    page.get_by_role("link", name="Accueil").click()
    expect(page.get_by_text("Aucun décès à signaler à IODAS.")).to_be_visible()


def test_another_collectivites_administrator_neither_sees_nor_takes_nor_downloads_the_rhones_deaths(
        server: str, services: Services) -> None:
    with services.uow() as uow:
        rhone = [b.id for b in uow.deaths.batches(["69"])]
    if not rhone:  # run alone, without the test above
        made = services.export_deaths.execute(ExportDeathsCommand(collectivite="69", collectivites=("69",)))
        rhone = [made.unwrap().id]
    with httpx.Client(base_url=server, follow_redirects=True) as client:
        sign_in_over_http(client, "admin@metropole.example")
        shown = client.get("/admin/deces")
        assert "BERNARD" in shown.text and "MARTIN" not in shown.text and "PETIT" not in shown.text
        refused = client.post("/admin/deces", data={"csrf": csrf_of(shown.text), "collectivite": "69"})
        assert refused.status_code == 400 and "ne relèvent pas de votre collectivité" in refused.text
        for batch_id in rhone:
            assert client.get(f"/admin/deces/lots/{batch_id}.csv").status_code == 404
    with services.uow() as uow:
        assert [b.collectivite for b in uow.deaths.batches(["69", "69M"])] == ["69"] * len(rhone)


def test_a_notary_is_kept_out(server: str, services: Services) -> None:
    token = services.login.execute(LoginCommand(email="clerc@etude.example", password=PASSWORD)).unwrap().token
    with httpx.Client(base_url=server, cookies={"notaires_admin": token}) as client:
        for path in ("/admin/deces", "/admin/deces/lots/any.csv"):
            response = client.get(path)
            assert response.status_code == 403 and "MARTIN" not in response.text
