"""A person entered twice in IODAS, over GraphQL: agents read every file the settled doubt names, notaries none."""

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from application.resolve_doubt import ResolveDoubt, ResolveDoubtCommand
from domain.decision import CandidateEvidence
from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.conftest import make_services
from tests.support.builders import person
from tests.support.doubts import ambiguous_request
from tests.support.graphql import GraphQLClient
from tests.support.server import live_server
from tests.support.world import AGENT_69, NOTARY_A, PASSWORD, populate

DECISIONS = "query { decisions(first: 10) { edges { node { corrected outcome iodasId iodasIds } } } }"
REQUEST = "query($id: ID!) { request(id: $id) { decisions { corrected outcome iodasId iodasIds } } }"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """Office A's doubt between files 9001 and 9002, settled by an agent as one person entered twice."""
    services: Services = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/copies.db")
    populate(services)
    copies = tuple(CandidateEvidence(iodas_id=i, score=0.95, in_doubt=True) for i in ("9001", "9002"))
    with services.uow() as uow:
        uow.beneficiaries.upsert("69", [person(iodas_id="9002", aids=("APA",), birth_date=date(1931, 4, 13))])
        clerk, agent = uow.users.by_email(NOTARY_A), uow.users.by_email(AGENT_69)
        assert clerk is not None and agent is not None
        doubt = ambiguous_request(uow, datetime(2026, 11, 20, 9, 0, tzinfo=UTC), user_id=clerk.id,
                                  candidates=copies)
        uow.commit()
    settled = ResolveDoubt(services.uow, services.clock, services.letters).execute(ResolveDoubtCommand(
        decision_id=doubt.id, iodas_ids=("9002", "9001"), comment="Deux dossiers, une personne", agent_id=agent.id,
        collectivites=("69",)))
    assert settled.unwrap().iodas_ids == ("9001", "9002")
    with live_server(create_app(services)) as url:
        yield url, doubt.request_id
    services.engine.dispose()


def _client(url: str, email: str) -> GraphQLClient:
    client = GraphQLClient(url)
    assert client.login(email, PASSWORD)["__typename"] == "LoginSuccess"
    return client


def test_an_agent_reads_the_principal_file_and_every_file_of_the_settled_doubt(world: tuple[str, str]) -> None:
    url, _ = world
    nodes = [e["node"] for e in _client(url, AGENT_69)(DECISIONS)["data"]["decisions"]["edges"]]
    assert sorted(nodes, key=lambda n: n["corrected"]) == [
        {"corrected": False, "outcome": "AMBIGUOUS", "iodasId": None, "iodasIds": []},
        {"corrected": True, "outcome": "RECOVERABLE_AID", "iodasId": "9001", "iodasIds": ["9001", "9002"]}]


def test_the_notary_reads_the_corrected_answer_but_no_file_number(world: tuple[str, str]) -> None:
    url, request_id = world
    decisions = _client(url, NOTARY_A)(REQUEST, id=request_id)["data"]["request"]["decisions"]
    assert sorted(decisions, key=lambda d: d["corrected"]) == [
        {"corrected": False, "outcome": "AMBIGUOUS", "iodasId": None, "iodasIds": None},
        {"corrected": True, "outcome": "RECOVERABLE_AID", "iodasId": None, "iodasIds": None}]
