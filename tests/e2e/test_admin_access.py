"""Who may enter the back-office: agents and administrators, never notaries; every POST needs CSRF."""

from collections.abc import Iterator

import pytest
import httpx

from domain.office import NotarialOffice
from domain.user import Role
from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.conftest import make_services
from tests.support.server import live_server
from tests.support.admin import PASSWORD, account, csrf_of, sign_in


@pytest.fixture(scope="module")
def app_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    services = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/notaires.db")
    with services.uow() as uow:
        uow.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="etude@notaires.example",
                                        collectivites=frozenset({"69"})))
        uow.commit()
    account(services, "agent@cd69.example", Role.AGENT)
    account(services, "admin@cd69.example", Role.ADMIN, collectivite=None)
    account(services, "clerc@etude.example", Role.NOTARY, collectivite=None, crpcen="69001")
    yield services
    services.engine.dispose()


@pytest.fixture(scope="module")
def server(app_services: Services) -> Iterator[str]:
    with live_server(create_app(app_services)) as url:
        yield url


@pytest.fixture
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, follow_redirects=True) as c:
        yield c


def test_an_anonymous_visitor_is_sent_to_the_sign_in_page(client: httpx.Client) -> None:
    response = client.get("/admin/")
    assert response.url.path == "/admin/connexion"
    assert "Connexion à l'espace agents" in response.text


def test_an_agent_signs_in_and_sees_the_home_page_of_their_collectivite(client: httpx.Client) -> None:
    page = sign_in(client, "agent@cd69.example")
    assert "Département du Rhône" in page and "Métropole de Lyon" not in page


def test_the_session_cookie_is_http_only_strict_and_limited_to_the_back_office(client: httpx.Client) -> None:
    form = client.get("/admin/connexion")
    response = client.post("/admin/connexion", follow_redirects=False, data={
        "email": "agent@cd69.example", "password": PASSWORD, "csrf": csrf_of(form.text)})
    cookie = next(v for v in response.headers.get_list("set-cookie") if v.startswith("notaires_admin="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/admin" in cookie


def test_an_administrator_sees_every_collectivite(client: httpx.Client) -> None:
    page = sign_in(client, "admin@cd69.example")
    assert "Département du Rhône" in page and "Métropole de Lyon" in page


def test_a_wrong_password_is_refused_in_french(client: httpx.Client) -> None:
    page = sign_in(client, "agent@cd69.example", "mauvais mot de passe")
    assert "Adresse électronique ou mot de passe incorrect." in page


def test_a_notary_cannot_sign_in_to_the_back_office(client: httpx.Client) -> None:
    page = sign_in(client, "clerc@etude.example")
    assert "réservé aux agents" in page
    assert "notaires_admin" not in client.cookies
    assert client.get("/admin/", follow_redirects=False).status_code == 303


def test_a_notary_session_token_opens_no_back_office_page(client: httpx.Client, app_services: Services) -> None:
    from application.login import LoginCommand
    token = app_services.login.execute(LoginCommand(email="clerc@etude.example", password=PASSWORD)).unwrap().token
    client.cookies.set("notaires_admin", token)
    for path in ("/admin/", "/admin/doutes", "/admin/creances"):
        response = client.get(path, follow_redirects=False)
        assert response.status_code in (403, 404), path
        assert "agent@" not in response.text


def test_a_post_without_the_csrf_token_is_refused(client: httpx.Client) -> None:
    sign_in(client, "agent@cd69.example")
    response = client.post("/admin/deconnexion", data={"csrf": "forged"})
    assert response.status_code == 403
    assert client.get("/admin/").url.path == "/admin/"


def test_signing_out_ends_the_session(client: httpx.Client) -> None:
    home = sign_in(client, "agent@cd69.example")
    client.post("/admin/deconnexion", data={"csrf": csrf_of(home)})
    assert client.get("/admin/").url.path == "/admin/connexion"


def test_the_sign_in_form_refuses_a_post_without_its_nonce(client: httpx.Client) -> None:
    response = client.post("/admin/connexion", data={"email": "agent@cd69.example", "password": PASSWORD})
    assert response.status_code == 400
    assert "notaires_admin" not in client.cookies
