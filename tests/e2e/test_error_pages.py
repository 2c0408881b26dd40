"""Unknown pages, wrong methods and crashes are answered in French, as a page, plain text or JSON."""

from collections.abc import Iterator

import anyio
import httpx
import pytest
from playwright.sync_api import expect
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route

from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.conftest import make_services
from tests.support.browser import chromium, serious_violations
from tests.support.server import live_server


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    built = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/notaires.db")
    yield built
    built.engine.dispose()


@pytest.fixture(scope="module")
def server(services: Services) -> Iterator[str]:
    with live_server(create_app(services)) as url:
        yield url


@pytest.mark.parametrize(("method", "path", "status", "kind", "french"), [
    ("GET", "/inexistant", 404, "text/html", "Page introuvable"),
    ("GET", "/admin/inexistant", 404, "text/html", "Retour à l'accueil de l'espace agents"),
    ("POST", "/historique", 405, "text/html", "Action impossible"),
    ("GET", "/lettres/abc", 404, "text/plain", "Page introuvable."),
    ("GET", "/assets/nope.js", 404, "text/plain", "Page introuvable."),
    ("GET", "/admin/static/nope.css", 404, "text/plain", "Page introuvable."),
    ("PUT", "/graphql", 405, "application/json", "Action impossible"),
])
def test_an_unknown_page_or_a_wrong_method_is_answered_in_french(server: str, method: str, path: str, status: int,
                                                                  kind: str, french: str) -> None:
    response = httpx.request(method, server + path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith(kind)
    assert french in response.text and "Not Found" not in response.text and "Not Allowed" not in response.text


def test_a_wrong_method_still_names_the_allowed_ones(server: str) -> None:
    assert set(httpx.post(server + "/historique").headers["allow"].split(", ")) == {"GET", "HEAD"}


def _crashing(services: Services) -> Starlette:
    """The whole app, with a page that fails both on the notary's site and in the back-office."""
    async def boom(_: Request) -> Response:
        raise RuntimeError("secret de la pile d'appels")

    app = create_app(services)
    app.router.routes.insert(0, Route("/panne", boom))
    admin = next(r.app for r in app.routes if isinstance(r, Mount) and r.path == "/admin")
    assert isinstance(admin, Starlette)
    admin.router.routes.insert(0, Route("/panne", boom))
    return app


def _get(app: Starlette, path: str, raise_app_exceptions: bool) -> httpx.Response:
    async def get() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=raise_app_exceptions)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            return await client.get(path)
    return anyio.run(get)


@pytest.mark.parametrize("path", ["/panne", "/admin/panne"])
def test_a_crash_shows_a_french_page_without_its_details_and_still_reaches_the_server_log(services: Services,
                                                                                          path: str) -> None:
    app = _crashing(services)
    response = _get(app, path, raise_app_exceptions=False)
    assert response.status_code == 500 and response.headers["content-type"].startswith("text/html")
    assert "Erreur du service" in response.text and "secret" not in response.text
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
    # Raised on after the answer, so that the server (uvicorn) logs the traceback.
    with pytest.raises(RuntimeError, match="secret"):
        _get(app, path, raise_app_exceptions=True)


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/inexistant", "/admin/inexistant"])
def test_the_french_error_pages_pass_the_accessibility_check(server: str, path: str) -> None:
    with chromium() as browser:
        page = browser.new_context(bypass_csp=True).new_page()  # axe is injected inline
        page.goto(server + path)
        expect(page.get_by_role("heading", level=1)).to_have_text("Page introuvable")
        assert serious_violations(page) == [], path
