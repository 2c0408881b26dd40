"""Over HTTP, on SQLite and PostgreSQL: an administrator attached to one collectivité administers its accounts, its
agreements with offices and its audit trail alone (security audit F1); one attached to none administers them all.

The métropole's administrator is the one trying: every test here failed before the fix."""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
import pytest

from application.testing.letters import FakeMailer
from domain.audit import AuditEntry
from domain.office import NotarialOffice
from domain.user import Role, User
from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.conftest import BACKENDS, make_services, provision_database
from tests.support.admin import account, csrf_of, sign_in
from tests.support.server import live_server

AT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
METROPOLE, DEPARTEMENT, EVERYWHERE = "admin@metropole.example", "admin@departement.example", "admin@tous.example"
OFFICES: tuple[tuple[str, str, frozenset[str]], ...] = tuple(  # crpcen, name, collectivités serving it
    (crpcen, name, frozenset(served)) for crpcen, name, served in (
        ("69001", "Étude Bellecour", {"69"}), ("69002", "Étude Confluence", {"69M"}),
        ("69003", "Étude des Brotteaux", {"69", "69M"}), ("69004", "Étude Part-Dieu", set()),
        ("69011", "Étude Saint-Jean", {"69"}), ("69012", "Étude Croix-Rousse", {"69M"})))


@dataclass(frozen=True)
class World:
    url: str
    services: Services
    mailer: FakeMailer
    users: dict[str, User]  # by e-mail


@pytest.fixture(scope="module", params=BACKENDS)
def world(request: pytest.FixtureRequest) -> Iterator[World]:
    mailer = FakeMailer()
    services = make_services(provision_database(request.param, request), mailer=mailer)
    with services.uow() as uow:
        for crpcen, name, served in OFFICES:
            uow.offices.save(NotarialOffice(crpcen=crpcen, name=name, email=f"etude{crpcen}@notaires.example",
                                            collectivites=served))
        uow.commit()
    users = {u.email: u for u in (
        account(services, METROPOLE, Role.ADMIN, collectivite="69M"),
        account(services, DEPARTEMENT, Role.ADMIN, collectivite="69"),
        account(services, EVERYWHERE, Role.ADMIN, collectivite=None),
        account(services, "agent@departement.example", Role.AGENT, collectivite="69"),
        account(services, "agent@metropole.example", Role.AGENT, collectivite="69M"),
        *(account(services, f"clerc@{crpcen}.example", Role.NOTARY, collectivite=None, crpcen=crpcen)
          for crpcen in ("69001", "69002", "69003")))}
    with services.uow() as uow:
        for entry in (
                AuditEntry(at=AT, actor_id=users["agent@departement.example"].id, action="decision.corrected",
                           target="d69", collectivite="69", details={"comment": "démence sénile (confidentiel)"}),
                AuditEntry(at=AT, actor_id=users["agent@metropole.example"].id, action="decision.corrected",
                           target="d69M", collectivite="69M", details={"comment": "suivi par la métropole"}),
                AuditEntry(at=AT, actor_id=None, action="login.failed", details={"email": "inconnu@ailleurs.example"}),
                AuditEntry(at=AT, actor_id=users["clerc@69001.example"].id, action="search.answered", target="r1",
                           details={"crpcen": "69001", "outcome": "UNKNOWN"}),
                AuditEntry(at=AT, actor_id=users["clerc@69003.example"].id, action="search.answered", target="r3",
                           details={"crpcen": "69003", "outcome": "UNKNOWN"})):
            uow.audit.record(entry)
        uow.commit()
    with live_server(create_app(services)) as url:
        yield World(url=url, services=services, mailer=mailer, users=users)
    services.engine.dispose()


@pytest.fixture
def metropole(world: World) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=world.url, follow_redirects=True) as client:
        sign_in(client, METROPOLE)
        yield client


@pytest.fixture
def everywhere(world: World) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=world.url, follow_redirects=True) as client:
        sign_in(client, EVERYWHERE)
        yield client


def _post(client: httpx.Client, path: str, page: str, **data: str | list[str]) -> httpx.Response:
    return client.post(path, data={"csrf": csrf_of(client.get(page).text), **data})


def _office(world: World, crpcen: str) -> NotarialOffice:
    with world.services.uow() as uow:
        office = uow.offices.get(crpcen)
    assert office is not None
    return office


def _restore(world: World, *crpcens: str) -> None:
    with world.services.uow() as uow:
        for crpcen, name, served in OFFICES:
            if crpcen in crpcens:
                uow.offices.save(NotarialOffice(crpcen=crpcen, name=name, email=f"etude{crpcen}@notaires.example",
                                                collectivites=served))
        uow.commit()


def _emails(html: str) -> set[str]:
    return set(re.findall(r"[\w.-]+@[\w.-]+\.example", html))


ACCOUNTS = "/admin/administration/comptes"
OFFICES_PAGE = "/admin/administration/etudes"


def test_the_metropole_s_administrator_lists_only_its_agents_admins_and_its_offices_clerks(
        world: World, metropole: httpx.Client, everywhere: httpx.Client) -> None:
    page = metropole.get(ACCOUNTS).text
    listed = _emails(page.split('id="titre-creation"')[0])
    assert listed == {METROPOLE, "agent@metropole.example", "clerc@69002.example", "clerc@69003.example"}
    form = page.split('id="titre-creation"')[1]
    assert "69002 —" in form and "69003 —" in form and "69001 —" not in form  # a clerk only for its own offices
    choices = form.split('id="collectivite"')[1]
    assert "Département du Rhône" not in form and "toutes les collectivités" not in choices
    assert {EVERYWHERE, DEPARTEMENT, "clerc@69001.example"} <= _emails(everywhere.get(ACCOUNTS).text)


@pytest.mark.parametrize(("fields", "field", "message"), [
    ({"role": "admin", "collectivite": ""}, "collectivite",
     "ne peut pas créer d&#39;administrateur de toutes les collectivités"),
    ({"role": "agent", "collectivite": "69"}, "collectivite", "Vous administrez « Métropole de Lyon »"),
    ({"role": "admin", "collectivite": "69"}, "collectivite", "Vous administrez « Métropole de Lyon »"),
    ({"role": "notary", "crpcen": "69001"}, "crpcen", "n&#39;est pas rattachée à votre collectivité"),
])
def test_the_metropole_s_administrator_creates_no_account_outside_the_metropole(
        world: World, metropole: httpx.Client, fields: dict[str, str], field: str, message: str) -> None:
    email = f"rogue-{fields['role']}-{fields.get('collectivite', '')}@attacker.example"
    response = _post(metropole, ACCOUNTS, ACCOUNTS, email=email, **fields)
    assert response.status_code == 400 and message in response.text
    assert f'id="{field}" name="{field}" aria-invalid="true"' in response.text
    with world.services.uow() as uow:
        assert uow.users.by_email(email) is None
    assert not any(email in m.body for m in world.mailer.sent)


def test_the_metropole_s_administrator_creates_its_own_agents_and_its_offices_clerks(
        world: World, metropole: httpx.Client) -> None:
    for fields in ({"email": "nouvel.agent@metropole.example", "role": "agent", "collectivite": "69M"},
                   {"email": "nouveau.clerc@69003.example", "role": "notary", "crpcen": "69003"}):
        assert "Compte créé" in _post(metropole, ACCOUNTS, ACCOUNTS, **fields).text
    assert world.mailer.sent[-1].recipients == ("etude69003@notaires.example",)


def test_an_administrator_of_every_collectivite_still_creates_one_like_itself(
        world: World, everywhere: httpx.Client) -> None:
    response = _post(everywhere, ACCOUNTS, ACCOUNTS, email="second@tous.example", role="admin", collectivite="")
    assert "Compte créé" in response.text
    with world.services.uow() as uow:
        created = uow.users.by_email("second@tous.example")
    assert created is not None and created.collectivite is None


def test_the_metropole_s_administrator_sends_no_link_for_another_collectivite_s_account(
        world: World, metropole: httpx.Client) -> None:
    sent = len(world.mailer.sent)
    for email in ("clerc@69001.example", "agent@departement.example", EVERYWHERE):
        response = _post(metropole, f"{ACCOUNTS}/{world.users[email].id}/lien", ACCOUNTS)
        assert response.status_code == 404
    assert len(world.mailer.sent) == sent
    shared = _post(metropole, f"{ACCOUNTS}/{world.users['clerc@69003.example'].id}/lien", ACCOUNTS)
    assert "Un lien pour définir le mot de passe a été envoyé à etude69003@notaires.example" in shared.text


def test_the_metropole_s_administrator_disables_no_account_of_another_collectivite(
        world: World, metropole: httpx.Client) -> None:
    for email in ("agent@departement.example", DEPARTEMENT, "clerc@69001.example"):
        response = _post(metropole, f"{ACCOUNTS}/{world.users[email].id}/activation", ACCOUNTS, actif="0")
        assert response.status_code == 404
        with world.services.uow() as uow:
            assert uow.users.by_email(email).active  # type: ignore[union-attr]
    own = world.users["agent@metropole.example"].id
    assert "est désactivé" in _post(metropole, f"{ACCOUNTS}/{own}/activation", ACCOUNTS, actif="0").text
    assert "est réactivé" in _post(metropole, f"{ACCOUNTS}/{own}/activation", ACCOUNTS, actif="1").text


def test_the_metropole_s_administrator_sees_its_offices_and_the_unserved_ones_and_edits_no_other(
        world: World, metropole: httpx.Client) -> None:
    listed = set(re.findall(r"<td>(690\d\d)</td>", metropole.get(OFFICES_PAGE).text))
    assert listed == {"69002", "69003", "69004", "69012"}
    assert metropole.get(f"{OFFICES_PAGE}/69001").status_code == 404
    response = _post(metropole, f"{OFFICES_PAGE}/69001", OFFICES_PAGE, name="Étude Bellecour",
                     email="attacker@attacker.example", collectivites=["69", "69M"])
    assert response.status_code == 404
    assert _office(world, "69001").email == "etude69001@notaires.example"


def test_the_metropole_s_administrator_adds_or_removes_the_metropole_s_agreement_only(
        world: World, metropole: httpx.Client) -> None:
    try:
        added = _post(metropole, f"{OFFICES_PAGE}/69002", OFFICES_PAGE, name="Étude Confluence",
                      email="etude69002@notaires.example", collectivites=["69M", "69"])
        assert added.status_code == 400 and "que l&#39;agrément de votre collectivité" in added.text
        assert _office(world, "69002").collectivites == {"69M"}
        page = metropole.get(f"{OFFICES_PAGE}/69003").text
        assert 'value="69M"' in page and 'value="69"' not in page and "Département du Rhône" in page
        _post(metropole, f"{OFFICES_PAGE}/69003", OFFICES_PAGE, name="Étude des Brotteaux",
              email="etude69003@notaires.example")
        assert _office(world, "69003").collectivites == {"69"}  # the département keeps serving it
    finally:
        _restore(world, "69002", "69003")


def test_the_name_and_address_of_an_office_another_collectivite_serves_are_not_the_metropole_s_to_change(
        world: World, metropole: httpx.Client) -> None:
    try:
        page = metropole.get(f"{OFFICES_PAGE}/69003").text
        assert re.search(r'<input id="email"[^>]* readonly', page)
        refused = _post(metropole, f"{OFFICES_PAGE}/69003", OFFICES_PAGE, name="Étude des Brotteaux",
                        email="attacker@attacker.example", collectivites=["69M"])
        assert refused.status_code == 400 and "aussi servie par « Département du Rhône »" in refused.text
        assert re.search(r'<input id="email"[^>]* readonly aria-invalid="true"', refused.text)
        assert _office(world, "69003").email == "etude69003@notaires.example"
        own = _post(metropole, f"{OFFICES_PAGE}/69002", OFFICES_PAGE, name="Étude Confluence (Lyon 2e)",
                    email="accueil@confluence.example", collectivites=["69M"])
        assert "est enregistrée" in own.text
        assert _office(world, "69002").email == "accueil@confluence.example"
    finally:
        _restore(world, "69002", "69003")


def test_a_crpcen_import_by_the_metropole_keeps_the_name_and_address_another_collectivite_knows(
        world: World, metropole: httpx.Client) -> None:
    table = ("crpcen,name,email\n69011,Étude détournée,pirate@attacker.example\n"
             "69012,Étude Croix-Rousse (Lyon 4e),accueil@croix-rousse.example\n")
    try:
        page = metropole.post(OFFICES_PAGE, data={"csrf": csrf_of(metropole.get(OFFICES_PAGE).text),
                                                  "collectivite": "69M"},
                              files={"fichier": ("crpcen.csv", table.encode(), "text/csv")}).text
        assert ("l&#39;étude 69011 est aussi servie par une autre collectivité : son nom et son adresse générique "
                "n&#39;ont pas été changés") in page
        kept = _office(world, "69011")
        assert (kept.name, kept.email, kept.collectivites) == (
            "Étude Saint-Jean", "etude69011@notaires.example", frozenset({"69", "69M"}))
        assert _office(world, "69012").email == "accueil@croix-rousse.example"
    finally:
        _restore(world, "69011", "69012")


def test_the_metropole_s_administrator_reads_and_exports_the_metropole_s_audit_trail_alone(
        world: World, metropole: httpx.Client, everywhere: httpx.Client) -> None:
    for path in ("/admin/administration/journal", "/admin/administration/journal.csv"):
        text = metropole.get(path).text
        assert "suivi par la métropole" in text and "clerc@69003.example" in text  # a clerk of a shared office
        for foreign in ("confidentiel", "inconnu@ailleurs.example", "clerc@69001.example", "Département du Rhône",
                        "agent@departement.example", EVERYWHERE):
            assert foreign not in text, (path, foreign)
    everything = everywhere.get("/admin/administration/journal.csv").text
    assert "confidentiel" in everything and "inconnu@ailleurs.example" in everything
