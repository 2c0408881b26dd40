"""DataLoaders: a page of decisions with their requests and offices costs the same few queries, whatever its size."""

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from application.search_deceased import SearchDeceasedCommand
from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.conftest import make_services
from tests.support.builders import form
from tests.support.graphql import GraphQLClient
from tests.support.server import live_server
from tests.support.world import AGENT_69, NOTARY_A, PASSWORD, populate

PAGE = """query($first: Int!) { decisions(first: $first) { totalCount edges { node {
  outcome iodasId request { reference lastName office { name } decisions { collectivite outcome } } } } } }"""


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    built = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/loaders.db")
    populate(built)
    with built.uow() as uow:
        notary = uow.users.by_email(NOTARY_A)
    assert notary is not None
    for n in range(100):
        built.search.execute(SearchDeceasedCommand(user_id=notary.id, form=form(
            last_name=f"Inconnu{n}", birth_name=None, birth_date=date(1940, 1, 1 + n % 28))))
    yield built
    built.engine.dispose()


def _statements_for(services: Services, client: GraphQLClient, first: int) -> tuple[int, dict[str, Any]]:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(services.engine, "before_cursor_execute", count)
    try:
        body = client(PAGE, first=first)
    finally:
        event.remove(services.engine, "before_cursor_execute", count)
    return len(statements), body


def test_listing_100_decisions_with_their_requests_and_offices_takes_as_many_queries_as_listing_5(
    services: Services,
) -> None:
    with live_server(create_app(services)) as url:
        client = GraphQLClient(url)
        client.login(AGENT_69, PASSWORD)
        few, small = _statements_for(services, client, 5)
        many, large = _statements_for(services, client, 100)
        client.close()
    assert len(small["data"]["decisions"]["edges"]) == 5
    nodes = [e["node"] for e in large["data"]["decisions"]["edges"]]
    assert len(nodes) == 100 and all(n["request"]["office"]["name"] == "Office de Bellecour" for n in nodes)
    assert many == few <= 12, f"{few} queries for 5 decisions, {many} for 100"
