"""The monitoring probe: it answers for the database, not only for the process."""

import asyncio
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from returns.result import Success
from sqlalchemy import create_engine
from starlette.requests import Request

from application.import_beneficiaries import ImportBeneficiariesCommand, ParsedExtract
from application.testing.fakes import FakeClock
from interfaces.health import extracts_health, health
from tests.conftest import make_services
from tests.support.builders import person


def test_the_probe_says_whether_the_database_answers(sqlite_url: str) -> None:
    services = make_services(sqlite_url)
    request = Request({"type": "http", "method": "GET", "path": "/healthz", "headers": []})
    assert asyncio.run(health(services)(request)).status_code == 200
    broken = replace(services, engine=create_engine("postgresql+psycopg://nobody@127.0.0.1:1/notaires"))
    down = asyncio.run(health(broken)(request))
    assert down.status_code == 503
    assert "base de données injoignable" in bytes(down.body).decode()


def test_the_extracts_probe_raises_the_alarm_until_the_first_load_and_again_when_the_nightly_load_stops(
        sqlite_url: str) -> None:
    clock = FakeClock(datetime(2026, 11, 30, 6, 0, tzinfo=UTC))
    services = make_services(sqlite_url, clock=clock)
    probe = extracts_health(services)
    request = Request({"type": "http", "method": "GET", "path": "/healthz/extraits", "headers": []})

    def check() -> tuple[int, dict[str, Any]]:
        answer = asyncio.run(probe(request))
        return answer.status_code, json.loads(bytes(answer.body))

    status, body = check()
    assert status == 503 and body["status"] == "périmé"
    assert [(e["collectivite"], e["charge_le"], e["a_jour"]) for e in body["extraits"]] == [
        ("69", None, False), ("69M", None, False)]
    assert body["raison"] == "extraction IODAS jamais chargée : Département du Rhône, Métropole de Lyon"
    for code in ("69", "69M"):
        extract = ParsedExtract(rows_read=1, beneficiaries=[person(iodas_id="1", collectivite=code)], rejected=())
        assert isinstance(services.import_beneficiaries.execute(
            ImportBeneficiariesCommand(collectivite=code, extract=extract)), Success)
        clock.advance(timedelta(hours=1))
    clock.advance(timedelta(hours=29))
    status, body = check()
    assert status == 200 and body["status"] == "ok" and "raison" not in body
    assert body["extraits"][0] == {"collectivite": "69", "nom": "Département du Rhône",
                                   "charge_le": "2026-11-30T06:00:00+00:00", "age_heures": 31.0, "personnes": 1,
                                   "a_jour": True}
    clock.advance(timedelta(hours=5, minutes=30))
    status, body = check()
    assert status == 503 and [e["a_jour"] for e in body["extraits"]] == [False, True]
    assert body["raison"] == "extraction IODAS non chargée depuis plus de 36 h : Département du Rhône"
