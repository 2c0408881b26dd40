"""A crash in a GraphQL operation is logged with its traceback, never with the names the document carried."""

import logging
from collections.abc import Iterator, Sequence

import pytest

from domain.beneficiary import Beneficiary
from domain.identity import DeceasedIdentity
from domain.matching.name_facts import NO_FACTS, NameFacts
from domain.matching.result import MatchResult
from interfaces.graphql.errors import UNEXPECTED
from interfaces.web import create_app
from tests.conftest import make_services
from tests.support.graphql import GraphQLClient
from tests.support.server import live_server
from tests.support.world import NOTARY_A, PASSWORD, populate

SECRET = "Ndiayesecret"


class BrokenMatcher:
    """A matcher with a fault in it, as a crash anywhere in a search would be."""

    def match(self, identity: DeceasedIdentity, candidates: Sequence[Beneficiary],
              facts: NameFacts = NO_FACTS) -> MatchResult:
        raise RuntimeError("défaut du moteur de rapprochement")


@pytest.fixture(scope="module")
def clerk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphQLClient]:
    services = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/crash.db", matcher=BrokenMatcher())
    populate(services)
    with live_server(create_app(services)) as url:
        client = GraphQLClient(url)
        client.login(NOTARY_A, PASSWORD)
        yield client
        client.close()
    services.engine.dispose()


@pytest.mark.parametrize("as_variables", [False, True], ids=["literals", "variables"])
def test_a_crashing_search_is_logged_with_its_traceback_and_without_the_deceaseds_names(
        clerk: GraphQLClient, caplog: pytest.LogCaptureFixture, as_variables: bool) -> None:
    fields = f'lastName: "{SECRET}", firstNames: "Awa", birthDate: "1931-04-12", deathDate: "2024-01-05"'
    if as_variables:
        answer = clerk("mutation Recherche($n: String!) { searchDeceased(input: {" + fields.replace(f'"{SECRET}"', "$n")
                       + "}) { __typename } }", n=SECRET)
    else:
        answer = clerk("mutation Recherche { searchDeceased(input: {" + fields + "}) { __typename } }")
    assert answer["errors"][0]["message"] == UNEXPECTED
    [crash] = [r for r in caplog.records if r.name == "strawberry.execution"]
    assert crash.levelno == logging.ERROR and crash.exc_info is not None
    assert "défaut du moteur de rapprochement" in caplog.text  # the traceback is kept
    assert "Recherche" in crash.getMessage() and "searchDeceased" in crash.getMessage()
    assert SECRET not in caplog.text
