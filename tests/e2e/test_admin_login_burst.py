"""The back-office's sign-in over real HTTP, wrong passwords sent at the same moment: no more password checks than
the slow-down and the lock allow, the office told once by e-mail, and the per-IP limit of the GraphQL sign-in."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from application.testing.fakes import FakeClock
from domain.user import Role
from infrastructure.mail.smtp import SmtpMailer, SmtpServer
from infrastructure.settings import Settings, parse_collectivites
from interfaces.bootstrap import Services, bootstrap
from interfaces.web import create_app
from tests.conftest import TEST_COLLECTIVITES, fast_hasher
from tests.support.admin import account, csrf_of, with_office
from tests.support.bursts import BurstGate, TickingClock, at_once
from tests.support.server import live_server
from tests.support.smtp import SmtpSink

SIZE = 10
AGENT, CLERK = "agent@cd69.example", "clerc@etude.example"


@pytest.fixture
def smtp() -> Iterator[SmtpSink]:
    sink = SmtpSink().start()
    yield sink
    sink.stop()


@contextmanager
def _served(tmp_path: Path, clock: FakeClock, smtp: SmtpSink,
            gate: BurstGate | None = None) -> Iterator[tuple[str, Services]]:
    settings = Settings(database_url=f"sqlite:///{tmp_path}/burst.db", dev=True, outbox_in_server=False,
                        collectivites=parse_collectivites(TEST_COLLECTIVITES))
    mailer = SmtpMailer(SmtpServer.from_url(smtp.url))
    services = bootstrap(settings, hasher=gate or fast_hasher(), clock=clock, mailer=mailer)
    with_office(services)
    account(services, AGENT, Role.AGENT)
    account(services, CLERK, Role.NOTARY, collectivite=None, crpcen="69001")
    with live_server(create_app(services)) as url:
        yield url, services
    services.engine.dispose()


def _sign_in(url: str, email: str, password: str, gate: BurstGate | None = None) -> Callable[[], httpx.Response]:
    """A browser's sign-in: the form first (its nonce cookie), then the post, sent when `run` is called."""
    client = httpx.Client(base_url=url, timeout=60)
    nonce = csrf_of(client.get("/admin/connexion").text)

    def run() -> httpx.Response:
        try:
            return client.post("/admin/connexion", data={"email": email, "password": password, "csrf": nonce})
        finally:
            client.close()
            if gate:
                gate.answered()
    return run


def _told(responses: list[httpx.Response], words: str) -> int:
    return sum(words in r.text for r in responses)


def test_a_burst_of_wrong_passwords_gets_two_checks_then_must_wait(tmp_path: Path, smtp: SmtpSink) -> None:
    gate = BurstGate(fast_hasher(), SIZE)
    with _served(tmp_path, FakeClock(), smtp, gate) as (url, _):
        answers = at_once([_sign_in(url, AGENT, f"mauvais-{i}", gate) for i in range(SIZE)])
    assert gate.checks == 2
    assert _told(answers, "Adresse électronique ou mot de passe incorrect") == 2
    assert _told(answers, "Plusieurs tentatives de connexion ont échoué : patientez") == SIZE - 2


def test_a_burst_on_a_clerks_address_locks_it_after_five_checks_and_tells_the_office_once(
        tmp_path: Path, smtp: SmtpSink) -> None:
    gate = BurstGate(fast_hasher(), SIZE)
    with _served(tmp_path, TickingClock(), smtp, gate) as (url, services):
        answers = at_once([_sign_in(url, CLERK, f"mauvais-{i}", gate) for i in range(SIZE)])
        with services.uow() as uow:
            locked = [e for e in uow.audit.recent(100, action_prefix="login") if e.action == "login.locked"]
    assert gate.checks == 5
    assert _told(answers, "ce compte est verrouillé jusqu") == SIZE - 4
    # Each notice leaves before its answer: every answer is in, so is every notice there will ever be.
    assert [(m.rcpt_tos, "clerc@etude.example" in m.body()) for m in smtp.received] == [
        (("etude@notaires.example",), True)]
    assert len(locked) == 1 and locked[0].details["mail"] == "envoyé"


def test_the_back_office_sign_in_counts_the_attempts_of_an_ip_address(tmp_path: Path, smtp: SmtpSink) -> None:
    with _served(tmp_path, FakeClock(), smtp) as (url, _):
        answers = [_sign_in(url, f"personne-{i}@cd69.example", "mauvais")() for i in range(31)]
    assert [a.status_code for a in answers[:30]] == [401] * 30
    assert answers[30].status_code == 429
    assert "Trop de tentatives de connexion en peu de temps" in answers[30].text
