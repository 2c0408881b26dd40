"""On fakes: an administrator attached to the métropole administers its accounts, its agreements with offices and its
audit trail alone (security audit F1), whatever the web layer sends; one attached to none administers them all."""

from collections.abc import Sequence
from datetime import UTC, datetime

from returns.result import Failure, Success

from application.browse_audit import AuditQuery, BrowseAudit
from application.import_offices import ImportOffices, ImportOfficesCommand
from application.list_accounts import ListAccounts
from application.list_referentials import ListReferentials
from application.ports.audit_queries import AuditFilter
from application.ports.decision_reads import DecisionQuery, DecisionRecord
from application.send_password_link import PasswordLinkCommand, SendPasswordLink
from application.set_user_active import SetUserActive, SetUserActiveCommand
from application.testing.fakes import FakeAuditQueries, FakeClock, FakeUnitOfWork
from application.testing.letters import FakeMailer
from application.update_office import UpdateOffice, UpdateOfficeCommand
from domain.audit import AuditEntry
from domain.collectivite import Collectivite
from domain.errors import AccountNotFound, OfficeNotFound
from domain.jurisdiction import Jurisdiction
from domain.office import NotarialOffice
from domain.search import SearchRequest
from domain.user import Role, User

METROPOLE = Jurisdiction(collectivites=("69M",))
EVERYWHERE = Jurisdiction.everywhere(("69", "69M"))
AT = datetime(2026, 11, 20, 9, tzinfo=UTC)
USERS: tuple[tuple[str, Role, str | None, str | None], ...] = (  # id, role, collectivité, office
    ("admin-69M", Role.ADMIN, "69M", None), ("admin-69", Role.ADMIN, "69", None), ("admin-all", Role.ADMIN, None, None),
    ("agent-69", Role.AGENT, "69", None), ("agent-69M", Role.AGENT, "69M", None),
    ("clerk-69", Role.NOTARY, None, "69001"), ("clerk-both", Role.NOTARY, None, "69003"))


def _world() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    uow.collectivites.add(Collectivite(code="69", name="Département du Rhône"))
    uow.collectivites.add(Collectivite(code="69M", name="Métropole de Lyon"))
    for crpcen, served in (("69001", {"69"}), ("69002", {"69M"}), ("69003", {"69", "69M"}), ("69004", set())):
        uow.offices.save(NotarialOffice(crpcen=crpcen, name=f"Étude {crpcen}", email=f"e{crpcen}@n.fr",
                                        collectivites=frozenset(served)))
    for user_id, role, collectivite, office in USERS:
        uow.users.add(User(id=user_id, email=f"{user_id}@x.fr", role=role, password_hash="h",
                           collectivite=collectivite, crpcen=office))
    return uow


def test_the_metropole_lists_its_agents_and_admins_and_the_clerks_of_the_offices_it_serves() -> None:
    uow = _world()
    accounts = ListAccounts(uow).execute(METROPOLE)
    assert {u.id for u in accounts.users} == {"admin-69M", "agent-69M", "clerk-both"}
    assert [o.crpcen for o in accounts.offices] == ["69002", "69003"]
    everything = ListAccounts(uow).execute(EVERYWHERE)
    assert len(everything.users) == len(USERS) and len(everything.offices) == 4


def test_another_collectivite_s_accounts_are_as_unknown_to_the_metropole_s_switches_and_links() -> None:
    uow, mailer = _world(), FakeMailer()
    for user_id in ("agent-69", "admin-69", "admin-all", "clerk-69"):
        switched = SetUserActive(uow, FakeClock()).execute(SetUserActiveCommand(
            actor_id="admin-69M", user_id=user_id, active=False, jurisdiction=METROPOLE))
        linked = SendPasswordLink(uow, mailer, FakeClock(), "x@x.fr").execute(PasswordLinkCommand(
            actor_id="admin-69M", user_id=user_id, link_prefix="https://x/", jurisdiction=METROPOLE))
        assert switched == linked == Failure(AccountNotFound())
    assert all(u.active for u in uow.users.items.values()) and not mailer.sent and not uow.audit.entries
    linked = SendPasswordLink(uow, mailer, FakeClock(), "x@x.fr").execute(PasswordLinkCommand(
        actor_id="admin-69M", user_id="clerk-both", link_prefix="https://x/", jurisdiction=METROPOLE))
    assert linked == Success("e69003@n.fr")
    assert isinstance(SetUserActive(uow, FakeClock()).execute(SetUserActiveCommand(
        actor_id="admin-all", user_id="agent-69", active=False, jurisdiction=EVERYWHERE)), Success)


def _update(uow: FakeUnitOfWork, crpcen: str, jurisdiction: Jurisdiction = METROPOLE, email: str | None = None,
            *collectivites: str) -> object:
    return UpdateOffice(uow, FakeClock()).execute(UpdateOfficeCommand(
        actor_id="admin-69M", crpcen=crpcen, name=f"Étude {crpcen}", email=email or f"e{crpcen}@n.fr",
        collectivites=frozenset(collectivites), jurisdiction=jurisdiction))


def test_the_metropole_edits_its_own_agreement_only_and_never_an_office_served_by_others_alone() -> None:
    uow = _world()
    assert _update(uow, "69001", METROPOLE, None, "69", "69M") == Failure(OfficeNotFound())
    refused = _update(uow, "69002", METROPOLE, None, "69", "69M")
    assert isinstance(refused, Failure) and refused.failure().field == "collectivites"
    assert isinstance(_update(uow, "69003", METROPOLE, None), Success)  # it withdraws; the département stays
    assert uow.offices.items["69003"].collectivites == {"69"}
    assert isinstance(_update(uow, "69004", METROPOLE, None, "69M"), Success)  # it registers an unserved office
    assert uow.offices.items["69004"].collectivites == {"69M"}
    assert [e.action for e in uow.audit.entries] == ["office.updated"] * 2


def test_the_name_and_address_of_a_shared_office_are_changed_by_an_administrator_of_all_alone() -> None:
    uow = _world()
    refused = _update(uow, "69003", METROPOLE, "pirate@ailleurs.fr", "69M")
    assert isinstance(refused, Failure) and refused.failure().field == "email"
    assert "aussi servie par « Département du Rhône »" in refused.failure().message
    assert uow.offices.items["69003"].email == "e69003@n.fr"
    assert isinstance(_update(uow, "69002", METROPOLE, "accueil@confluence.fr", "69M"), Success)
    assert isinstance(_update(uow, "69003", EVERYWHERE, "accueil@brotteaux.fr", "69", "69M"), Success)
    assert uow.offices.items["69003"].email == "accueil@brotteaux.fr"


def test_a_crpcen_table_imported_by_the_metropole_keeps_the_name_and_address_of_others_offices() -> None:
    uow = _world()
    table = [NotarialOffice(crpcen=c, name="Nouveau nom", email=f"nouveau{c}@n.fr")
             for c in ("69001", "69002", "69005")]
    report = ImportOffices(uow, FakeClock()).execute(ImportOfficesCommand(
        collectivite="69M", rows_read=3, offices=table, rejected=(), jurisdiction=METROPOLE)).unwrap()
    assert report.shared_offices == ("69001",) and "l'étude 69001 est aussi servie" in report.offices_warning()
    assert uow.offices.items["69001"] == NotarialOffice(crpcen="69001", name="Étude 69001", email="e69001@n.fr",
                                                        collectivites=frozenset({"69", "69M"}))
    assert uow.offices.items["69002"].email == "nouveau69002@n.fr" and uow.offices.items["69005"].name == "Nouveau nom"
    elsewhere = ImportOffices(uow, FakeClock()).execute(ImportOfficesCommand(
        collectivite="69", rows_read=3, offices=table, rejected=(), jurisdiction=METROPOLE))
    assert isinstance(elsewhere, Failure) and elsewhere.failure().field == "collectivite"
    everything = ImportOffices(uow, FakeClock()).execute(ImportOfficesCommand(
        collectivite="69", rows_read=3, offices=table, rejected=(), jurisdiction=EVERYWHERE)).unwrap()
    assert everything.shared_offices == () and uow.offices.items["69001"].email == "nouveau69001@n.fr"


def test_the_metropole_s_referentials_show_its_offices_and_those_no_collectivite_serves() -> None:
    referentials = ListReferentials(_world()).execute(METROPOLE)
    assert [o.crpcen for o in referentials.offices] == ["69002", "69003", "69004"]
    assert set(referentials.aid_types) == set(referentials.maisons) == {"69M"}


class _NoRequests:
    """The audit entries here name no request: nothing to read."""

    def page(self, query: DecisionQuery) -> Sequence[DecisionRecord]:
        return []

    def count(self, query: DecisionQuery) -> int:
        return 0

    def requests(self, request_ids: Sequence[str]) -> Sequence[SearchRequest]:
        return []

    def decisions_of(self, request_ids: Sequence[str]) -> Sequence[DecisionRecord]:
        return []

    def offices(self, crpcens: Sequence[str]) -> Sequence[NotarialOffice]:
        return []


def test_the_metropole_reads_its_audit_entries_and_those_tied_to_none_about_its_accounts_and_offices() -> None:
    uow = _world()
    for actor, action, target, collectivite in (
            ("agent-69", "decision.corrected", "d1", "69"), ("agent-69M", "decision.corrected", "d2", "69M"),
            (None, "login.failed", None, None), ("clerk-69", "search.answered", "r1", None),
            ("clerk-both", "search.answered", "r2", None), ("admin-all", "office.updated", "69003", None),
            ("admin-all", "office.updated", "69001", None), ("admin-all", "user.created", "clerk-both", None),
            ("admin-all", "user.created", "admin-69", "69")):
        uow.audit.record(AuditEntry(at=AT, actor_id=actor, action=action, target=target, collectivite=collectivite))
    browse = BrowseAudit(uow, FakeAuditQueries(uow.audit), _NoRequests())

    def seen(actor: str, where: AuditFilter = AuditFilter()) -> list[tuple[str, str]]:
        page = browse.execute(AuditQuery(actor=uow.users.items[actor], where=where)).unwrap()
        return sorted((e.target or "", e.action) for e in page.entries)

    assert seen("admin-69M") == [("69003", "office.updated"), ("clerk-both", "user.created"),
                                 ("d2", "decision.corrected"), ("r2", "search.answered")]
    assert len(seen("admin-all")) == 9
    assert seen("admin-69M", AuditFilter(collectivites=("69",))) == []
