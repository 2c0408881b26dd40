"""Request bodies are bounded by what their page needs, over real HTTP: 1 MB for the API and the forms, 200 MB for the
back-office's uploads; a larger one is refused in French before it is read whole."""

from collections.abc import Iterator
from http.client import HTTPConnection
from urllib.parse import urlsplit

import httpx
import pytest

from domain.user import Role
from interfaces.body_limits import FORM_BYTES, UPLOAD_BYTES, limit_for
from interfaces.web import create_app
from tests.conftest import make_services
from tests.support.admin import account, csrf_of, sign_in
from tests.support.builders import EXTRACT_HEADER
from tests.support.server import live_server

TOO_LARGE = b"x" * (FORM_BYTES + 1)


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    services = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/limits.db")
    account(services, "admin@cd69.example", Role.ADMIN, collectivite=None)
    with live_server(create_app(services)) as served:
        yield served
    services.engine.dispose()


def _chunks(size: int, chunk: int = 64 * 1024) -> Iterator[bytes]:
    """A body sent in chunks, without its length: only counting it as it comes can bound it."""
    for _ in range(size // chunk + 1):
        yield b" " * chunk


def test_a_graphql_body_over_a_megabyte_is_refused_in_french_whether_its_length_is_told_or_not(url: str) -> None:
    with httpx.Client(base_url=url) as http:
        told = http.post("/graphql", content=b'{"query": "' + TOO_LARGE + b'"}',
                         headers={"content-type": "application/json"})
        chunked = http.post("/graphql", content=_chunks(2 * FORM_BYTES), headers={"content-type": "application/json"})
    for refused in (told, chunked):
        assert refused.status_code == 413
        assert refused.json()["errors"][0]["message"] == "Requête trop volumineuse : au plus 1 Mo à cette adresse."
        assert "frame-ancestors 'none'" in refused.headers["content-security-policy"]


def test_a_small_graphql_body_is_answered_as_before(url: str) -> None:
    with httpx.Client(base_url=url) as http:
        answered = http.post("/graphql", json={"query": "{ me { email } }"})
    assert answered.status_code == 200 and answered.json()["data"] == {"me": None}


def test_a_sign_in_form_over_a_megabyte_is_refused(url: str) -> None:
    with httpx.Client(base_url=url) as http:
        form = http.get("/admin/connexion")
        refused = http.post("/admin/connexion", data={"csrf": csrf_of(form.text), "email": "a@b.fr",
                                                      "password": TOO_LARGE.decode()})
    assert refused.status_code == 413 and refused.text.startswith("Requête trop volumineuse")


def test_an_upload_page_takes_a_file_over_a_megabyte(url: str) -> None:
    row = "9001,F,MARTIN,,JEANNE,1931-04-12,MDR01,ASH,2015-01-01,\n"
    extract = (EXTRACT_HEADER + row * (2 * FORM_BYTES // len(row))).encode()
    with httpx.Client(base_url=url, follow_redirects=True) as http:
        sign_in(http, "admin@cd69.example")
        csrf = csrf_of(http.get("/admin/administration/imports").text)
        page = http.post("/admin/administration/imports", data={"csrf": csrf, "collectivite": "69"},
                         files={"fichier": ("iodas.csv", extract, "text/csv")})
    assert len(extract) > FORM_BYTES and page.status_code == 200 and "Bénéficiaires créés" in page.text


def test_an_upload_over_200_megabytes_is_refused_from_its_length_before_a_byte_is_read(url: str) -> None:
    """No need to send 200 MB to know: the length the client announces is enough."""
    parts = urlsplit(url)
    connection = HTTPConnection(parts.hostname or "", parts.port or 80, timeout=30)
    connection.putrequest("POST", "/admin/administration/imports")
    connection.putheader("Content-Type", "multipart/form-data; boundary=x")
    connection.putheader("Content-Length", str(UPLOAD_BYTES + 1))
    connection.endheaders()
    answer = connection.getresponse()
    assert answer.status == 413 and answer.read().decode().startswith("Le fichier dépasse 200 Mo : découpez-le")
    connection.close()


def test_only_the_upload_pages_post_take_more_than_a_megabyte() -> None:
    assert {path: limit_for("POST", path) for path in ("/admin/administration/imports", "/admin/administration/etudes",
                                                       "/admin/administration/maisons/")} == dict.fromkeys(
        ("/admin/administration/imports", "/admin/administration/etudes", "/admin/administration/maisons/"),
        UPLOAD_BYTES)
    for method, path in (("POST", "/graphql"), ("POST", "/admin/connexion"), ("GET", "/admin/administration/imports"),
                         ("POST", "/admin/administration/etudes/69001"),
                         ("POST", "/admin/administration/maisons/enregistrer")):
        assert limit_for(method, path) == FORM_BYTES, path
