"""The whole path over real HTTP: extract, offices, a notary, login, three searches."""

from collections.abc import Iterator
from pathlib import Path

import httpx
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
    assert isinstance(services.import_offices.execute(read_offices(tmp_path / "o.csv", "69", EVERYWHERE)), Success)
    assert isinstance(services.create_user.execute(CreateUserCommand(
        email="clerk@office.example", role=Role.NOTARY, password=PASSWORD, crpcen="69999", jurisdiction=EVERYWHERE)),
        Success)
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


def test_dates_written_the_french_way_are_read_and_impossible_ones_refused_in_french(client: GraphQLClient) -> None:
    """An integrator may send 12/04/1931 as a clerk types it; a date that is not one gets a French message naming
    the field, never GraphQL's English « Invalid isoformat string »."""
    client.login("clerk@office.example", PASSWORD)
    known = _search(client, birthDate="12/04/1931", deathDate="05.01.2024")
    assert (known["__typename"], known["outcome"]) == ("SearchAnswer", "RECOVERABLE_AID")
    body = client(SEARCH, input={**JEANNE, "birthDate": "31/02/1931"})
    assert body.get("data") is None
    assert [e["message"] for e in body["errors"]] == [
        "Valeur invalide pour « birthDate » : « 31/02/1931 » n'est pas un jour du calendrier."]
    literal = client('mutation { searchDeceased(input: {lastName: "Martin", birthDate: "1931-13-01"}) '
                     '{ __typename } }')
    assert [e["message"] for e in literal["errors"]] == ["« 1931-13-01 » n'est pas un jour du calendrier."]


def test_graphql_s_own_refusals_reach_an_integrator_in_french(client: GraphQLClient) -> None:
    assert client("{ statistics { __typename } }")["errors"][0]["message"] == (
        "L'argument « Query.statistics(period:) » (StatisticsPeriod!) est obligatoire.")
    assert client(SEARCH)["errors"][0]["message"] == "La variable « $input » (DeceasedSearchInput!) est obligatoire."
    unknown = client('mutation { searchDeceased(input: {lastNam: "x"}) { __typename } }')["errors"][0]["message"]
    assert unknown.startswith("Le champ « lastNam » n'existe pas dans « DeceasedSearchInput ».")
    broken = httpx.post(f"{client.base_url}/graphql", content=b"{not json", headers={"content-type": "application/json"})
    assert (broken.status_code, broken.text) == (400, "Le corps de la requête n'est pas du JSON valide.")
    form = httpx.post(f"{client.base_url}/graphql", content=b"query=x", headers={"content-type": "text/plain"})
    assert form.status_code == 400 and form.text.startswith("Type de contenu non pris en charge")


def test_in_development_graphiql_and_queries_over_get_still_answer_and_nothing_is_cached(
        client: GraphQLClient) -> None:
    ide = httpx.get(f"{client.base_url}/graphql", headers={"accept": "text/html"})
    assert ide.status_code == 200 and "graphiql" in ide.text.lower()
    query = httpx.get(f"{client.base_url}/graphql", params={"query": "{ __typename }"})
    assert query.json() == {"data": {"__typename": "Query"}}
    assert [r.headers["cache-control"] for r in (ide, query)] == ["no-store", "no-store"]
