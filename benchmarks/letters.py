"""Letters and mail: render time per letter (warm) and outbox delivery throughput over real SMTP.

    .venv/bin/python -m benchmarks.letters
"""

import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

from domain.collectivite import Collectivite
from domain.decision import Decision, MatchEvidence
from domain.identity import DeceasedIdentity
from domain.letters import LetterContent, LetterKind, StoredLetter
from domain.office import NotarialOffice
from domain.outbox import MessageKind, OutboxMessage
from domain.outcome import Outcome
from domain.search import SearchRequest
from domain.user import Role, User
from infrastructure.clock import SystemClock
from infrastructure.letters.profiles import FolderProfiles
from infrastructure.letters.renderer import WeasyPrintRenderer
from infrastructure.mail.smtp import SmtpMailer, SmtpServer
from infrastructure.settings import Settings
from interfaces.bootstrap import bootstrap

IDENTITY = DeceasedIdentity(last_name="Martin", birth_name="Durand", first_names="Jeanne Marie",
                            birth_date=date(1931, 4, 12), death_date=date(2024, 1, 5), death_place="Lyon")


def _content(profiles: FolderProfiles, outcome: Outcome) -> LetterContent:
    return LetterContent(kind=LetterKind.ANSWER, outcome=outcome, reference="2026-000042", dated=date(2026, 11, 26),
                         identity=IDENTITY, office_name="Office notarial de Bellecour",
                         office_email="office@notaires.example",
                         profile=profiles.profile(Collectivite(code="69", name="Département du Rhône")))


def bench_render(rounds: int = 20) -> tuple[float, float, float]:
    """Median and p95 wall time, and median CPU time (steadier on a shared machine), in ms per letter."""
    profiles = FolderProfiles(None)
    renderer = WeasyPrintRenderer(profiles)
    letters = [_content(profiles, outcome) for outcome in Outcome]
    for letter in letters:  # warm-up: fonts, templates, images
        renderer.render(letter)
    timings, cpu = [], []
    for _ in range(rounds):
        for letter in letters:
            start, start_cpu = time.perf_counter(), time.thread_time()
            renderer.render(letter)
            timings.append((time.perf_counter() - start) * 1000)
            cpu.append((time.thread_time() - start_cpu) * 1000)
    return statistics.median(timings), statistics.quantiles(timings, n=20)[18], statistics.median(cpu)


@contextmanager
def _mail_server() -> Iterator[int]:
    """A real SMTP server (aiosmtpd, discarding mail) in its own process, so it does not share our GIL."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-c", "aiosmtpd.handlers.Sink",
                               "-l", f"127.0.0.1:{port}"])
    try:
        deadline = time.monotonic() + 30
        while True:  # readiness wait
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


def bench_delivery(count: int = 300) -> float:
    with _mail_server() as port:
        return _deliver(count, port)


def _deliver(count: int, port: int) -> float:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(database_url=f"sqlite:///{Path(folder) / 'bench.db'}")
        services = bootstrap(settings, mailer=SmtpMailer(SmtpServer(host="127.0.0.1", port=port)))
        now = SystemClock().now()
        request = SearchRequest(id=str(uuid.uuid4()), reference="2026-000001", identity=IDENTITY, crpcen="69001",
                                user_id="u1", at=now)
        decision = Decision(id=str(uuid.uuid4()), request_id=request.id, collectivite="69", outcome=Outcome.UNKNOWN,
                            iodas_id=None, evidence=MatchEvidence(reason="bench"), decided_at=now)
        pdf = WeasyPrintRenderer(FolderProfiles(None)).render(_content(FolderProfiles(None), Outcome.UNKNOWN))
        with services.uow() as uow:
            uow.offices.save(NotarialOffice(crpcen="69001", name="Étude", email="e@x.example",
                                            collectivites=frozenset({"69"})))
            uow.users.add(User(id="u1", email="u@x.example", role=Role.NOTARY, password_hash="", crpcen="69001"))
            uow.requests.add(request, [decision])
            uow.letters.add(StoredLetter(decision_id=decision.id, request_id=request.id, collectivite="69",
                                         kind=LetterKind.ANSWER, filename="reponse.pdf", pdf=pdf, created_at=now))
            template = OutboxMessage(id="", message_id="", kind=MessageKind.LETTER, request_id=request.id,
                                     decision_id=decision.id, sender="notaires@x.example",
                                     recipients=("office@notaires.example",), subject="Réponse", body="Maître,",
                                     attach_letter=True, created_at=now, next_attempt_at=now)
            for n in range(count):
                uow.outbox.add(replace(template, id=str(uuid.uuid4()), message_id=f"<{n}.bench@x.example>"))
            uow.commit()
        start = time.perf_counter()
        report = services.deliver_outbox.execute(max_messages=count)
        elapsed = time.perf_counter() - start
        services.engine.dispose()
    assert report.sent == count, report
    return count / elapsed


def main() -> None:
    median, p95, cpu = bench_render()
    print(f"letters: render (warm, one A4 PDF/A page): median {median:.1f} ms, p95 {p95:.1f} ms per letter "
          f"(CPU {cpu:.1f} ms)")
    rate = bench_delivery()
    print(f"outbox: delivery over SMTP on loopback, one PDF letter attached: {rate:.0f} messages/s")


if __name__ == "__main__":
    main()
