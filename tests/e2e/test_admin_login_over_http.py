"""The back-office's sign-in reached over plain http outside development: the Secure cookie of its form is never
sent back, and the agent must be told why rather than « Formulaire expiré » at every try (an audit's install)."""

from collections.abc import Iterator

import httpx
import pytest

from domain.user import Role
from infrastructure.settings import Settings, parse_collectivites
from interfaces.bootstrap import Services, bootstrap
from interfaces.web import create_app
from tests.conftest import TEST_COLLECTIVITES, fast_hasher
from tests.support.admin import PASSWORD, account, csrf_of
from tests.support.server import live_server


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    settings = Settings(database_url=f"sqlite:///{tmp_path_factory.mktemp('db')}/http.db", dev=False,
                        collectivites=parse_collectivites(TEST_COLLECTIVITES), outbox_in_server=False)
    built = bootstrap(settings, hasher=fast_hasher())
    account(built, "agent@cd69.example", Role.AGENT)
    yield built
    built.engine.dispose()


def test_signing_in_over_plain_http_says_https_is_needed(services: Services) -> None:
    with live_server(create_app(services)) as url, httpx.Client(base_url=url) as client:
        form = client.get("/admin/connexion")
        assert "secure" in form.headers["set-cookie"].lower()  # so the client keeps it for https only
        refused = client.post("/admin/connexion", data={"email": "agent@cd69.example", "password": PASSWORD,
                                                        "csrf": csrf_of(form.text), "suite": "/"})
    assert refused.status_code == 400
    assert "ouvrez le service en HTTPS" in refused.text and "Formulaire expiré" not in refused.text
