"""Requests for a host the service was not published under are refused in French, and the operator is told why."""

import logging

import anyio
import httpx
import pytest
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from interfaces.security_headers import TrustedHosts


def _get(host: str, *allowed: str) -> httpx.Response:
    async def hello(_: object) -> PlainTextResponse:
        return PlainTextResponse("bonjour")

    app = Starlette(routes=[Route("/", hello)], middleware=[Middleware(TrustedHosts, allowed=allowed)])

    async def get() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver") as client:
            return await client.get("/", headers={"host": host})
    return anyio.run(get)


@pytest.mark.parametrize("host", ["notaires.rhone.fr", "NOTAIRES.rhone.fr:8443", "extranet.grandlyon.fr", "[::1]:8000"])
def test_the_published_hosts_are_served(host: str) -> None:
    assert _get(host, "notaires.rhone.fr", "*.grandlyon.fr", "[::1]").text == "bonjour"


@pytest.mark.parametrize("host", ["evil.example", "notaires.rhone.fr.evil.example", "grandlyon.fr.evil", "", "[::2]"])
def test_another_host_is_refused_in_french_and_logged_for_the_operator(
        host: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        response = _get(host, "notaires.rhone.fr", "*.grandlyon.fr", "[::1]")
    assert response.status_code == 400
    assert "Adresse non reconnue" in response.text and "Invalid" not in response.text
    assert "NOTAIRES_ALLOWED_HOSTS" in caplog.text
