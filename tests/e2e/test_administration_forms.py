"""Back-office forms answer a mistake in French that says what happened, over HTTP (no browser)."""

from collections.abc import Iterator

import re

import httpx
import pytest

from application.testing.letters import FakeMailer
from domain.maison import Maison
from domain.user import Role
from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.conftest import make_services
from tests.support.admin import account, csrf_of, sign_in, with_office
from tests.support.builders import EXTRACT_HEADER
from tests.support.server import live_server


@pytest.fixture(scope="module")
def mailer() -> FakeMailer:
    return FakeMailer()


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory, mailer: FakeMailer) -> Iterator[Services]:
    built = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/notaires.db", mailer=mailer)
    with_office(built)
    account(built, "admin@cd69.example", Role.ADMIN, collectivite=None)
    yield built
    built.engine.dispose()


@pytest.fixture(scope="module")
def server(services: Services) -> Iterator[str]:
    with live_server(create_app(services)) as url:
        yield url


@pytest.fixture
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, follow_redirects=True) as c:
        sign_in(c, "admin@cd69.example")
        yield c


def _upload(client: httpx.Client, content: bytes) -> httpx.Response:
    csrf = csrf_of(client.get("/admin/administration/imports").text)
    return client.post("/admin/administration/imports", data={"csrf": csrf, "collectivite": "69"},
                       files={"fichier": ("iodas.csv", content, "text/csv")})


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "fichier vide"),
    (EXTRACT_HEADER.replace(",aid_code", "").encode() + b"1,F,MARTIN,,JEANNE,1931-04-12,MDR01,2015-01-01,\n",
     "colonnes manquantes : aid_code"),
    (b"\xff\xfei\x00d\x00\n\x00", "aucune des colonnes attendues"),
])
def test_an_extract_of_which_nothing_loads_says_so_and_why(client: httpx.Client, content: bytes, reason: str) -> None:
    page = _upload(client, content).text
    assert f"Aucune ligne n&#39;a été chargée : {reason}" in page
    assert "Les autres lignes ont été chargées" not in page and "1 ligne rejetée" not in page


def test_an_extract_with_a_maison_code_the_referential_lacks_loads_and_warns(client: httpx.Client,
                                                                             services: Services) -> None:
    with services.uow() as uow:
        uow.maisons.save(Maison(collectivite="69", code="MDR01", name="Maison", email="mdr01@rhone.example"))
        uow.commit()
    page = _upload(client, (EXTRACT_HEADER + "9001,F,MARTIN,,JEANNE,1931-04-12,MDR01,ASH,2015-01-01,\n"
                                             "9002,F,DUPONT,,ANNE,1932-04-12,MDR-INCONNUE,ASH,2015-01-01,\n").encode())
    assert "code de maison inconnu du référentiel : « MDR-INCONNUE » (1 personne)" in page.text
    assert "Aucune ligne rejetée" in page.text


def _create_account(client: httpx.Client, **fields: str) -> httpx.Response:
    csrf = csrf_of(client.get("/admin/administration/comptes").text)
    return client.post("/admin/administration/comptes", data={"csrf": csrf, **fields})


@pytest.mark.parametrize(("fields", "message"), [
    ({"email": "clerc@notaires.example", "role": "notary", "crpcen": ""}, "Choisissez l&#39;étude du compte"),
    ({"email": "", "role": "agent", "collectivite": "69"}, "Adresse électronique manquante."),
    ({"email": "agent@cd69.example", "role": "agent", "collectivite": "99"}, "Collectivité inconnue : 99"),
    ({"email": "agent@cd69.example", "role": "agent", "collectivite": "69", "crpcen": "69001"},
     "Seul un compte d&#39;étude notariale appartient à une étude"),
])
def test_an_account_form_mistake_is_told_in_french(client: httpx.Client, fields: dict[str, str],
                                                    message: str) -> None:
    response = _create_account(client, **fields)
    assert response.status_code == 400 and message in response.text
    assert "None" not in response.text and "agent@cd69.example</th>" not in response.text


def test_an_account_whose_mail_could_not_leave_points_to_the_link_button(client: httpx.Client,
                                                                         mailer: FakeMailer) -> None:
    mailer.down = True
    try:
        response = _create_account(client, email="nouvel.agent@cd69.example", role="agent", collectivite="69")
    finally:
        mailer.down = False
    assert response.status_code == 502
    assert "Compte nouvel.agent@cd69.example créé, mais le courriel n&#39;a pas pu être envoyé" in response.text
    assert "utilisez « Envoyer un lien » sur la ligne du compte" in response.text and "réessayez" not in response.text


HUGE = "N" * 200_000  # beyond the csv module's 131,072 characters a field


@pytest.mark.parametrize(("path", "content"), [
    ("/admin/administration/imports", EXTRACT_HEADER + f"9101,F,{HUGE},,ANNE,1932-04-12,MDR01,ASH,2015-01-01,\n"
                                                       "9102,F,DUPONT,,ANNE,1932-04-12,MDR01,ASH,2015-01-01,\n"),
    ("/admin/administration/etudes", f"crpcen,name,email\n69009,{HUGE},a@notaires.example\n"
                                     "69010,Étude X,x@notaires.example\n"),
    ("/admin/administration/maisons", f"code,name,email,address\nMDR9,{HUGE},a@rhone.example,x\n"
                                      "MDR10,Maison,m@rhone.example,1 rue X\n"),
], ids=["iodas", "etudes", "maisons"])
def test_a_field_too_long_to_read_is_a_rejected_line_on_every_upload_page(client: httpx.Client, path: str,
                                                                          content: str) -> None:
    """It was a 500 (« field larger than field limit »); the next line loads."""
    csrf = csrf_of(client.get(path).text)
    response = client.post(path, data={"csrf": csrf, "collectivite": "69"},
                           files={"fichier": ("table.csv", content.encode(), "text/csv")})
    assert response.status_code == 200
    assert "ligne illisible : un champ dépasse 131\u202f072 caractères" in response.text
    said = " ".join(re.sub(r"<[^>]+>", " ", response.text).split())
    assert "1 ligne rejetée" in said or "1 créée, 0 mise à jour, 0 inchangée, 1 rejetée" in said
    assert "Bénéficiaires créés 1" in said or "1 créée" in said  # the line after it loaded
