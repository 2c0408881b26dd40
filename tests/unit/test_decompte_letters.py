"""Notifying a créance sends its décompte: rendered, kept and queued with the status change, on fakes."""

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal as D
from typing import Any

import pytest
from returns.result import Failure, Result, Success

from application.letters.decompte import CreanceLetters
from application.letters.deliver import DeliverOutbox
from application.letters.get_decompte import GetDecompte, GetDecompteQuery
from application.notify_creance import DecompteSent, NotifyCreance, NotifyCreanceCommand
from application.ports.letters import CollectiviteProfiles
from application.show_creance import ShowCreance, ShowCreanceQuery
from application.testing.fakes import FakeClock, FakeUnitOfWork
from application.testing.letters import FakeLetterRenderer, FakeMailer
from domain.aid import Aid
from domain.collectivite import Collectivite
from domain.creance import Creance, CreanceNotFound, CreanceStatus
from domain.decompte import AidPeriod, StoredDecompte
from domain.errors import InvalidInput
from domain.letters import LetterKind
from domain.office import NotarialOffice
from domain.outbox import MessageKind
from domain.recovery import ClaimedAid, RecourseType
from infrastructure.letters.profiles import FolderProfiles
from tests.support.builders import person
from tests.support.doubts import ambiguous_request
from tests.support.payment import ACCOUNT, Paying

OFFICE = "etude@notaires.example"
PAYING = Paying(FolderProfiles(None))  # the default letterhead, with the paierie's account
# 00:30 in Paris on 26 November: the décompte is dated the 26th, the French day, not the 25th of UTC.
LATE = datetime(2026, 11, 25, 23, 30, tzinfo=UTC)


@pytest.fixture
def uow() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    uow.collectivites.add(Collectivite(code="69", name="Département du Rhône"))
    uow.offices.save(NotarialOffice(crpcen="69001", name="Étude Bellecour", email=OFFICE,
                                    collectivites=frozenset({"69"})))
    uow.beneficiaries.upsert("69", [replace(person(iodas_id="1"), aids=(
        Aid(code="ASH", start=date(2019, 3, 1), end=date(2024, 1, 5)), Aid(code="AM", start=date(2015, 6, 1))))])
    return uow


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(LATE)


@pytest.fixture
def renderer() -> FakeLetterRenderer:
    return FakeLetterRenderer()


@pytest.fixture
def case(uow: FakeUnitOfWork, clock: FakeClock) -> Creance:
    decision = ambiguous_request(uow, clock.now() - timedelta(days=40))
    creance = Creance(
        id="creance-1", decision_id=decision.id, request_id=decision.request_id, collectivite="69", iodas_id="1",
        recourse=RecourseType.ESTATE, claimed=(ClaimedAid(aid_code="ASH", amount_paid=D("18450.50")),
                                               ClaimedAid(aid_code="AM", amount_paid=D("3000.00"))),
        net_estate=D("60000.00"), funeral_costs=D("4200.00"), amount_claimed=D("20690.50"),
        opened_at=clock.now() - timedelta(days=30), opened_by="agent-1")
    uow.creances.add(creance)
    return creance


def notify(uow: FakeUnitOfWork, clock: FakeClock, renderer: FakeLetterRenderer, profiles: CollectiviteProfiles = PAYING,
           **changes: Any) -> Result[DecompteSent, CreanceNotFound | InvalidInput]:
    command = replace(NotifyCreanceCommand(creance_id="creance-1", agent_id="agent-1", collectivites=("69",)),
                      **changes)
    return NotifyCreance(uow, clock, CreanceLetters(renderer, profiles, clock), profiles).execute(command)


def test_notifying_queues_the_decompte_to_the_office_with_the_status_change_and_the_audit_in_one_commit(
        uow: FakeUnitOfWork, clock: FakeClock, renderer: FakeLetterRenderer, case: Creance) -> None:
    commits = uow.commits
    sent = notify(uow, clock, renderer).unwrap()
    assert uow.commits == commits + 1
    stored = uow.creances.get(case.id)
    assert stored is not None and (stored.status, stored.notified_on) == (CreanceStatus.NOTIFIED, date(2026, 11, 26))
    [message] = uow.outbox.for_request(case.request_id)
    assert (message.kind, message.recipients, message.attach_letter, message.creance_id) == (
        MessageKind.DECOMPTE, (OFFICE,), True, case.id)
    assert "20\u202f690,50\u00a0€" in message.body and "CR-69-" in message.body
    letter = uow.decomptes.get(case.id)
    assert letter is not None and sent.letter == letter and letter.filename.startswith("decompte-")
    [entry] = [e for e in uow.audit.entries if e.action == "creance.notified"]
    assert entry.details == {"on": "2026-11-26", "amount_claimed": "20690.50", "email": OFFICE}


def test_the_decompte_shows_the_aids_with_their_periods_the_computation_and_the_payment_reference(
        uow: FakeUnitOfWork, clock: FakeClock, renderer: FakeLetterRenderer, case: Creance) -> None:
    notify(uow, clock, renderer)
    [content] = renderer.rendered
    request = uow.requests.get(case.request_id)
    assert request is not None and content.kind is LetterKind.DECOMPTE and content.dated == date(2026, 11, 26)
    # Asked on 16 October at 23:30 UTC: the 17th in Paris.
    assert (content.identity, content.office_email, content.previous_date) == (request.identity, OFFICE,
                                                                              date(2026, 10, 17))
    decompte = content.decompte
    assert decompte is not None
    # estate 60,000 - 3,500 of funeral costs = 56,500: ASH in full, AM 3,000 - 760 (10,500 above 46,000).
    assert [(l.label, l.periods, l.recoverable) for l in decompte.lines] == [
        ("Aide sociale à l'hébergement", (AidPeriod(start=date(2019, 3, 1), end=date(2024, 1, 5)),), D("18450.50")),
        ("Aide ménagère", (AidPeriod(start=date(2015, 6, 1), end=None),), D("2240.00"))]
    assert (decompte.funeral_deduction, decompte.available, decompte.amount_claimed) == (
        D("3500.00"), D("56500.00"), D("20690.50"))
    assert decompte.payment_reference == f"CR-69-{request.reference}"


def test_the_decompte_of_a_person_entered_twice_shows_the_periods_of_both_files(
        uow: FakeUnitOfWork, clock: FakeClock, renderer: FakeLetterRenderer, case: Creance) -> None:
    """An agent settled the doubt naming files 1 and 2: her ASH was on the second file."""
    uow.beneficiaries.upsert("69", [replace(person(iodas_id="2"), aids=(Aid(code="ASH", start=date(2024, 1, 6)),))])
    uow.creances.save(replace(case, other_iodas_ids=("2",)))
    notify(uow, clock, renderer)
    [content] = renderer.rendered
    assert content.decompte is not None
    assert content.decompte.lines[0].periods == (AidPeriod(start=date(2019, 3, 1), end=date(2024, 1, 5)),
                                                 AidPeriod(start=date(2024, 1, 6), end=None))


def test_an_office_without_a_generic_address_gets_nothing_and_the_agent_is_told_in_french(
        uow: FakeUnitOfWork, clock: FakeClock, renderer: FakeLetterRenderer, case: Creance) -> None:
    uow.offices.save(NotarialOffice(crpcen="69001", name="Étude Bellecour", email="", collectivites=frozenset({"69"})))
    commits = uow.commits
    result = notify(uow, clock, renderer)
    assert isinstance(result, Failure) and isinstance(result.failure(), InvalidInput)
    assert result.failure().message.startswith(
        "L'étude Étude Bellecour (CRPCEN 69001) n'a pas d'adresse électronique générique dans la table des études : "
        "le décompte ne peut pas lui être envoyé, et rien n'a été envoyé.")
    assert uow.creances.get(case.id) == case and uow.commits == commits and renderer.rendered == []
    assert uow.outbox.messages == {} and uow.decomptes.items == {} and uow.audit.entries == []


def test_a_preview_shows_the_amount_the_address_and_the_account_and_changes_nothing(
        uow: FakeUnitOfWork, clock: FakeClock, renderer: FakeLetterRenderer, case: Creance) -> None:
    preview = notify(uow, clock, renderer, preview=True).unwrap()
    assert preview == DecompteSent(creance=replace(case, status=CreanceStatus.NOTIFIED, notified_on=date(2026, 11, 26)),
                                   office_name="Étude Bellecour", recipient=OFFICE, letter=None, payment=ACCOUNT)
    assert uow.creances.get(case.id) == case and uow.outbox.messages == {} and renderer.rendered == []


def test_the_amount_sent_is_the_one_the_agent_confirmed(uow: FakeUnitOfWork, clock: FakeClock,
                                                        renderer: FakeLetterRenderer, case: Creance) -> None:
    refused = notify(uow, clock, renderer, expected_amount=D("20000.00"))
    assert isinstance(refused, Failure) and "a changé depuis votre vérification" in refused.failure().message
    assert uow.outbox.messages == {}
    assert isinstance(notify(uow, clock, renderer, expected_amount=D("20690.50")), Success)


def test_a_decompte_is_sent_once(uow: FakeUnitOfWork, clock: FakeClock, renderer: FakeLetterRenderer,
                                 case: Creance) -> None:
    notify(uow, clock, renderer)
    again = notify(uow, clock, renderer)
    assert isinstance(again, Failure) and "Seule une créance à examiner" in again.failure().message
    # Two clicks that both read the case still to examine: the archive keeps the first letter only.
    uow.creances.save(case)
    raced = notify(uow, clock, renderer)
    assert raced == Failure(InvalidInput("Le décompte de cette créance a déjà été envoyé au notaire."))
    assert len(uow.outbox.messages) == 1


def test_another_collectivites_case_is_neither_notified_nor_downloaded(
        uow: FakeUnitOfWork, clock: FakeClock, renderer: FakeLetterRenderer, case: Creance) -> None:
    assert notify(uow, clock, renderer, collectivites=("69M",)) == Failure(CreanceNotFound())
    notify(uow, clock, renderer)
    get = GetDecompte(uow)
    assert isinstance(get.execute(GetDecompteQuery(creance_id=case.id, collectivites=("69M",))), Failure)
    assert isinstance(get.execute(GetDecompteQuery(creance_id=case.id, collectivites=("69",))).unwrap(),
                      StoredDecompte)


def test_the_dispatcher_attaches_the_decompte_and_the_case_shows_its_delivery(
        uow: FakeUnitOfWork, clock: FakeClock, renderer: FakeLetterRenderer, case: Creance) -> None:
    notify(uow, clock, renderer)
    mailer = FakeMailer()
    assert DeliverOutbox(uow, mailer, clock).execute().sent == 1
    [mail] = mailer.sent
    letter = uow.decomptes.get(case.id)
    assert letter is not None and [(a.filename, a.content) for a in mail.attachments] == [(letter.filename, letter.pdf)]
    assert mail.subject.startswith("Décompte de créance du Département du Rhône — réf. ")
    shown = ShowCreance(uow, PAYING).execute(ShowCreanceQuery(creance_id=case.id, collectivites=("69",))).unwrap()
    assert shown.decompte == letter and [m.sent_at for m in shown.decompte_mail] == [clock.now()]


def test_without_the_collectivites_payment_account_no_decompte_is_sent_and_the_agent_is_told_who_configures_what(
        uow: FakeUnitOfWork, clock: FakeClock, renderer: FakeLetterRenderer, case: Creance) -> None:
    """A décompte reached a notary saying « Coordonnées de paiement à configurer », after a confirmation page that
    warned of nothing (an acceptance test): refused up front, on the case's page, in the preview and in the send."""
    unconfigured = FolderProfiles(None)
    shown = ShowCreance(uow, unconfigured).execute(ShowCreanceQuery(creance_id=case.id, collectivites=("69",)))
    refusal = shown.unwrap().cannot_notify
    assert refusal is not None and refusal.startswith(
        "Le décompte ne peut pas être envoyé : aucun compte de paiement n'est configuré pour le Département du Rhône")
    assert ("section [payment] du fichier collectivite.toml de la collectivité, dossier NOTAIRES_CONFIG_DIR/69/"
            in refusal)
    commits = uow.commits
    for preview in (True, False):
        assert notify(uow, clock, renderer, unconfigured, preview=preview) == Failure(InvalidInput(refusal))
    assert uow.creances.get(case.id) == case and uow.commits == commits and renderer.rendered == []
    assert uow.outbox.messages == {} and uow.decomptes.items == {} and uow.audit.entries == []
    paying = ShowCreance(uow, PAYING).execute(ShowCreanceQuery(creance_id=case.id, collectivites=("69",)))
    assert paying.unwrap().cannot_notify is None


def test_the_decompte_sent_gives_the_account_to_pay(uow: FakeUnitOfWork, clock: FakeClock,
                                                    renderer: FakeLetterRenderer, case: Creance) -> None:
    notify(uow, clock, renderer)
    [content] = renderer.rendered
    assert content.profile.payment == ACCOUNT


def test_a_case_whose_rules_changed_says_so_on_its_page_before_the_agent_asks_to_send_it(
        uow: FakeUnitOfWork, case: Creance) -> None:
    uow.creances.save(replace(case, amount_claimed=D("1.00")))
    shown = ShowCreance(uow, PAYING).execute(ShowCreanceQuery(creance_id=case.id, collectivites=("69",))).unwrap()
    assert shown.cannot_notify is not None and shown.cannot_notify.startswith("Les règles de récupération ont changé")
