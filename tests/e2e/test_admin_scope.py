"""Over HTTP: an administrator attached to one collectivité works for it alone, as its agents do; an administrator
attached to none works for all (one instance may serve a département and a métropole, separate controllers)."""

from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest

from domain.user import Role
from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.conftest import make_services
from tests.support.admin import account, sign_in, with_office
from tests.support.doubts import ambiguous_request
from tests.support.server import live_server

AT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Services, dict[str, str]]]:
    services = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/scope.db")
    with_office(services)
    clerk = account(services, "clerc@etude.example", Role.NOTARY, collectivite=None, crpcen="69001")
    account(services, "admin@metropole.example", Role.ADMIN, collectivite="69M")
    account(services, "admin@tous.example", Role.ADMIN, collectivite=None)
    with services.uow() as uow:
        references = {code: ambiguous_request(uow, AT, collectivite=code, user_id=clerk.id).request_id
                      for code in ("69", "69M")}
        uow.commit()
    with services.uow() as uow:
        refs = {code: r.reference for code, rid in references.items() if (r := uow.requests.get(rid)) is not None}
    with live_server(create_app(services)) as url:
        yield url, services, refs
    services.engine.dispose()


def _pages(url: str, email: str) -> dict[str, str]:
    with httpx.Client(base_url=url, follow_redirects=True) as client:
        sign_in(client, email)
        return {path: client.get(path).text for path in ("/admin/", "/admin/doutes", "/admin/statistiques")}


def test_an_administrator_of_the_metropole_sees_none_of_the_departement_s_files(
        world: tuple[str, Services, dict[str, str]]) -> None:
    url, _, refs = world
    pages = _pages(url, "admin@metropole.example")
    assert refs["69M"] in pages["/admin/doutes"] and refs["69"] not in pages["/admin/doutes"]
    assert "Département du Rhône" not in pages["/admin/"] + pages["/admin/statistiques"]
    everything = _pages(url, "admin@tous.example")
    assert refs["69M"] in everything["/admin/doutes"] and refs["69"] in everything["/admin/doutes"]
    assert "Département du Rhône" in everything["/admin/statistiques"]
