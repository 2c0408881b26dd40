"""Over HTTP: an agent notifies a créance, the service sending its décompte once confirmed; the letter is the
agent's collectivité's to download, and a refusal is explained in French."""

import html
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import httpx
import pytest

from domain.creance import Creance, CreanceStatus
from domain.decision import DecisionKind
from domain.office import NotarialOffice
from domain.outbox import MessageKind
from domain.outcome import Outcome
from domain.recovery import ClaimedAid, RecourseType
from domain.user import Role
from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.conftest import make_services
from tests.support.admin import account, csrf_of, sign_in, with_office
from tests.support.doubts import ambiguous_request
from tests.support.payment import ACCOUNT, paying_letterheads
from tests.support.server import live_server

OPENED = datetime.now(UTC) - timedelta(days=30)
PAGE = "/admin/creances/creance-1"


@pytest.fixture
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    services = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/notaires.db",
                             paying_letterheads(tmp_path_factory.mktemp("config")))
    assert services.settings.config_dir is not None
    with_office(services)
    agent = account(services, "agent@cd69.example", Role.AGENT)
    account(services, "agent@metropole.example", Role.AGENT, collectivite="69M")
    clerk = account(services, "clerc@etude.example", Role.NOTARY, collectivite=None, crpcen="69001")
    with services.uow() as uow:
        doubt = ambiguous_request(uow, OPENED, user_id=clerk.id, reference="2026-900002")
        settled = replace(doubt, id="settled", kind=DecisionKind.CORRECTED, outcome=Outcome.RECOVERABLE_AID,
                          iodas_id="1", supersedes=doubt.id, decided_at=OPENED + timedelta(hours=1))
        uow.doubts.settle(settled)
        uow.creances.add(Creance(
            id="creance-1", decision_id=settled.id, request_id=settled.request_id, collectivite="69", iodas_id="1",
            recourse=RecourseType.ESTATE, claimed=(ClaimedAid(aid_code="ASH", amount_paid=Decimal("8500.00")),),
            net_estate=Decimal(50000), funeral_costs=Decimal(0), amount_claimed=Decimal("8500.00"),
            opened_at=OPENED, opened_by=agent.id))
        uow.commit()
    yield services
    services.engine.dispose()


@pytest.fixture
def url(services: Services) -> Iterator[str]:
    with live_server(create_app(services)) as url:
        yield url


@contextmanager
def _client(url: str, email: str = "agent@cd69.example") -> Iterator[httpx.Client]:
    with httpx.Client(base_url=url, follow_redirects=True) as client:
        sign_in(client, email)
        yield client


def _decompte(client: httpx.Client, **fields: str) -> httpx.Response:
    return client.post(f"{PAGE}/decompte", data={"csrf": csrf_of(client.get(PAGE).text), **fields})


def _queued(services: Services) -> list[MessageKind]:
    with services.uow() as uow:
        case = uow.creances.get("creance-1")
        assert case is not None
        return [m.kind for m in uow.outbox.for_request(case.request_id) if m.kind is MessageKind.DECOMPTE]


def test_the_decompte_is_sent_only_once_the_agent_confirmed_the_amount_and_the_address(
        url: str, services: Services) -> None:
    with _client(url) as client:
        asked = _decompte(client)
        assert asked.status_code == 200 and "Confirmer l'envoi du décompte" in html.unescape(asked.text)
        assert "8\u202f500,00\u00a0€" in asked.text and "etude@notaires.example" in asked.text
        assert f"{ACCOUNT.payee}, IBAN {ACCOUNT.iban}" in html.unescape(asked.text), "the account the décompte gives"
        assert "Recours sur la succession" in asked.text
        assert _queued(services) == [], "nothing leaves before the agent confirms"

        tampered = _decompte(client, confirme="1", montant="8400.00")
        assert tampered.status_code == 400 and "a changé depuis votre vérification" in tampered.text
        assert _queued(services) == []

        sent = client.post(f"{PAGE}/decompte", data={"csrf": csrf_of(asked.text), "confirme": "1",
                                                     "montant": "8500.00"})
        assert "La créance est notifiée au notaire" in sent.text and "en file d'envoi" in sent.text
        assert _queued(services) == [MessageKind.DECOMPTE]
        again = _decompte(client, confirme="1", montant="8500.00")
        assert again.status_code == 400 and "Seule une créance à examiner" in again.text
        assert _queued(services) == [MessageKind.DECOMPTE]

        pdf = client.get(f"{PAGE}/decompte.pdf")
        assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
        assert pdf.content.startswith(b"%PDF") and "decompte-2026-900002-69.pdf" in pdf.headers["content-disposition"]
        closed = client.get(f"{PAGE}/modifier")
        assert "le décompte envoyé fait foi" in closed.text and "renoncez au reste" in closed.text
    with _client(url, "agent@metropole.example") as other:
        assert other.get(f"{PAGE}/decompte.pdf").status_code == 404
    with httpx.Client(base_url=url) as anonymous:
        assert anonymous.get(f"{PAGE}/decompte.pdf").status_code == 303


def test_an_office_without_a_generic_address_is_told_to_the_agent_and_nothing_is_sent(
        url: str, services: Services) -> None:
    with services.uow() as uow:
        uow.offices.save(NotarialOffice(crpcen="69001", name="Étude Bellecour", email="",
                                        collectivites=frozenset({"69"})))
        uow.commit()
    with _client(url) as client:
        refused = _decompte(client)
        assert refused.status_code == 400
        assert ("L'étude Étude Bellecour (CRPCEN 69001) n'a pas d'adresse électronique générique dans la table des "
                "études") in html.unescape(refused.text) and 'role="alert"' in refused.text
        assert "Confirmer l'envoi" not in html.unescape(refused.text)
    with services.uow() as uow:
        case = uow.creances.get("creance-1")
        assert case is not None and case.status is CreanceStatus.TO_EXAMINE
    assert _queued(services) == []


def test_without_a_payment_account_the_page_says_who_must_configure_it_instead_of_offering_to_send(
        url: str, services: Services) -> None:
    """A décompte left saying « Coordonnées de paiement à configurer » after a confirmation that warned of nothing
    (an acceptance test): the créance's page explains it before the agent asks, and a send is refused."""
    config_dir = services.settings.config_dir
    assert config_dir is not None
    (config_dir / "69" / "collectivite.toml").unlink()
    with _client(url) as client:
        page = html.unescape(client.get(PAGE).text)
        assert "Notifier le décompte au notaire</button>" not in page
        explained = page[page.index('id="decompte-impossible"'):]
        assert ("Le décompte ne peut pas être envoyé : aucun compte de paiement n'est configuré pour le Département "
                "du Rhône") in explained
        assert "section [payment] du fichier collectivite.toml de la collectivité, dossier NOTAIRES_CONFIG_DIR/69/" in (
            explained)
        for fields in ({}, {"confirme": "1", "montant": "8500.00"}):
            refused = _decompte(client, **fields)
            assert refused.status_code == 400 and 'role="alert"' in refused.text
            assert "aucun compte de paiement n'est configuré" in html.unescape(refused.text)
            assert "Confirmer l'envoi" not in html.unescape(refused.text)
    assert _queued(services) == []


def test_a_forged_better_fortune_recourse_is_refused_in_french_and_the_form_does_not_offer_it(
        url: str, services: Services) -> None:
    with _client(url) as client:
        form = client.get(f"{PAGE}/modifier")
        assert 'value="better_fortune"' not in form.text and 'value="donee"' in form.text
        assert "Le retour à meilleure fortune s'exerce du vivant du bénéficiaire" in html.unescape(form.text)
        refused = client.post(f"{PAGE}/modifier", data={"csrf": csrf_of(form.text), "recours": "better_fortune",
                                                       "aide_ASH": "8500", "aide_AM": "0", "actif_net": "50000",
                                                       "frais_obseques": "0"})
        assert refused.status_code == 400
        assert ("Le recours contre le bénéficiaire revenu à meilleure fortune s'exerce de son vivant, contre lui"
                in html.unescape(refused.text))
    with services.uow() as uow:
        case = uow.creances.get("creance-1")
    assert case is not None and case.recourse is RecourseType.ESTATE


def test_a_case_against_a_donee_opened_before_the_gifts_value_was_asked_stays_readable_and_says_what_to_do(
        url: str, services: Services) -> None:
    with services.uow() as uow:
        case = uow.creances.get("creance-1")
        assert case is not None
        uow.creances.save(replace(case, recourse=RecourseType.DONEE, net_estate=Decimal(5000),
                                  funeral_costs=Decimal(2000), amount_claimed=Decimal("3000.00")))
        uow.commit()
    with _client(url) as client:
        page = html.unescape(client.get(PAGE).text)
    assert "Recours contre le donataire" in page and "3\u202f000,00\u00a0€" in page
    assert "non indiquée : créance ouverte avant que le service la demande ; corrigez les montants" in page
    assert "actif net successoral 5\u202f000,00\u00a0€, frais d'obsèques 2\u202f000,00\u00a0€" in page
    explained = page[page.index('id="decompte-impossible"'):]
    assert explained.split("</section>")[0].count("se calcule sur la valeur des biens donnés") == 1
    assert "Notifier le décompte au notaire</button>" not in page
