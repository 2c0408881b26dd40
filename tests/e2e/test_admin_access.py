"""Who may enter the back-office: agents and administrators, never notaries; every POST needs CSRF."""

from collections.abc import Iterator

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx
import pytest
from starlette.routing import Route

from application.login import LoginCommand
from domain.creance import Creance
from domain.decision import DecisionKind
from domain.office import NotarialOffice
from domain.outcome import Outcome
from domain.recovery import ClaimedAid, RecourseType
from domain.user import Role
from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.conftest import make_services
from interfaces.admin.app import create_admin_app
from interfaces.admin.kit import csrf_for
from tests.support.admin import PASSWORD, account, csrf_of, sign_in
from tests.support.doubts import ambiguous_request
from tests.support.payment import paying_letterheads
from tests.support.server import live_server

AT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def app_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    services = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/notaires.db",
                             paying_letterheads(tmp_path_factory.mktemp("config")))
    with services.uow() as uow:
        uow.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="etude@notaires.example",
                                        collectivites=frozenset({"69"})))
        uow.commit()
    agent = account(services, "agent@cd69.example", Role.AGENT)
    account(services, "admin@cd69.example", Role.ADMIN, collectivite=None)
    clerk = account(services, "clerc@etude.example", Role.NOTARY, collectivite=None, crpcen="69001")
    with services.uow() as uow:
        ambiguous_request(uow, AT, user_id=clerk.id, reference="2026-900001")
        ambiguous_request(uow, AT, collectivite="69M", user_id=clerk.id, reference="2026-900002")
        other = ambiguous_request(uow, AT, collectivite="69M", user_id=clerk.id, reference="2026-900003")
        settled = replace(other, id="settled-69M", kind=DecisionKind.CORRECTED, outcome=Outcome.RECOVERABLE_AID,
                          iodas_id="1", supersedes=other.id, decided_at=AT + timedelta(hours=1))
        uow.doubts.settle(settled)
        uow.creances.add(Creance(
            id="creance-69M", decision_id=settled.id, request_id=settled.request_id, collectivite="69M",
            iodas_id="1", recourse=RecourseType.ESTATE, claimed=(ClaimedAid(aid_code="ASH", amount_paid=Decimal(9)),),
            net_estate=Decimal(9), funeral_costs=Decimal(0), amount_claimed=Decimal(9), opened_at=AT,
            opened_by=agent.id))
        uow.commit()
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


def _decision_ids(services: Services) -> dict[str, str]:
    with services.uow() as uow:
        doubts = uow.doubts.waiting(["69", "69M"])
    return {d.request.reference: d.decision.id for d in doubts}


def _every_back_office_path(services: Services) -> list[tuple[str, str]]:
    """Each route of the back-office, with real identifiers in its path (every area, present and future)."""
    ids = {"decision_id": _decision_ids(services)["2026-900001"], "creance_id": "creance-69M"}
    found: list[tuple[str, str]] = []
    for route in create_admin_app(services).routes:
        # Public by design: signing in, and the one-time password link and page, whose secret token is their key.
        if not isinstance(route, Route) or route.path in ("/connexion", "/mot-de-passe/{token}", "/mot-de-passe"):
            continue
        path = re.sub(r"{(\w+)(:\w+)?}", lambda m: ids.get(m.group(1), "inconnu"), route.path)
        found.extend((method, f"/admin{path}") for method in sorted(route.methods or {"GET"}) if method != "HEAD")
    return found


def test_a_notary_reaches_no_back_office_page_nor_data(client: httpx.Client, app_services: Services) -> None:
    token = app_services.login.execute(LoginCommand(email="clerc@etude.example", password=PASSWORD)).unwrap().token
    client.cookies.set("notaires_admin", token)
    paths = _every_back_office_path(app_services)
    assert ("POST", "/admin/doutes/" + _decision_ids(app_services)["2026-900001"]) in paths
    for method, path in paths:
        # Even with the CSRF token its own session would give, a notary is turned away.
        response = client.request(method, path, data={"csrf": csrf_for(token), "choix": "inconnu",
                                                      "commentaire": "essai"}, follow_redirects=False)
        assert response.status_code == 403, (method, path)
        assert "2026-9000" not in response.text and "IODAS" not in response.text
    assert len(_decision_ids(app_services)) == 2, "no doubt was settled"
    with app_services.uow() as uow:
        assert len(uow.creances.search(["69", "69M"])) == 1, "no créance was opened"


def test_an_agent_sees_only_their_own_collectivites_doubts_and_creances(client: httpx.Client,
                                                                         app_services: Services) -> None:
    sign_in(client, "agent@cd69.example")
    queue = client.get("/admin/doutes").text
    assert "2026-900001" in queue and "2026-900002" not in queue
    other = _decision_ids(app_services)["2026-900002"]
    assert client.get(f"/admin/doutes/{other}").status_code == 404
    assert client.get("/admin/creances/creance-69M").status_code == 404
    assert "2026-900003" not in client.get("/admin/creances").text


def test_an_administrator_sees_every_collectivites_doubts_and_creances(client: httpx.Client) -> None:
    sign_in(client, "admin@cd69.example")
    queue = client.get("/admin/doutes").text
    assert "2026-900001" in queue and "2026-900002" in queue and "Métropole de Lyon" in queue
    assert "2026-900003" in client.get("/admin/creances/creance-69M").text


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


def test_outside_development_the_cookies_are_secure_only(tmp_path_factory: pytest.TempPathFactory) -> None:
    services = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/notaires.db")
    services = replace(services, settings=replace(services.settings, dev=False))
    account(services, "agent@cd69.example", Role.AGENT)
    with live_server(create_app(services)) as url, httpx.Client(base_url=url, headers={"host": "localhost"}) as client:
        form = client.get("/admin/connexion")
        nonce = form.cookies["notaires_admin_login"]
        assert "Secure" in form.headers["set-cookie"]
        signed_in = client.post("/admin/connexion", headers={"cookie": f"notaires_admin_login={nonce}"},
                                data={"email": "agent@cd69.example", "password": PASSWORD, "csrf": csrf_of(form.text)})
    cookie = next(v for v in signed_in.headers.get_list("set-cookie") if v.startswith("notaires_admin="))
    assert "Secure" in cookie and "HttpOnly" in cookie
    services.engine.dispose()


def test_a_settlement_without_comment_is_refused_in_french_and_keeps_the_choice(client: httpx.Client,
                                                                                app_services: Services) -> None:
    sign_in(client, "agent@cd69.example")
    decision_id = _decision_ids(app_services)["2026-900001"]
    page = client.get(f"/admin/doutes/{decision_id}")
    response = client.post(f"/admin/doutes/{decision_id}", data={"csrf": csrf_of(page.text), "choix": "inconnu",
                                                                "commentaire": "  "})
    assert response.status_code == 400
    assert "Expliquez votre choix dans le commentaire." in response.text
    assert 'value="inconnu" checked' in response.text
    assert _decision_ids(app_services)["2026-900001"] == decision_id


@pytest.mark.parametrize("typed", ["1e40", "12345678901234567890123456789"])
def test_a_recovered_amount_in_exponent_or_beyond_bounds_is_refused_in_french(client: httpx.Client,
                                                                            typed: str) -> None:
    sign_in(client, "admin@cd69.example")
    page = client.get("/admin/creances/creance-69M")
    response = client.post("/admin/creances/creance-69M/etape", data={
        "csrf": csrf_of(page.text), "etape": "recover", "montant": typed, "date": AT.date().isoformat()})
    assert response.status_code == 400
    assert "Montant recouvré : " in response.text


def test_an_agent_is_told_administration_pages_are_for_administrators(client: httpx.Client,
                                                                       app_services: Services) -> None:
    sign_in(client, "agent@cd69.example")
    paths = [p for m, p in _every_back_office_path(app_services)
             if m == "GET" and p.startswith("/admin/administration")]
    assert "/admin/administration/journal" in paths
    for path in paths:
        response = client.get(path)
        assert response.status_code == 403, path
        assert "réservée aux administrateurs" in response.text and "réservé aux agents" not in response.text
        assert 'href="/admin/connexion"' not in response.text, "signing in again as an agent would not help"


def test_once_notified_a_creance_no_longer_offers_its_correction_form(client: httpx.Client) -> None:
    sign_in(client, "admin@cd69.example")
    form = client.get("/admin/creances/creance-69M/modifier")
    assert 'name="actif_net"' in form.text, "still to examine: the figures may be corrected"
    asked = client.post("/admin/creances/creance-69M/decompte", data={"csrf": csrf_of(form.text)})
    shown = re.search(r'name="montant" value="([^"]+)"', asked.text)
    assert shown is not None, "the amount to send is shown for confirmation"
    client.post("/admin/creances/creance-69M/decompte", data={"csrf": csrf_of(form.text), "confirme": "1",
                                                             "montant": shown.group(1)})
    response = client.get("/admin/creances/creance-69M/modifier")
    assert response.url.path == "/admin/creances/creance-69M"
    assert "Les montants ne se corrigent plus : la créance est notifiée au notaire." in response.text
    assert 'name="actif_net"' not in response.text


def test_every_title_names_the_agents_space_and_the_icon_is_the_notary_sites(client: httpx.Client) -> None:
    assert "<title>Connexion — Espace agents — Départements &amp; Notaires</title>" in client.get("/admin/connexion").text
    page = sign_in(client, "admin@cd69.example")
    assert "<title>Accueil — Espace agents — Départements &amp; Notaires</title>" in page
    icon = re.search(r'<link rel="icon" href="([^"]+)">', page)
    assert icon and client.get(icon.group(1)).status_code == 200


def test_the_breadcrumbs_are_a_navigation_landmark(client: httpx.Client) -> None:
    sign_in(client, "admin@cd69.example")
    page = client.get("/admin/administration/comptes").text
    assert '<nav class="breadcrumb" aria-label="Fil d\'Ariane"><a href="/admin/administration">Administration</a>' in page
