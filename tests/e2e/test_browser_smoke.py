"""The browser harness itself works: Chromium starts, serves our page, axe runs."""

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser

from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.support.browser import chromium, serious_violations
from tests.support.server import live_server


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as b:
        yield b


@pytest.mark.browser
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_the_health_page_loads_in_chromium(browser: Browser, services: Services) -> None:
    with live_server(create_app(services)) as url:
        page = browser.new_page()
        page.goto(f"{url}/healthz")
        assert "ok" in page.content()
        assert isinstance(serious_violations(page), list)
        page.close()
