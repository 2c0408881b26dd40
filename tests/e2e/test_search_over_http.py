"""The whole path over real HTTP: extract, offices, a notary, login, three searches."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from returns.result import Success

from application.create_user import CreateUserCommand
from application.import_beneficiaries import ImportBeneficiariesCommand
from domain.user import Role
from infrastructure.iodas.extract_reader import read_extract
from infrastructure.offices_reader import read_offices
from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.integration.test_cli import EXTRACT
from tests.support.graphql import SEARCH, GraphQLClient
from tests.support.server import live_server

PASSWORD = "Clerc-Tres-Secret-2026"
JEANNE = {"lastName": "Martin", "birthName": "Durand", "firstNames": "Jeanne", "birthDate": "1931-04-12",
          "deathDate": "2024-01-05", "deathPlace": "Lyon"}


@pytest.fixture
def client(services: Services, tmp_path: Path) -> Iterator[GraphQLClient]:
    (tmp_path / "b.csv").write_text(EXTRACT, encoding="utf-8")
    (tmp_path / "o.csv").write_text("crpcen,name,email\n69999,Office,office@notaires.example\n", encoding="utf-8")
    extract = read_extract(tmp_path / "b.csv", "69", frozenset({"ASH", "APA", "PCH", "AM"}))
    assert isinstance(services.import_beneficiaries.execute(
        ImportBeneficiariesCommand(collectivite="69", extract=extract)), Success)
    assert isinstance(services.import_offices.execute(read_offices(tmp_path / "o.csv", "69")), Success)
    assert isinstance(services.create_user.execute(CreateUserCommand(
        email="clerk@office.example", role=Role.NOTARY, password=PASSWORD, crpcen="69999")), Success)
    with live_server(create_app(services)) as url:
        gql = GraphQLClient(url)
        yield gql
        gql.close()


def _search(gql: GraphQLClient, **changes: object) -> dict[str, object]:
    result: dict[str, object] = gql(SEARCH, input={**JEANNE, **changes})["data"]["searchDeceased"]
    return result


def test_a_clerk_logs_in_and_gets_the_four_kinds_of_answer(client: GraphQLClient) -> None:
    assert client.login("clerk@office.example", PASSWORD)["__typename"] == "LoginSuccess"
    known = _search(client)
    assert (known["__typename"], known["outcome"]) == ("SearchAnswer", "RECOVERABLE_AID")
    assert known["requestId"] and str(known["reference"]).startswith("20")
    unknown = _search(client, lastName="Inconnu", birthName=None, birthDate="1950-01-01")
    assert unknown["outcome"] == "UNKNOWN"
    doubt = _search(client, lastName="Petit", birthName=None, firstNames="Louis", birthDate="1940-02-20")
    assert doubt["outcome"] == "AMBIGUOUS"
    undue = _search(client, lastName="LEFEVRE", birthName=None, firstNames="henri", birthDate="1928-11-02")
    assert undue["outcome"] == "POSSIBLE_UNDUE_PAYMENT"


def test_an_ambiguous_answer_never_reveals_a_candidate(client: GraphQLClient) -> None:
    client.login("clerk@office.example", PASSWORD)
    answer = client(SEARCH, input={**JEANNE, "lastName": "Petit", "birthName": None, "firstNames": "Louis",
                                   "birthDate": "1940-02-20"})["data"]["searchDeceased"]
    assert answer["outcome"] == "AMBIGUOUS"
    # Ids, references and timestamps are random or sequential digits: only the other fields could leak.
    revealing = str({k: v for k, v in answer.items() if k not in {"requestId", "reference", "answeredAt"}})
    for secret in ("9003", "9004", "PETIT", "MDR"):
        assert secret not in revealing


def test_an_impossible_death_date_is_refused_in_french(client: GraphQLClient) -> None:
    client.login("clerk@office.example", PASSWORD)
    answer = _search(client, deathDate="1920-01-05")
    assert answer["__typename"] == "InvalidSearch"
    assert answer["errors"] == [{"field": "deathDate",
                                 "message": "La date de décès ne peut pas précéder la date de naissance."}]
    missing = _search(client, deathDate=None)
    assert "La date de décès est obligatoire." in str(missing["message"])


def test_a_wrong_password_gives_no_token_and_no_search(client: GraphQLClient) -> None:
    failed = client.login("clerk@office.example", "mauvais")
    assert failed == {"__typename": "LoginFailure", "message": "Adresse électronique ou mot de passe incorrect."}
    assert _search(client)["__typename"] == "NotAuthenticated"
