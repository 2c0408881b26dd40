"""Property-based fuzzing of the GraphQL schema against the real app over HTTP (hypothesis-graphql).

Valid and invalid operations, sent by an anonymous caller, a notary or an agent, never get a server
error, a stack trace or a masked crash, and never show another office's or collectivité's data."""

import re
from collections.abc import Iterator
from typing import Any

import graphql
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import Mode, from_schema

from infrastructure.settings import Settings, parse_collectivites
from interfaces.bootstrap import bootstrap
from interfaces.graphql.errors import UNEXPECTED
from interfaces.graphql.schema import schema
from interfaces.web import create_app
from tests.conftest import TEST_COLLECTIVITES, fast_hasher
from tests.support.graphql import SEARCH, GraphQLClient
from tests.support.server import live_server
from tests.support.world import AGENT_69M, JEANNE, NOTARY_A, NOTARY_B, PASSWORD, PAUL, populate

SDL = str(schema)
SCALARS = {
    "Date": st.dates().map(lambda d: graphql.StringValueNode(value=d.isoformat())),
    "DateTime": st.datetimes().map(lambda d: graphql.StringValueNode(value=d.isoformat())),
}


def _root_fields() -> list[str]:
    parsed = graphql.build_schema(SDL)
    assert parsed.query_type is not None and parsed.mutation_type is not None
    # logout would end the session that the following examples rely on.
    return [n for n in (*parsed.query_type.fields, *parsed.mutation_type.fields) if n != "logout"]


OPERATIONS = st.one_of(
    from_schema(SDL, fields=_root_fields(), custom_scalars=SCALARS, mode=Mode.POSITIVE),
    from_schema(SDL, fields=_root_fields(), custom_scalars=SCALARS, mode=Mode.NEGATIVE),
)
CALLERS = st.sampled_from(["anonymous", "notary", "agent"])


def _searches(url: str, email: str, *people: dict[str, Any]) -> list[str]:
    client = GraphQLClient(url)
    assert client.login(email, PASSWORD)["__typename"] == "LoginSuccess"
    found = []
    for person in people:
        answer = client(SEARCH, input=person)["data"]["searchDeceased"]
        found += [answer["requestId"], answer["reference"]]
    client.close()
    return found


def _token(url: str, email: str) -> str:
    client = GraphQLClient(url)
    client.login(email, PASSWORD)
    assert client.token is not None
    return client.token


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    config = Settings(database_url=f"sqlite:///{tmp_path_factory.mktemp('db')}/fuzz.db", dev=False,
                      collectivites=parse_collectivites(TEST_COLLECTIVITES))
    services = bootstrap(config, hasher=fast_hasher())
    populate(services)
    with live_server(create_app(services)) as url:
        office_a = _searches(url, NOTARY_A, JEANNE)  # answered by the Rhône only
        office_b = _searches(url, NOTARY_B, PAUL, JEANNE)  # answered by the Rhône and the Métropole
        evidence = ["9001", "7001"]
        forbidden = {
            "notary": office_b + evidence + ["Bernard", "Brotteaux", "69002"],
            "agent": office_a + ["9001", "Bellecour", "69001"],
            "anonymous": office_a + office_b + evidence + ["Martin", "Bernard", "69001", "69002"],
        }
        tokens = {"anonymous": None, "notary": _token(url, NOTARY_A), "agent": _token(url, AGENT_69M)}
        with httpx.Client(base_url=url, timeout=30) as http:
            yield {"http": http, "tokens": tokens, "forbidden": forbidden}
    services.engine.dispose()


@settings(max_examples=150, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(operation=OPERATIONS, caller=CALLERS)
def test_random_operations_never_crash_never_leak_a_trace_nor_another_offices_data(
    world: dict[str, Any], operation: str, caller: str,
) -> None:
    token = world["tokens"][caller]
    headers = {"authorization": f"Bearer {token}"} if token else {}
    response = world["http"].post("/graphql", json={"query": operation}, headers=headers)
    assert response.status_code < 500, response.text
    body = response.text
    for sign in ("Traceback", 'File "', UNEXPECTED, "Unexpected error"):
        assert sign not in body, f"{sign!r} in the answer to {operation!r}: {body[:500]}"
    leaked = [s for s in world["forbidden"][caller]
              if re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", body, re.IGNORECASE)]
    assert leaked == [], f"{caller} saw {leaked} answering {operation!r}"
