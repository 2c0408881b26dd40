"""`notaires serve` delivers mail by itself (lifespan dispatcher), and an office downloads its letter again."""

from collections.abc import Iterator
from datetime import timedelta
from io import BytesIO
from pathlib import Path

import httpx
import pytest
from pypdf import PdfReader

from infrastructure.settings import Settings, parse_collectivites
from interfaces.bootstrap import Services, bootstrap
from interfaces.web import create_app
from tests.conftest import TEST_COLLECTIVITES, fast_hasher
from tests.support.graphql import SEARCH, GraphQLClient
from tests.support.letters_world import OFFICE_EMAIL, PASSWORD, populate
from tests.support.server import live_server
from tests.support.smtp import SmtpSink

UNKNOWN_PERSON = {"lastName": "Inconnu", "firstNames": "Paul", "birthDate": "1950-01-01", "deathDate": "2024-01-05",
                  "deathPlace": "Lyon"}


@pytest.fixture(scope="module")
def sink() -> Iterator[SmtpSink]:
    sink = SmtpSink().start()
    yield sink
    sink.stop()


@pytest.fixture(scope="module")
def server(sink: SmtpSink, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Services]]:
    folder = tmp_path_factory.mktemp("letters-e2e")
    settings = Settings(database_url=f"sqlite:///{folder}/notaires.db", collectivites=parse_collectivites(
        TEST_COLLECTIVITES), smtp_url=sink.url, outbox_poll=timedelta(milliseconds=50))
    services = bootstrap(settings, hasher=fast_hasher())
    populate(services, folder)
    with live_server(create_app(services)) as url:
        yield url, services
    services.engine.dispose()


def test_the_server_mails_the_letter_without_being_asked_to(server: tuple[str, Services], sink: SmtpSink) -> None:
    url, _ = server
    client = GraphQLClient(url)
    client.login("clerk@office.example", PASSWORD)
    answer = client(SEARCH, input=UNKNOWN_PERSON)["data"]["searchDeceased"]
    assert answer["outcome"] == "UNKNOWN"
    [mail] = [r for r in sink.wait_for(1) if OFFICE_EMAIL in r.rcpt_tos]
    assert answer["reference"] in mail.pdf_text()
    client.close()


def test_an_office_downloads_its_own_letter_and_no_one_elses(server: tuple[str, Services]) -> None:
    url, _ = server
    clerk, other = GraphQLClient(url), GraphQLClient(url)
    clerk.login("clerk@office.example", PASSWORD)
    other.login("other@office.example", PASSWORD)
    request_id = clerk(SEARCH, input=UNKNOWN_PERSON)["data"]["searchDeceased"]["requestId"]
    path = f"/lettres/{request_id}.pdf"
    with httpx.Client(base_url=url) as http:
        mine = http.get(path, headers={"authorization": f"Bearer {clerk.token}"})
        assert mine.status_code == 200 and mine.headers["content-type"] == "application/pdf"
        assert "ne fera valoir aucune créance" in " ".join(PdfReader(BytesIO(mine.content)).pages[0].extract_text().split())
        assert http.get(path, headers={"authorization": f"Bearer {other.token}"}).status_code == 404
        assert http.get(path).status_code == 401
        assert http.get("/lettres/nope.pdf", headers={"authorization": f"Bearer {clerk.token}"}).status_code == 404
    clerk.close()
    other.close()
