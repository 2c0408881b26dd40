"""At 320 px wide (400 % zoom), only a table scrolls sideways, never the page (WCAG 1.4.10)."""

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone

import pytest
from playwright.sync_api import Browser, Page, ViewportSize

from application.accept_terms import AcceptTermsCommand
from application.search_deceased import SearchDeceasedCommand
from domain.outbox import MessageKind, MessageStatus, OutboxMessage
from interfaces.cli.demo_data import DEMO_PASSWORD
from tests.e2e.notary_site import OFFICE_1, Site, demo_site, log_in
from tests.support.browser import chromium
from tests.support.builders import form

pytestmark = pytest.mark.browser
PHONE = ViewportSize(width=320, height=640)
AGENT_PAGES = ("/admin/", "/admin/doutes", "/admin/creances", "/admin/deces", "/admin/statistiques")
ADMIN_PAGES = ("/admin/administration", "/admin/administration/imports", "/admin/administration/comptes",
               "/admin/administration/etudes", "/admin/administration/etudes/69001", "/admin/administration/maisons",
               "/admin/administration/aides", "/admin/administration/jetons", "/admin/administration/journal")


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def site(request: pytest.FixtureRequest) -> Iterator[Site]:
    """The demo, with a known answer, a doubt (the two PETIT Louis), a mail the server refused and a token."""
    with demo_site(request) as s:
        services = s.services
        with services.uow() as uow:
            clerk = uow.users.by_email(OFFICE_1)
        assert clerk is not None
        services.accept_terms.execute(AcceptTermsCommand(user_id=clerk.id))
        for last, first, born in (("Martin", "Jeanne", date(1931, 4, 12)), ("Petit", "Louis", date(1940, 2, 20))):
            services.search.execute(SearchDeceasedCommand(user_id=clerk.id, form=form(
                last_name=last, birth_name=None, first_names=first, birth_date=born))).unwrap()
        at = datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)
        with services.uow() as uow:
            request_id = uow.doubts.waiting(["69"])[0].request.id
            uow.outbox.add(OutboxMessage(
                id="m1", message_id="<m1@cd69.example>", kind=MessageKind.LETTER, request_id=request_id,
                decision_id=None, sender="notaires@cd69.example",
                recipients=("une.adresse.tres.longue.pour.un.office.notarial@notaires-du-rhone.example",),
                subject="Réponse", body="…", attach_letter=False, created_at=at, status=MessageStatus.PENDING,
                attempts=3, next_attempt_at=at + timedelta(minutes=1),
                last_error="serveur de messagerie injoignable : [Errno 111] Connection refused"))
            uow.commit()
        yield s


def _admin(browser: Browser, site: Site, email: str) -> Page:
    page = browser.new_context(base_url=site.url, viewport=PHONE).new_page()
    page.goto("/admin/connexion")
    page.get_by_label("Adresse électronique").fill(email)
    page.get_by_label("Mot de passe").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.get_by_role("button", name="Se déconnecter").wait_for()
    return page


def _page_width(page: Page, path: str) -> int:
    page.goto(path)
    width: int = page.evaluate("document.documentElement.scrollWidth")
    return width


def _first_link(page: Page, path: str, selector: str) -> str:
    page.goto(path)
    href = page.locator(selector).first.get_attribute("href")
    assert href, f"no link {selector} in {path}"
    return href


def test_no_agent_page_scrolls_sideways_at_320_px(browser: Browser, site: Site) -> None:
    page = _admin(browser, site, "agent@demo.example")
    doubt = _first_link(page, "/admin/doutes", "a[href*='/admin/doutes/']")
    widths = {path: _page_width(page, path) for path in (*AGENT_PAGES, doubt)}
    assert widths == {path: 320 for path in widths}


def test_no_administration_page_scrolls_sideways_at_320_px(browser: Browser, site: Site) -> None:
    page = _admin(browser, site, "admin@demo.example")
    report = _first_link(page, "/admin/administration/imports", "a[href*='/administration/imports/']")
    widths = {path: _page_width(page, path) for path in (*ADMIN_PAGES, report)}
    assert widths == {path: 320 for path in widths}


def test_the_notary_history_does_not_scroll_sideways_at_320_px(browser: Browser, site: Site) -> None:
    page = browser.new_context(base_url=site.url, viewport=PHONE).new_page()
    log_in(page, OFFICE_1)
    page.wait_for_url(f"{site.url}/")
    page.goto("/historique")
    page.locator("#historique tbody tr").first.wait_for()
    assert page.evaluate("document.documentElement.scrollWidth") == 320
