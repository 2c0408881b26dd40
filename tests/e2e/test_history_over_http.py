"""The office's history and the terms over real HTTP GraphQL: an office never sees another's requests."""

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from interfaces.cli.demo_data import DEMO_PASSWORD
from tests.e2e.notary_site import OFFICE_1, OFFICE_2, Site, demo_site
from tests.support.graphql import SEARCH, GraphQLClient

HISTORY = """
query($first: Int!, $after: String) {
  myRequests(first: $first, after: $after) {
    __typename
    ... on RequestPage { hasNextPage endCursor items { requestId reference status doubtResolved lastName letterUrl } }
    ... on NotAuthenticated { message }
  }
}
"""
JEANNE = {"lastName": "Martin", "firstNames": "Jeanne", "birthDate": "1931-04-12", "deathDate": "2026-01-05",
          "deathPlace": "Lyon"}


@pytest.fixture(scope="module")
def site(request: pytest.FixtureRequest) -> Iterator[Site]:
    with demo_site(request) as s:
        yield s


@pytest.fixture
def office(site: Site) -> Iterator[GraphQLClient]:
    client = GraphQLClient(site.url)
    client.login(OFFICE_1, DEMO_PASSWORD)
    yield client
    client.close()


@pytest.fixture
def other_office(site: Site) -> Iterator[GraphQLClient]:
    client = GraphQLClient(site.url)
    client.login(OFFICE_2, DEMO_PASSWORD)
    yield client
    client.close()


def _page(client: GraphQLClient, first: int = 20, after: str | None = None) -> dict[str, Any]:
    page: dict[str, Any] = client(HISTORY, first=first, after=after)["data"]["myRequests"]
    return page


def test_an_office_sees_its_own_request_and_letter_and_another_office_neither(
    site: Site, office: GraphQLClient, other_office: GraphQLClient
) -> None:
    answer = office(SEARCH, input=JEANNE)["data"]["searchDeceased"]
    mine = _page(office)["items"]
    assert answer["requestId"] in [r["requestId"] for r in mine]
    found = next(r for r in mine if r["requestId"] == answer["requestId"])
    assert (found["status"], found["doubtResolved"]) == ("RECOVERABLE_AID", False)
    assert found["letterUrl"] == f"/lettres/{answer['requestId']}.pdf"
    theirs = _page(other_office)
    assert answer["requestId"] not in [r["requestId"] for r in theirs["items"]]
    assert answer["reference"] not in [r["reference"] for r in theirs["items"]]
    with httpx.Client(base_url=site.url) as http:
        own = http.get(found["letterUrl"], headers={"authorization": f"Bearer {office.token}"})
        guessed = http.get(found["letterUrl"], headers={"authorization": f"Bearer {other_office.token}"})
    assert own.status_code == 200 and own.content.startswith(b"%PDF")
    assert guessed.status_code == 404 and not guessed.content.startswith(b"%PDF")


def test_the_history_is_read_page_by_page_with_the_cursor(office: GraphQLClient) -> None:
    for name in ("Premier", "Second"):
        office(SEARCH, input={**JEANNE, "lastName": name})
    first = _page(office, first=1)
    second = _page(office, first=1, after=first["endCursor"])
    assert first["hasNextPage"] and first["items"][0]["lastName"] == "Second"
    assert second["items"][0]["lastName"] == "Premier"


@pytest.mark.parametrize("offset", [10**20, -5, "9" * 5000])
def test_a_forged_cursor_reads_a_page_and_fails_nothing(office: GraphQLClient, offset: object) -> None:
    """An offset of 10^20 crashed in SQLite (« Python int too large »), a masked error and a traceback logged."""
    cursor = base64.urlsafe_b64encode(f"o:{offset}".encode()).decode()
    page = office(HISTORY, first=5, after=cursor)
    assert "errors" not in page and page["data"]["myRequests"]["__typename"] == "RequestPage"


def test_without_a_session_the_history_is_refused(site: Site) -> None:
    anonymous = GraphQLClient(site.url)
    assert _page(anonymous)["__typename"] == "NotAuthenticated"
    anonymous.close()


def test_the_terms_are_accepted_once_and_me_says_when(site: Site) -> None:
    client = GraphQLClient(site.url)
    client.login("agent@demo.example", DEMO_PASSWORD)
    assert client("{ me { termsAcceptedAt } }")["data"]["me"]["termsAcceptedAt"] is None
    accepted = client("mutation { acceptTerms { __typename ... on TermsAccepted { version acceptedAt } } }")
    assert accepted["data"]["acceptTerms"]["__typename"] == "TermsAccepted"
    assert client("{ me { termsAcceptedAt } }")["data"]["me"]["termsAcceptedAt"] == \
        accepted["data"]["acceptTerms"]["acceptedAt"]
    client.close()


def test_the_history_narrowed_to_a_surname_or_a_reference_in_the_database(office: GraphQLClient) -> None:
    """The SQL store's filter, as the clerk's « Retrouver une demande » uses it: case aside, a part is enough;
    « % » and « _ » are letters there, not wildcards."""
    query = """query($s: String) { myRequests(first: 100, search: $s) { __typename
        ... on RequestPage { items { reference lastName } } } }"""
    answer = office(SEARCH, input={**JEANNE, "lastName": "Vercingétorix"})["data"]["searchDeceased"]
    found = office(query, s="VERCING")["data"]["myRequests"]["items"]
    assert [r["reference"] for r in found] == [answer["reference"]]
    assert office(query, s=answer["reference"][-4:])["data"]["myRequests"]["items"][0]["reference"] == \
        answer["reference"]
    assert office(query, s="%")["data"]["myRequests"]["items"] == []
    assert len(office(query, s=None)["data"]["myRequests"]["items"]) > 1
