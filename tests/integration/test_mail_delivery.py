"""Real SMTP (aiosmtpd), real PDFs read back: recipients, attachment, identity, no candidate data, and
delivery that survives a mail server that is down, and two dispatchers at once."""

import threading
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

import pytest
from returns.result import Success

from application.letters.deliver import DeliverOutbox
from application.ports.mailer import OutgoingMail
from application.search_deceased import SearchAnswer, SearchDeceasedCommand
from application.testing.fakes import FakeClock
from domain.outbox import MessageKind, MessageStatus, OutboxMessage
from infrastructure.mail.smtp import SmtpMailer, SmtpServer
from interfaces.bootstrap import Services
from tests.conftest import make_services
from tests.support.builders import form
from tests.support.letters_world import OFFICE_EMAIL, SERVICE_EMAIL, populate
from tests.support.smtp import SmtpSink, self_signed


class CountingMailer(SmtpMailer):
    def __init__(self, server: SmtpServer) -> None:
        super().__init__(server, timeout=5)
        self.calls = 0

    def send(self, mail: OutgoingMail) -> None:
        self.calls += 1
        super().send(mail)


@pytest.fixture
def sink() -> Iterator[SmtpSink]:
    sink = SmtpSink().start()
    yield sink
    sink.stop()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def mailer(sink: SmtpSink) -> CountingMailer:
    return CountingMailer(SmtpServer.from_url(sink.url))


@pytest.fixture
def world(sqlite_url: str, mailer: CountingMailer, clock: FakeClock, tmp_path: Path) -> Iterator[tuple[Services, str]]:
    services = make_services(sqlite_url, mailer=mailer, clock=clock)
    yield services, populate(services, tmp_path)
    services.engine.dispose()


def search(services: Services, clerk: str, **changes: object) -> SearchAnswer:
    result = services.search.execute(SearchDeceasedCommand(user_id=clerk, form=form(**changes)))
    assert isinstance(result, Success)
    answer: SearchAnswer = result.unwrap()
    return answer


def queued(services: Services, request_id: str) -> list[OutboxMessage]:
    with services.uow() as uow:
        return list(uow.outbox.for_request(request_id))


def test_a_recoverable_aid_reaches_the_office_the_service_and_the_maison(world: tuple[Services, str],
                                                                        sink: SmtpSink) -> None:
    services, clerk = world
    answer = search(services, clerk)  # typed "Jeanne"; the file found says "JEANNE MARIE", IODAS 9001, MDR01
    assert services.deliver_outbox.execute().sent == 2
    [to_office] = sink.to(OFFICE_EMAIL)
    [notice] = sink.to(SERVICE_EMAIL)
    assert to_office.rcpt_tos == (OFFICE_EMAIL,)
    assert notice.rcpt_tos == (SERVICE_EMAIL, "mdr01@rhone.example")
    assert to_office.mail_from == "notaires@collectivite-69.example"
    stored = {m.message_id for m in queued(services, answer.request.id)}
    assert {to_office.message_id, notice.message_id} == stored
    letter = " ".join(to_office.pdf_text().split())
    for typed in ("MARTIN", "DURAND", "Jeanne", "12/04/1931", "05/01/2024", "Lyon", answer.request.reference,
                  "entend faire valoir sa créance", "Signataire à configurer"):
        assert typed in letter, typed
    office_copy = letter + to_office.body()
    for candidate_data in ("9001", "MARIE", "MDR01", "Maison du Rhône"):
        assert candidate_data not in office_copy, candidate_data
    assert "9001" in notice.body()


def test_an_ambiguous_answer_tells_the_maisons_of_every_candidate(world: tuple[Services, str],
                                                                  sink: SmtpSink) -> None:
    services, clerk = world
    search(services, clerk, last_name="Petit", birth_name=None, first_names="Louis", birth_date=date(1940, 2, 20))
    services.deliver_outbox.execute()
    [notice] = sink.to(SERVICE_EMAIL)
    assert set(notice.rcpt_tos) == {SERVICE_EMAIL, "mdr01@rhone.example", "mdr03@rhone.example"}
    [to_office] = sink.to(OFFICE_EMAIL)
    letter = to_office.pdf_text()
    assert "en cours d'examen" in " ".join(letter.split()) and "9003" not in letter and "9004" not in letter


def test_a_mail_server_down_during_a_search_never_delays_the_answer_nor_loses_the_mail(
        world: tuple[Services, str], sink: SmtpSink, mailer: CountingMailer, clock: FakeClock) -> None:
    services, clerk = world
    sink.stop()
    answer = search(services, clerk, last_name="Inconnu", birth_name=None, birth_date=date(1950, 1, 1))
    assert mailer.calls == 0  # the search itself never talks to the mail server
    assert services.deliver_outbox.execute().retried == 1
    [waiting] = queued(services, answer.request.id)
    assert waiting.status is MessageStatus.PENDING and "injoignable" in (waiting.last_error or "")
    sink.start()
    assert services.deliver_outbox.execute().sent == 0  # backing off: not due before one second
    clock.advance(timedelta(seconds=1))
    assert services.deliver_outbox.execute().sent == 1
    clock.advance(timedelta(minutes=10))
    assert services.deliver_outbox.execute().sent == 0
    [received] = sink.wait_for(1)
    assert received.message_id == waiting.message_id and len(sink.received) == 1


def test_a_connection_the_mail_server_dropped_is_replaced_before_the_next_message(
        world: tuple[Services, str], sink: SmtpSink) -> None:
    services, clerk = world
    search(services, clerk, last_name="Inconnu", birth_name=None, birth_date=date(1950, 1, 1))
    assert services.deliver_outbox.execute().sent == 1
    sink.stop()  # the server restarts: the connection kept open is dead
    sink.start()
    search(services, clerk, last_name="Autre", birth_name=None, birth_date=date(1951, 1, 1))
    assert services.deliver_outbox.execute().sent == 1
    assert len(sink.wait_for(2)) == 2


def _messages(count: int, request_id: str, clock: FakeClock) -> list[OutboxMessage]:
    return [OutboxMessage(id=f"m{n:03d}", message_id=f"<m{n:03d}@collectivite-69.example>", kind=MessageKind.LETTER,
                          request_id=request_id, decision_id=None, sender="notaires@collectivite-69.example",
                          recipients=(OFFICE_EMAIL,), subject=f"Message {n}", body="Corps", attach_letter=False,
                          created_at=clock.now(), next_attempt_at=clock.now()) for n in range(count)]


def test_two_dispatchers_never_send_the_same_message_twice(database_url: str, sink: SmtpSink, tmp_path: Path) -> None:
    clock = FakeClock()
    services = make_services(database_url, clock=clock, mailer=SmtpMailer(SmtpServer.from_url(sink.url)))
    clerk = populate(services, tmp_path)
    answer = search(services, clerk, last_name="Inconnu", birth_name=None, birth_date=date(1950, 1, 1))
    with services.uow() as uow:
        for message in _messages(40, answer.request.id, clock):
            uow.outbox.add(message)
        uow.commit()
    mailer = SmtpMailer(SmtpServer.from_url(sink.url))
    dispatchers = [DeliverOutbox(services.uow, mailer, clock, batch=3) for _ in range(2)]
    start = threading.Barrier(2)
    reports = []

    def run(dispatcher: DeliverOutbox) -> None:
        start.wait()
        reports.append(dispatcher.execute())

    threads = [threading.Thread(target=run, args=(d,)) for d in dispatchers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    received = sink.wait_for(41)
    ids = [r.message_id for r in received]
    assert len(ids) == len(set(ids)) == 41
    assert len(reports) == 2 and sum(r.sent for r in reports) == 41
    with services.uow() as uow:
        assert uow.outbox.counts()[MessageStatus.SENT] == 41
    services.engine.dispose()


@pytest.mark.parametrize("tls", ["smtps", "starttls"])
def test_a_letter_reaches_a_mail_server_over_tls_with_its_password(
        tls: Literal["smtps", "starttls"], sqlite_url: str, clock: FakeClock, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """smtps:// (TLS from the first byte) or ?starttls=1: the letter, its answer and the password go encrypted."""
    certificate = self_signed(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))  # the mailer checks the server's certificate
    sink = SmtpSink(tls=tls, certificate=certificate, user="robot", password="s3cret").start()
    try:
        services = make_services(sqlite_url, clock=clock, mailer=SmtpMailer(SmtpServer.from_url(sink.url), timeout=5))
        clerk = populate(services, tmp_path)
        search(services, clerk)
        assert services.deliver_outbox.execute().sent == 2
        [to_office] = sink.to(OFFICE_EMAIL)
        assert "entend faire valoir sa créance" in to_office.pdf_text() and sink.signed_in == ["robot"]
        services.engine.dispose()
    finally:
        sink.stop()


def test_a_mail_server_whose_certificate_is_not_trusted_gets_no_letter(sqlite_url: str, clock: FakeClock,
                                                                        tmp_path: Path) -> None:
    sink = SmtpSink(tls="smtps", certificate=self_signed(tmp_path), user="robot", password="s3cret").start()
    try:
        services = make_services(sqlite_url, clock=clock, mailer=SmtpMailer(SmtpServer.from_url(sink.url), timeout=5))
        search(services, populate(services, tmp_path))
        assert services.deliver_outbox.execute().sent == 0
        assert sink.received == [] and sink.signed_in == []
        services.engine.dispose()
    finally:
        sink.stop()
