"""A doubt goes to an agent with its evidence; the notary learns only that there is one, over real HTTP."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from returns.result import Success

from application.create_user import CreateUserCommand
from application.import_beneficiaries import ImportBeneficiariesCommand
from domain.user import Role
from infrastructure.iodas.extract_reader import read_extract
from infrastructure.offices_reader import read_offices
from interfaces.bootstrap import Services
from tests.support.admin import EVERYWHERE
from interfaces.web import create_app
from tests.support.builders import EXTRACT_HEADER
from tests.support.graphql import SEARCH, GraphQLClient
from tests.support.server import live_server

PASSWORD = "Clerc-Tres-Secret-2026"
# Identical twins of record, a father whose son's year differs by one decade digit, phonetic-twin families.
EXTRACT = EXTRACT_HEADER + (
    "PX7101,F,KERBRAT,LE GOFF,ANNE MARIE,1936-03-14,MDR-NORD,ASH,2015-01-01,\n"
    "PX7102,F,KERBRAT,LE GOFF,ANNE MARIE,1936-03-14,MDR-SUD,APA,2016-01-01,\n"
    "PX7201,M,THIBAULT,THIBAULT,GASTON,1931-07-09,MDR-EST,ASH,2014-01-01,\n"
    "PX7301,F,LEFEVRE,LEFEVRE,ODETTE,1929-10-05,MDR-OUEST,ASH,2013-01-01,\n"
    "PX7302,F,LEFEBVRE,LEFEBVRE,ODETTE,1929-10-05,MDR-CENTRE,PCH,2013-01-01,\n"
)
DOUBTS: dict[str, dict[str, Any]] = {
    "identical records": {"lastName": "Kerbrat", "birthName": "Le Goff", "firstNames": "Anne-Marie",
                          "birthDate": "1936-03-14"},
    "a wrong decade digit": {"lastName": "Thibault", "birthName": None, "firstNames": "Gaston",
                             "birthDate": "1961-07-09"},
    "phonetic twins": {"lastName": "Lefebvre", "birthName": None, "firstNames": "Odette",
                       "birthDate": "1929-10-05"},
}
# Identifiers with letters that no UUID or timestamp contains.
SECRETS = ("PX7", "KERBRAT", "GOFF", "ANNE", "THIBAULT", "GASTON", "LEFEVRE", "LEFEBVRE", "ODETTE",
           "MDR", "NORD", "SUD", "score", "evidence", "candidat")


@pytest.fixture
def client(services: Services, tmp_path: Path) -> Iterator[GraphQLClient]:
    (tmp_path / "b.csv").write_text(EXTRACT, encoding="utf-8")
    (tmp_path / "o.csv").write_text("crpcen,name,email\n69998,Office,office@notaires.example\n", encoding="utf-8")
    extract = read_extract(tmp_path / "b.csv", "69", frozenset({"ASH", "APA", "PCH", "AM"}))
    assert isinstance(services.import_beneficiaries.execute(
        ImportBeneficiariesCommand(collectivite="69", extract=extract)), Success)
    assert isinstance(services.import_offices.execute(read_offices(tmp_path / "o.csv", "69", EVERYWHERE)), Success)
    assert isinstance(services.create_user.execute(CreateUserCommand(
        email="etude@office.example", role=Role.NOTARY, password=PASSWORD, crpcen="69998", jurisdiction=EVERYWHERE)),
        Success)
    with live_server(create_app(services)) as url:
        gql = GraphQLClient(url)
        gql.login("etude@office.example", PASSWORD)
        yield gql
        gql.close()


def _search(client: GraphQLClient, identity: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    body = client(SEARCH, input={**identity, "deathDate": "2024-02-01", "deathPlace": "Brest"})
    return str(body), body["data"]["searchDeceased"]


def test_ambiguous_search_never_reveals_candidates_to_the_notary(client: GraphQLClient, services: Services) -> None:
    for case, identity in DOUBTS.items():
        raw, answer = _search(client, identity)
        assert answer["outcome"] == "AMBIGUOUS", case
        assert set(answer) == {"__typename", "outcome", "requestId", "reference", "answeredAt", "answers"}
        leaked = [s for s in SECRETS if s.lower() in raw.lower()]
        assert leaked == [], f"{case}: {leaked}"
        with services.uow() as uow:
            decisions = uow.requests.decisions_for(answer["requestId"])
        stored = next(d for d in decisions if d.collectivite == "69")
        assert stored.iodas_id is None
        assert stored.evidence.candidates, f"{case}: the agent gets the candidates and their field scores"


# Agents and integrators read `Decision` (decisions, request): its IODAS number and score resolve to
# null for a notary, field by field (tests/e2e/test_graphql_access.py). No other type may carry them.
AGENT_ONLY_TYPES = {"Decision"}


def test_no_notary_query_can_reach_the_evidence(client: GraphQLClient) -> None:
    fields = client("{ __schema { types { name fields { name } } } }")["data"]["__schema"]["types"]
    names = {f["name"].lower() for t in fields for f in (t["fields"] or [])
             if not t["name"].startswith("__") and t["name"] not in AGENT_ONLY_TYPES}
    assert not names & {"evidence", "candidates", "iodasid", "score", "topscore", "fieldscores", "beneficiary"}
