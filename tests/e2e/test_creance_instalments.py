"""On the créance page an agent records instalments and waives the balance, each confirmed before it is saved."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import httpx
import pytest

from domain.creance import Creance, CreanceStatus
from domain.decision import DecisionKind
from domain.office import NotarialOffice
from domain.outcome import Outcome
from domain.recovery import ClaimedAid, RecourseType
from domain.user import Role
from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.conftest import make_services
from tests.support.admin import account, csrf_of, sign_in
from tests.support.doubts import ambiguous_request
from tests.support.server import live_server

TODAY = datetime.now(UTC).date()
OPENED = datetime.now(UTC) - timedelta(days=30)
PAGE = "/admin/creances/creance-1"


@pytest.fixture(scope="module")
def app_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    services = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/notaires.db")
    with services.uow() as uow:
        uow.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="etude@notaires.example",
                                        collectivites=frozenset({"69"})))
        uow.commit()
    agent = account(services, "agent@cd69.example", Role.AGENT)
    clerk = account(services, "clerc@etude.example", Role.NOTARY, collectivite=None, crpcen="69001")
    with services.uow() as uow:
        doubt = ambiguous_request(uow, OPENED, user_id=clerk.id, reference="2026-900001")
        settled = replace(doubt, id="settled", kind=DecisionKind.CORRECTED, outcome=Outcome.RECOVERABLE_AID,
                          iodas_id="1", supersedes=doubt.id, decided_at=OPENED + timedelta(hours=1))
        uow.doubts.settle(settled)
        uow.creances.add(Creance(
            id="creance-1", decision_id=settled.id, request_id=settled.request_id, collectivite="69",
            iodas_id="1", recourse=RecourseType.ESTATE,
            claimed=(ClaimedAid(aid_code="ASH", amount_paid=Decimal("18450.50")),), net_estate=Decimal(12000),
            funeral_costs=Decimal(4200), amount_claimed=Decimal("8500.00"), opened_at=OPENED, opened_by=agent.id,
            status=CreanceStatus.NOTIFIED, notified_on=TODAY - timedelta(days=20)))
        uow.commit()
    yield services
    services.engine.dispose()


@pytest.fixture
def client(app_services: Services) -> Iterator[httpx.Client]:
    with live_server(create_app(app_services)) as url, httpx.Client(base_url=url, follow_redirects=True) as c:
        sign_in(c, "agent@cd69.example")
        yield c


def _post(client: httpx.Client, **fields: str) -> httpx.Response:
    page = client.get(PAGE)
    return client.post(f"{PAGE}/etape", data={"csrf": csrf_of(page.text), **fields})


def _case(services: Services) -> Creance:
    with services.uow() as uow:
        found = uow.creances.get("creance-1")
    assert found is not None
    return found


def _day(on: date) -> str:
    return on.isoformat()


def test_instalments_then_a_waiver_each_shown_for_confirmation_before_being_saved(client: httpx.Client,
                                                                                  app_services: Services) -> None:
    asked = _post(client, etape="recover", montant="3 000,00", date=_day(TODAY - timedelta(days=10)))
    assert asked.status_code == 200 and "Confirmer le recouvrement" in asked.text
    assert "La créance sera</dt><dd>recouvrée en partie" in asked.text and "5\u202f500,00\u00a0€" in asked.text
    assert _case(app_services).recoveries == (), "nothing is saved before the agent confirms"

    done = client.post(f"{PAGE}/etape", data={"csrf": csrf_of(asked.text), "etape": "recover", "montant": "3 000,00",
                                              "date": _day(TODAY - timedelta(days=10)), "confirme": "1"})
    assert "La créance est à jour : recouvrée en partie" in done.text
    assert "Reste dû" in done.text and "Enregistrer un recouvrement" in done.text, "the next instalment is offered"
    _post(client, etape="recover", montant="1000", date=_day(TODAY - timedelta(days=5)), confirme="1")
    assert (_case(app_services).amount_recovered, _case(app_services).status) == (
        Decimal("4000.00"), CreanceStatus.RECOVERED_IN_PART)

    too_much = _post(client, etape="recover", montant="4500,01", date=_day(TODAY))
    assert too_much.status_code == 400 and "ne peut pas dépasser le reste dû (4\u202f500,00\u00a0€)" in too_much.text

    no_reason = _post(client, etape="waive", motif=" ", date=_day(TODAY))
    assert no_reason.status_code == 400 and "Indiquez le motif" in no_reason.text
    assert "Confirmer la renonciation" not in no_reason.text, "a refused step is explained, not offered to confirm"
    waiver = _post(client, etape="waive", motif="Remise gracieuse du solde", date=_day(TODAY))
    assert "Confirmer la renonciation" in waiver.text and "4\u202f500,00\u00a0€" in waiver.text
    assert _case(app_services).status is CreanceStatus.RECOVERED_IN_PART
    closed = _post(client, etape="waive", motif="Remise gracieuse du solde", date=_day(TODAY), confirme="1")
    assert "La créance est à jour : abandonnée" in closed.text
    case = _case(app_services)
    assert (case.status, case.amount_recovered, case.amount_waived) == (
        CreanceStatus.WAIVED, Decimal("4000.00"), Decimal("4500.00"))
    assert "Recouvrements enregistrés" in closed.text and "Faire avancer le dossier" not in closed.text

