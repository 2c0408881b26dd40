"""Administration on SQLite and PostgreSQL: aid types, offices and the audit trail's filters."""

from datetime import UTC, date, datetime, timedelta

from returns.result import Failure, Success

from application.browse_audit import AuditQuery
from application.ports.audit_queries import AuditFilter
from application.save_aid_type import SaveAidTypeCommand
from application.update_office import UpdateOfficeCommand
from domain.aid import AidCategory
from domain.audit import AuditEntry
from domain.office import NotarialOffice
from domain.user import Role, User
from interfaces.bootstrap import Services
from tests.integration.test_creances_contract import creance, recoverable
from tests.support.admin import EVERYWHERE

ADMIN = User(id="admin-1", email="admin@rhone.fr", role=Role.ADMIN, password_hash="x")


def test_an_aid_type_is_added_then_reclassified_and_both_changes_are_audited(services: Services) -> None:
    for category in ("recoverable", "undue_payment_possible"):
        result = services.save_aid_type.execute(SaveAidTypeCommand(
            actor_id="admin-1", collectivite="69", code="foyer", label="Aide en foyer-logement", category=category))
        assert isinstance(result, Success)
    with services.uow() as uow:
        saved = uow.collectivites.aid_referential("69").types["FOYER"]
    assert saved.category is AidCategory.UNDUE_PAYMENT_POSSIBLE
    page = services.browse_audit.execute(AuditQuery(actor=ADMIN, where=AuditFilter(action_prefix="aid_type."))).unwrap()
    assert [(e.target, e.details["catégorie"]) for e in page.entries] == [
        ("FOYER", "undue_payment_possible"), ("FOYER", "recoverable")]


def test_an_office_is_edited_and_an_unknown_collectivite_is_refused(services: Services) -> None:
    with services.uow() as uow:
        uow.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="a@b.fr", collectivites=frozenset({"69"})))
        uow.commit()
    refused = services.update_office.execute(UpdateOfficeCommand(
        actor_id="admin-1", crpcen="69001", name="Étude", email="a@b.fr", collectivites=frozenset({"99"}),
        jurisdiction=EVERYWHERE))
    assert isinstance(refused, Failure) and "inconnue" in refused.failure().message
    done = services.update_office.execute(UpdateOfficeCommand(
        actor_id="admin-1", crpcen="69001", name="Étude Bellecour", email="Accueil@Bellecour.fr",
        collectivites=frozenset({"69", "69M"}), jurisdiction=EVERYWHERE))
    assert isinstance(done, Success)
    with services.uow() as uow:
        assert uow.offices.get("69001") == NotarialOffice(crpcen="69001", name="Étude Bellecour",
                                                          email="accueil@bellecour.fr",
                                                          collectivites=frozenset({"69", "69M"}))


def test_the_audit_filters_by_period_and_by_who_and_refuses_agents(services: Services) -> None:
    services.save_aid_type.execute(SaveAidTypeCommand(actor_id="admin-1", collectivite="69", code="X", label="X",
                                                      category="recoverable"))
    today = services.clock.now().date()
    later = AuditFilter(start=today + timedelta(days=1))
    assert not services.browse_audit.execute(AuditQuery(actor=ADMIN, where=later)).unwrap().entries
    assert len(services.browse_audit.execute(AuditQuery(actor=ADMIN, where=AuditFilter(end=today))).unwrap().entries) >= 1
    nobody = services.browse_audit.execute(AuditQuery(actor=ADMIN, where=AuditFilter(), actor_email="personne@x.fr"))
    assert not nobody.unwrap().entries
    agent = User(id="a", email="agent@rhone.fr", role=Role.AGENT, password_hash="x", collectivite="69")
    assert isinstance(services.browse_audit.execute(AuditQuery(actor=agent, where=AuditFilter())), Failure)
    backwards = AuditFilter(start=date(2026, 11, 2), end=date(2026, 11, 1))
    assert isinstance(services.browse_audit.execute(AuditQuery(actor=ADMIN, where=backwards)), Failure)



def test_the_audit_trail_names_searches_corrections_and_creances_by_their_request_reference(
        services: Services) -> None:
    at = datetime(2026, 11, 20, 9, tzinfo=UTC)
    with services.uow() as uow:
        uow.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="e@n.example",
                                        collectivites=frozenset({"69"})))
        uow.users.add(User(id="clerk", email="clerk@n.example", role=Role.NOTARY, password_hash="x", crpcen="69001"))
        uow.users.add(User(id="agent", email="agent@cd69.example", role=Role.AGENT, password_hash="x",
                           collectivite="69"))
        corrected_id = recoverable(uow, at)
        corrected = uow.doubts.decision(corrected_id)
        assert corrected is not None and corrected.supersedes is not None
        request = uow.requests.get(corrected.request_id)
        assert request is not None
        uow.creances.add(creance(corrected_id, request.id, at))
        for action, target, details in (
                ("search.answered", request.id, {}),
                ("decision.corrected", corrected.supersedes, {"corrected": corrected_id}),
                ("creance.opened", f"cr-{corrected_id}", {"decision": corrected_id}),
                ("request.read", "inconnue", {})):
            uow.audit.record(AuditEntry(at=at, actor_id="agent", action=action, target=target, details=details))
        uow.commit()
    page = services.browse_audit.execute(AuditQuery(actor=ADMIN, where=AuditFilter())).unwrap()
    assert set(page.references) == {request.id, corrected.supersedes, corrected_id, f"cr-{corrected_id}"}
    assert set(page.references.values()) == {request.reference}
