"""The abuse limits, over real HTTP, on a production-mode server (no NOTAIRES_DEV)."""

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest

from application.testing.fakes import FakeClock
from domain.rate import Rate
from infrastructure.settings import Settings, parse_collectivites
from interfaces.bootstrap import Services, bootstrap
from interfaces.graphql.context import SESSION_COOKIE
from interfaces.graphql.csrf import CSRF_COOKIE, CSRF_HEADER, csrf_token_for
from interfaces.web import create_app
from tests.conftest import TEST_COLLECTIVITES, fast_hasher
from tests.support.graphql import SEARCH, GraphQLClient
from tests.support.server import live_server
from tests.support.world import JEANNE, NOTARY_A, NOTARY_B, PASSWORD, populate

CLOCK = FakeClock()


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    settings = Settings(database_url=f"sqlite:///{tmp_path_factory.mktemp('db')}/limits.db", dev=False,
                        collectivites=parse_collectivites(TEST_COLLECTIVITES), search_rate_limit=Rate.parse("4/minute"),
                        login_max_failures=3)
    built = bootstrap(settings, hasher=fast_hasher(), clock=CLOCK)
    populate(built)
    yield built
    built.engine.dispose()


@pytest.fixture(scope="module")
def url(services: Services) -> Iterator[str]:
    with live_server(create_app(services)) as base:
        yield base


@pytest.fixture
def gql(url: str) -> Iterator[GraphQLClient]:
    CLOCK.advance(timedelta(hours=1))  # every test starts with fresh rate windows
    client = GraphQLClient(url)
    yield client
    client.close()


def _messages(body: dict[str, Any]) -> str:
    return " ".join(str(e["message"]) for e in body.get("errors") or [])


def test_a_depth_bomb_is_refused_before_it_runs(gql: GraphQLClient) -> None:
    bomb = "query Bomb { me " + "{ a " * 12 + "{ b }" + " }" * 12 + " }"
    body = gql(bomb)
    assert body.get("data") is None
    assert "Requête trop imbriquée : au plus 10 niveaux sont acceptés." in _messages(body)


def test_an_alias_flood_is_refused_with_a_french_message(gql: GraphQLClient) -> None:
    flood = "query { " + " ".join(f"a{n}: __typename" for n in range(40)) + " }"
    body = gql(flood)
    assert body.get("data") is None
    assert "Trop d'alias dans la requête (40) : au plus 15 sont acceptés." in _messages(body)


def test_a_huge_document_is_refused(gql: GraphQLClient) -> None:
    body = gql("query { " + "__typename " * 3000 + "}")
    assert "Requête trop longue" in _messages(body)


def test_introspection_and_suggestions_are_off_in_production(gql: GraphQLClient) -> None:
    assert gql("{ __schema { types { name } } }").get("data") is None
    body = gql("{ mee { email } }")
    assert "Vouliez-vous dire" not in _messages(body) and "Le champ « mee » n'existe pas dans « Query »." in _messages(body)


def test_the_search_after_the_configured_limit_in_a_minute_is_refused_even_inside_one_request(
    gql: GraphQLClient, url: str,
) -> None:
    assert gql.login(NOTARY_A, PASSWORD)["__typename"] == "LoginSuccess"
    answers = [gql(SEARCH, input=JEANNE)["data"]["searchDeceased"] for _ in range(4)]
    assert {a["__typename"] for a in answers} == {"SearchAnswer"}
    batch = ("mutation($i: DeceasedSearchInput!) { a: searchDeceased(input: $i) { __typename } "
             "b: searchDeceased(input: $i) { __typename ... on RateLimited { message retryAfterSeconds } } }")
    refused = gql(batch, i=JEANNE)["data"]["b"]
    assert refused["__typename"] == "RateLimited" and refused["retryAfterSeconds"] == 60
    assert refused["message"].startswith("Trop de recherches en peu de temps : réessayez dans 60 secondes.")
    other_office = GraphQLClient(url)
    other_office.login(NOTARY_B, PASSWORD)
    assert other_office(SEARCH, input=JEANNE)["data"]["searchDeceased"]["__typename"] == "SearchAnswer"
    other_office.close()


def test_brute_force_on_a_login_locks_it_even_for_the_right_password(gql: GraphQLClient) -> None:
    for guess in ("mauvais-1", "mauvais-2", "mauvais-3"):
        CLOCK.advance(timedelta(seconds=20))
        assert gql.login(NOTARY_B, guess)["__typename"] == "LoginFailure"
    CLOCK.advance(timedelta(seconds=20))
    locked = gql.login(NOTARY_B, PASSWORD)
    assert locked["__typename"] == "LoginFailure" and "verrouillé jusqu'à" in locked["message"]
    CLOCK.advance(timedelta(minutes=15))
    assert gql.login(NOTARY_B, PASSWORD)["__typename"] == "LoginSuccess"


def test_a_cookie_signed_mutation_from_another_site_runs_as_anonymous(url: str) -> None:
    CLOCK.advance(timedelta(hours=1))
    login = 'mutation { login(email: "%s", password: "%s") { ... on LoginSuccess { token } } }' % (NOTARY_A, PASSWORD)
    token = httpx.post(f"{url}/graphql", json={"query": login}).json()["data"]["login"]["token"]
    # Secure cookies are not sent over plain http by httpx: the browser's cookie header is written by hand.
    cookies = {"cookie": f"{SESSION_COOKIE}={token}; {CSRF_COOKIE}={csrf_token_for(token)}"}
    search = {"query": SEARCH, "variables": {"input": JEANNE}}

    def outcome(**headers: str) -> str:
        answer = httpx.post(f"{url}/graphql", json=search, headers=cookies | headers).json()
        return str(answer["data"]["searchDeceased"]["__typename"])

    assert outcome(origin="https://evil.example") == "NotAuthenticated"
    assert outcome() == "NotAuthenticated"
    # Another kind of Authorization header leaves the cookie in use, and under the check.
    assert outcome(origin="https://evil.example", authorization="Basic Zm9vOmJhcg==") == "NotAuthenticated"
    assert outcome(origin=url) == "SearchAnswer"
    assert outcome(**{CSRF_HEADER: csrf_token_for(token)}) == "SearchAnswer"


def test_responses_carry_security_headers_and_unknown_hosts_are_refused(url: str) -> None:
    response = httpx.post(f"{url}/graphql", json={"query": "{ __typename }"})
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["referrer-policy"] == "same-origin"
    assert response.headers["x-content-type-options"] == "nosniff"
    refused = httpx.get(f"{url}/healthz", headers={"host": "evil.example"})
    assert refused.status_code == 400 and "Adresse non reconnue" in refused.text
    assert httpx.get(f"{url}/healthz").json() == {"status": "ok"}


def test_no_graphql_answer_is_cached_and_queries_over_get_are_refused_outside_development(url: str) -> None:
    answered = httpx.post(f"{url}/graphql", json={"query": "{ __typename }"})
    broken = httpx.post(f"{url}/graphql", content=b"{not json", headers={"content-type": "application/json"})
    by_get = httpx.get(f"{url}/graphql", params={"query": "{ __typename }"})
    ide = httpx.get(f"{url}/graphql", headers={"accept": "text/html"})
    assert [r.headers.get("cache-control") for r in (answered, broken, by_get, ide)] == ["no-store"] * 4
    assert (by_get.status_code, by_get.headers["allow"], ide.status_code) == (405, "POST", 405)
    assert by_get.text == "GraphQL s'interroge en POST, le document en JSON : une requête en GET n'est pas acceptée."


def test_session_cookies_are_httponly_secure_and_samesite_outside_development(url: str) -> None:
    CLOCK.advance(timedelta(hours=1))
    login = ("mutation { login(email: \"%s\", password: \"%s\") { __typename } }" % (NOTARY_A, PASSWORD))
    cookie = httpx.post(f"{url}/graphql", json={"query": login}).headers.get_list("set-cookie")[0].lower()
    assert "httponly" in cookie and "secure" in cookie and "samesite=strict" in cookie


def test_behind_a_local_proxy_the_client_address_is_the_one_traced_and_limited(url: str, services: Services) -> None:
    """`notaires serve` runs uvicorn, which trusts X-Forwarded-For from 127.0.0.1 only (FORWARDED_ALLOW_IPS):
    behind a TLS proxy on the same host, the per-address limits and the trace see the notary's address."""
    login = 'mutation { login(email: "inconnu@proxy.example", password: "pas-le-bon") { __typename } }'
    httpx.post(f"{url}/graphql", json={"query": login}, headers={"x-forwarded-for": "203.0.113.7"})
    with services.uow() as uow:
        traced = [(e.action, e.ip) for e in uow.audit.recent(50, action_prefix="login")]
    assert ("login.failed", "203.0.113.7") in traced
