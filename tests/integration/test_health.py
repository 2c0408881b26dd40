"""The monitoring probe: it answers for the database, not only for the process."""

import asyncio
from dataclasses import replace

from sqlalchemy import create_engine
from starlette.requests import Request

from interfaces.web import health
from tests.conftest import make_services


def test_the_probe_says_whether_the_database_answers(sqlite_url: str) -> None:
    services = make_services(sqlite_url)
    request = Request({"type": "http", "method": "GET", "path": "/healthz", "headers": []})
    assert asyncio.run(health(services)(request)).status_code == 200
    broken = replace(services, engine=create_engine("postgresql+psycopg://nobody@127.0.0.1:1/notaires"))
    down = asyncio.run(health(broken)(request))
    assert down.status_code == 503
    assert "base de données injoignable" in bytes(down.body).decode()
