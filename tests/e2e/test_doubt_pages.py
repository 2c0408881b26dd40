"""The doubt page over HTTP: what the notary typed, and a settlement that comes too late."""

import html
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime

import httpx
import pytest

from domain.user import Role
from interfaces.bootstrap import Services
from interfaces.web import create_app
from tests.conftest import make_services
from tests.support.admin import account, csrf_of, sign_in, with_office
from tests.support.builders import person
from tests.support.doubts import ambiguous_request
from tests.support.server import live_server

AT = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    built = make_services(f"sqlite:///{tmp_path_factory.mktemp('db')}/notaires.db")
    with_office(built, name="Étude")
    account(built, "agent@cd69.example", Role.AGENT)
    account(built, "collegue@cd69.example", Role.AGENT)
    account(built, "clerc@etude.example", Role.NOTARY, collectivite=None, crpcen="69001")
    with built.uow() as uow:  # the doubt's candidates: her APA on file 1, her ASH on file 2, born a day apart
        uow.beneficiaries.upsert("69", [person(iodas_id="1", aids=("APA",)),
                                        person(iodas_id="2", aids=("ASH",), birth_date=date(1931, 4, 13))])
        uow.commit()
    yield built
    built.engine.dispose()


@pytest.fixture(scope="module")
def server(services: Services) -> Iterator[str]:
    with live_server(create_app(services)) as url:
        yield url


@pytest.fixture
def agent(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, follow_redirects=True) as client:
        sign_in(client, "agent@cd69.example")
        yield client


def _doubt(services: Services, death_place: str = "Lyon") -> str:
    with services.uow() as uow:
        clerk = uow.users.by_email("clerc@etude.example")
        assert clerk is not None
        decision = ambiguous_request(uow, AT, user_id=clerk.id, death_place=death_place)
        uow.commit()
    return decision.id


def test_the_death_place_is_shown_only_when_the_notary_typed_one(agent: httpx.Client, services: Services) -> None:
    assert "le 05/01/2024 à Lyon</dd>" in agent.get(f"/admin/doutes/{_doubt(services)}").text
    assert "le 05/01/2024</dd>" in agent.get(f"/admin/doutes/{_doubt(services, death_place='')}").text


def _settle(client: httpx.Client, decision_id: str, choice: str | list[str], comment: str,
            csrf: str) -> httpx.Response:
    return client.post(f"/admin/doutes/{decision_id}", data={"csrf": csrf, "choix": choice, "commentaire": comment})


def test_a_second_settlement_is_refused_saying_when_and_by_whom_the_doubt_was_settled(
        agent: httpx.Client, server: str, services: Services) -> None:
    decision_id = _doubt(services)
    stale = csrf_of(agent.get(f"/admin/doutes/{decision_id}").text)  # the form, as a second tab still shows it
    with httpx.Client(base_url=server, follow_redirects=True) as colleague:
        form = sign_in(colleague, "collegue@cd69.example")
        settled = _settle(colleague, decision_id, "inconnu", "Aucun des deux : vérifié à l'état civil.", csrf_of(form))
        assert "Doute levé le" in settled.text
        again = _settle(colleague, decision_id, "1", "Finalement le premier.", csrf_of(form))
    assert again.status_code == 409
    assert "par vous : votre réponse n'a pas été enregistrée" in again.text
    late = _settle(agent, decision_id, "1", "C'est le premier candidat.", stale)
    assert late.status_code == 409
    assert re.search(r"Ce doute avait déjà été levé le \d\d/\d\d/\d{4} à \d\d:\d\d par un autre agent : "
                     r"votre réponse n'a pas été enregistrée", late.text)
    with services.uow() as uow:
        settlement = uow.doubts.settlement_of(decision_id)
    assert settlement is not None and settlement.iodas_id is None, "the first settlement stands"


def test_two_files_of_one_person_are_named_together_and_the_answer_reads_both(agent: httpx.Client,
                                                                              services: Services) -> None:
    decision_id = _doubt(services)
    form = agent.get(f"/admin/doutes/{decision_id}").text
    assert "Même personne enregistrée plusieurs fois dans IODAS : cochez tous ses dossiers" in form
    assert form.count('type="checkbox" id="choix-') == 3 and 'aria-describedby="choix-aide"' in form
    settled = _settle(agent, decision_id, ["1", "2"], "Dossier APA et dossier ASH : une seule personne.",
                      csrf_of(form))
    assert "Doute levé le" in settled.text
    assert "même personne enregistrée 2 fois dans IODAS : dossiers 1, 2" in settled.text  # the best match first
    assert settled.text.count("Candidat retenu") == 2 and "« Aide récupérable »" in settled.text
    with services.uow() as uow:
        settlement = uow.doubts.settlement_of(decision_id)
    assert settlement is not None and settlement.iodas_ids == ("1", "2")


@pytest.mark.parametrize(("choice", "message"), [
    ([], "Cochez le dossier du défunt (tous ses dossiers s'il est enregistré plusieurs fois), ou « Aucun de ces "
         "candidats »."),
    (["1", "inconnu"], "« Aucun de ces candidats » ne peut pas être coché avec un candidat : décochez l'un ou "
                       "l'autre."),
    (["1", "99"], "La personne choisie ne fait pas partie des candidats proposés."),
])
def test_an_inconsistent_choice_is_refused_at_the_choice_and_keeps_what_was_ticked(
        agent: httpx.Client, services: Services, choice: list[str], message: str) -> None:
    decision_id = _doubt(services)
    form = agent.get(f"/admin/doutes/{decision_id}").text
    refused = _settle(agent, decision_id, choice, "Vérifié.", csrf_of(form))
    assert refused.status_code == 400
    page = html.unescape(refused.text)
    error = f'<p class="field-error" id="choix-erreur"><span class="visually-hidden">Erreur : </span>{message}</p>'
    assert error in page
    assert '<fieldset id="choix" aria-invalid="true" aria-describedby="choix-erreur choix-aide">' in page
    ticked = re.findall(r'id="choix-(\w+)" name="choix" value="\w+" checked', page)
    assert ticked == [c for c in ("1", "2", "inconnu") if c in choice]
    with services.uow() as uow:
        assert uow.doubts.settlement_of(decision_id) is None
