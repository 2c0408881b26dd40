"""Least privilege over real HTTP: who reads which decisions, requests and statistics."""

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from returns.result import Success

from application.create_api_token import CreateApiTokenCommand
from application.revoke_api_token import RevokeApiTokenCommand
from application.testing.fakes import FakeClock
from domain.api_token import Scope
from infrastructure.settings import Settings, parse_collectivites
from interfaces.bootstrap import Services, bootstrap
from interfaces.web import create_app
from tests.conftest import TEST_COLLECTIVITES, fast_hasher
from tests.support.graphql import SEARCH, GraphQLClient
from tests.support.server import live_server
from tests.support.world import AGENT_69, AGENT_69M, JEANNE, NOTARY_A, NOTARY_B, PASSWORD, PAUL, populate

CLOCK = FakeClock()
DECISIONS = """query($first: Int!, $after: String, $filter: DecisionFilterInput) {
  decisions(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id collectivite outcome status iodasId request { id reference crpcen lastName } } } } }"""
REQUEST = "query($id: ID!) { request(id: $id) { reference crpcen decisions { collectivite outcome iodasId } } }"
HISTORY_LETTERS = """{ myRequests(first: 20) { ... on RequestPage { items { requestId answers { collectivite letterUrl } } } } }"""
STATS = ("query { statistics(period: {start: \"2026-01-01\", end: \"2026-12-31\"}, groupBy: OUTCOME) "
         "{ totalSearches rows { key searches } } }")


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, str, dict[str, str]]]:
    settings = Settings(database_url=f"sqlite:///{tmp_path_factory.mktemp('db')}/access.db", dev=False,
                        collectivites=parse_collectivites(TEST_COLLECTIVITES))
    services = bootstrap(settings, hasher=fast_hasher(), clock=CLOCK)
    populate(services)
    with live_server(create_app(services)) as url:
        ids: dict[str, str] = {}
        for email, who, people in ((NOTARY_A, "a", (JEANNE,)), (NOTARY_B, "b", (JEANNE, PAUL))):
            client = GraphQLClient(url)
            client.login(email, PASSWORD)
            for n, person in enumerate(people):
                ids[f"{who}{n}"] = client(SEARCH, input=person)["data"]["searchDeceased"]["requestId"]
            client.close()
        yield services, url, ids
    services.engine.dispose()


def _client(url: str, email: str | None = None, token: str | None = None) -> GraphQLClient:
    client = GraphQLClient(url, token)
    if email:
        assert client.login(email, PASSWORD)["__typename"] == "LoginSuccess"
    return client


def _token(services: Services, *scopes: Scope, collectivite: str = "69", days: int = 30) -> tuple[str, str]:
    issued = services.create_api_token.execute(CreateApiTokenCommand(
        name="Entrepôt", collectivite=collectivite, scopes=frozenset(scopes), valid_for=timedelta(days=days)))
    assert isinstance(issued, Success)
    return issued.unwrap().secret, issued.unwrap().token.id


def _nodes(body: dict[str, Any]) -> list[dict[str, Any]]:
    return [e["node"] for e in body["data"]["decisions"]["edges"]]


def test_an_agent_sees_only_the_decisions_of_their_collectivite_with_the_evidence(
    world: tuple[Services, str, dict[str, str]],
) -> None:
    _, url, ids = world
    rhone = _nodes(_client(url, AGENT_69)(DECISIONS, first=50))
    assert {n["collectivite"] for n in rhone} == {"69"} and len(rhone) == 3
    assert {n["iodasId"] for n in rhone} == {"9001", None}
    metropole = _nodes(_client(url, AGENT_69M)(DECISIONS, first=50))
    assert sorted((n["iodasId"] or "", n["request"]["id"]) for n in metropole) == [("", ids["b0"]), ("7001", ids["b1"])]
    only_b = _nodes(_client(url, AGENT_69)(DECISIONS, first=50, filter={"office": "69002", "outcomes": ["UNKNOWN"]}))
    assert [(n["request"]["crpcen"], n["outcome"]) for n in only_b] == [("69002", "UNKNOWN")]


def test_pages_follow_the_cursor_and_first_is_capped(world: tuple[Services, str, dict[str, str]]) -> None:
    _, url, _ = world
    agent = _client(url, AGENT_69)
    first = agent(DECISIONS, first=2)["data"]["decisions"]
    assert first["totalCount"] == 3 and first["pageInfo"]["hasNextPage"]
    rest = agent(DECISIONS, first=2, after=first["pageInfo"]["endCursor"])["data"]["decisions"]
    assert len(rest["edges"]) == 1 and not rest["pageInfo"]["hasNextPage"]
    seen = [e["node"]["id"] for e in first["edges"] + rest["edges"]]
    assert len(set(seen)) == 3
    too_many = agent(DECISIONS, first=101)
    assert too_many["errors"][0]["message"] == "« first » doit être compris entre 1 et 100."
    assert "Curseur « after » invalide" in agent(DECISIONS, first=2, after="n'importe quoi")["errors"][0]["message"]


def test_a_notary_cannot_read_decisions_statistics_or_another_offices_request(
    world: tuple[Services, str, dict[str, str]],
) -> None:
    _, url, ids = world
    notary = _client(url, NOTARY_A)
    refused = notary(DECISIONS, first=5)
    assert refused["data"] is None and refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert "réservées aux agents" in refused["errors"][0]["message"]
    assert "réservées aux agents" in notary(STATS)["errors"][0]["message"]
    assert notary(REQUEST, id=ids["b0"])["data"]["request"] is None
    assert notary(REQUEST, id="00000000-0000-0000-0000-000000000000")["data"]["request"] is None
    own = notary(REQUEST, id=ids["a0"])["data"]["request"]
    assert own["crpcen"] == "69001" and own["decisions"] == [
        {"collectivite": "69", "outcome": "RECOVERABLE_AID", "iodasId": None}]


def test_an_agent_reads_a_request_with_only_their_collectivites_answers(
    world: tuple[Services, str, dict[str, str]],
) -> None:
    _, url, ids = world
    request = _client(url, AGENT_69M)(REQUEST, id=ids["b1"])["data"]["request"]
    assert request["decisions"] == [{"collectivite": "69M", "outcome": "RECOVERABLE_AID", "iodasId": "7001"}]
    assert _client(url, AGENT_69M)(REQUEST, id=ids["a0"])["data"]["request"] is None


def test_an_office_of_two_collectivites_fetches_each_ones_letter_and_no_other_office_does(
    world: tuple[Services, str, dict[str, str]],
) -> None:
    _, url, ids = world
    clerk = _client(url, NOTARY_B)
    history = clerk(HISTORY_LETTERS)["data"]["myRequests"]["items"]
    past = next(r for r in history if r["requestId"] == ids["b1"])
    letters = {a["collectivite"]: a["letterUrl"] for a in past["answers"]}
    decisions = clerk("query($id: ID!) { request(id: $id) { decisions { id collectivite } } }", id=ids["b1"])
    assert letters == {d["collectivite"]: f"/lettres/{ids['b1']}.pdf?decision={d['id']}"
                       for d in decisions["data"]["request"]["decisions"]}
    with httpx.Client(base_url=url) as http:
        mine = {code: http.get(path, headers={"authorization": f"Bearer {clerk.token}"})
                for code, path in letters.items()}
        guessed = http.get(letters["69M"], headers={"authorization": f"Bearer {_client(url, NOTARY_A).token}"})
    assert {code: m.headers["content-disposition"].endswith(f'-{code}.pdf"') for code, m in mine.items()} == {
        "69": True, "69M": True}
    assert mine["69"].content.startswith(b"%PDF") and mine["69"].content != mine["69M"].content
    assert guessed.status_code == 404


def test_an_integrator_reads_what_its_scopes_allow_until_the_token_expires_or_is_revoked(
    world: tuple[Services, str, dict[str, str]],
) -> None:
    services, url, _ = world
    secret, token_id = _token(services, Scope.DECISIONS_READ, days=2)
    integrator = _client(url, token=secret)
    assert len(_nodes(integrator(DECISIONS, first=10))) == 3
    assert "statistics:read" in integrator(STATS)["errors"][0]["message"]
    stats_secret, stats_id = _token(services, Scope.STATISTICS_READ, collectivite="69M")
    assert _client(url, token=stats_secret)(STATS)["data"]["statistics"]["totalSearches"] == 2
    services.revoke_api_token.execute(RevokeApiTokenCommand(token_id=stats_id))
    revoked = _client(url, token=stats_secret)(STATS)
    assert revoked["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    CLOCK.advance(timedelta(days=3))
    expired = integrator(DECISIONS, first=10)
    assert expired["data"] is None and "ni expiré ni révoqué" in expired["errors"][0]["message"]
    with services.uow() as uow:
        used = [e for e in uow.audit.recent(200) if e.action == "api_token.used"]
    assert {e.target for e in used} == {token_id, stats_id}


def test_an_anonymous_caller_reads_nothing(world: tuple[Services, str, dict[str, str]]) -> None:
    _, url, ids = world
    anonymous = GraphQLClient(url)
    assert anonymous(DECISIONS, first=5)["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    refused = anonymous(REQUEST, id=ids["a0"])
    assert refused["data"] == {"request": None} and refused["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
