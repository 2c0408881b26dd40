"""`notaires export deces`, as the nightly job runs it: each death once, in a new batch's file, on a real SQLite file."""

import csv
import io
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from returns.result import Success

from application.search_deceased import SearchDeceasedCommand
from interfaces.bootstrap import Services
from interfaces.cli.main import main
from tests.conftest import TEST_COLLECTIVITES, make_services
from tests.support.builders import form
from tests.support.world import NOTARY_A, NOTARY_B, populate

NOTHING = "Aucun nouveau décès à signaler à IODAS : aucun lot n'a été créé.\n"


@pytest.fixture
def services(monkeypatch: pytest.MonkeyPatch, sqlite_url: str) -> Iterator[Services]:
    """Jeanne MARTIN (9001) found for the Rhône, Paul BERNARD (7001) for the Métropole."""
    monkeypatch.setenv("NOTAIRES_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("NOTAIRES_COLLECTIVITES", TEST_COLLECTIVITES)
    built = make_services(sqlite_url)
    populate(built)
    paul = {"last_name": "Bernard", "birth_name": None, "first_names": "Paul", "birth_date": date(1938, 6, 1)}
    for email, identity in ((NOTARY_A, {}), (NOTARY_B, paul)):
        with built.uow() as uow:
            user = uow.users.by_email(email)
        assert user is not None
        answer = built.search.execute(SearchDeceasedCommand(user_id=user.id, form=form(**identity)))
        assert isinstance(answer, Success)
    yield built
    built.engine.dispose()


def rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff"), "a byte-order mark, as the back-office's exports"
    return list(csv.DictReader(io.StringIO(text[1:], newline=""), delimiter=";"))


def test_the_nightly_export_writes_each_new_death_once_in_its_batchs_file_then_nothing(
        services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "deces", "--collectivite", "69", "--output", str(tmp_path)]) == 0
    written = tmp_path / "deces-69-lot-1.csv"
    assert capsys.readouterr().out == f"1 décès exporté (lot n° 1, Département du Rhône) : {written}\n"
    [line] = rows(written.read_text(encoding="utf-8"))
    assert (line["iodas_id"], line["usage_name"], line["birth_name"], line["first_names"]) == (
        "9001", "MARTIN", "DURAND", "JEANNE MARIE")
    assert (line["death_date"], line["death_place"], line["crpcen"], line["outcome"]) == (
        "2024-01-05", "Lyon", "69001", "RECOVERABLE_AID")
    assert main(["export", "deces", "--collectivite", "69", "--output", str(tmp_path)]) == 0
    assert capsys.readouterr().out == NOTHING
    assert os.listdir(tmp_path) == ["deces-69-lot-1.csv"], "no second file, no draft left behind"
    assert main(["export", "deces", "--collectivite", "69M", "--output", str(tmp_path)]) == 0
    assert [r["iodas_id"] for r in rows((tmp_path / "deces-69M-lot-1.csv").read_text(encoding="utf-8"))] == ["7001"]
    with services.uow() as uow:
        exports = [e for e in uow.audit.recent(50) if e.action == "deaths.exported"]
    assert [(e.collectivite, e.actor_id, e.details) for e in exports] == [
        ("69M", None, {"batch": "1", "deaths": "1"}), ("69", None, {"batch": "1", "deaths": "1"})]


def test_without_output_the_csv_goes_to_the_standard_output_and_the_summary_to_the_error_output(
        services: Services, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "deces", "--collectivite", "69"]) == 0
    out, err = capsys.readouterr()
    assert [r["iodas_id"] for r in rows(out)] == ["9001"]
    assert err == "1 décès exporté (lot n° 1, Département du Rhône).\n"
    assert main(["export", "deces", "--collectivite", "69"]) == 0
    assert capsys.readouterr() == ("", NOTHING)


def test_a_place_that_cannot_be_written_records_no_batch_and_a_file_named_is_written(
        services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    absent = tmp_path / "absent" / "deces.csv"
    assert main(["export", "deces", "--collectivite", "69", "-o", str(absent)]) == 2
    assert capsys.readouterr().err == (f"Fichier impossible à écrire : {absent} (son dossier n'existe pas) ; aucun lot "
                                       "n'a été créé.\n")
    named = tmp_path / "deces.csv"
    assert main(["export", "deces", "--collectivite", "69", "-o", str(named)]) == 0
    assert "(lot n° 1, Département du Rhône)" in capsys.readouterr().out, "the failed run recorded no batch"
    assert [r["iodas_id"] for r in rows(named.read_text(encoding="utf-8"))] == ["9001"]


def test_a_folder_that_exists_but_takes_no_file_is_told_as_not_writable_not_as_missing(
        services: Services, capsys: pytest.CaptureFixture[str]) -> None:
    """/proc exists, and answers « no such file » to a new one (as root too): it was told « son dossier n'existe
    pas » (an acceptance test)."""
    assert main(["export", "deces", "--collectivite", "69", "--output", "/proc/x.csv"]) == 2
    assert capsys.readouterr().err == ("Fichier impossible à écrire : /proc/x.csv (le dossier /proc n'est pas "
                                       "accessible en écriture) ; aucun lot n'a été créé.\n")
    assert main(["export", "deces", "--collectivite", "69"]) == 0
    assert "(lot n° 1, Département du Rhône)" in capsys.readouterr().err, "the failed run recorded no batch"


def test_a_file_that_could_not_be_written_once_the_batch_was_recorded_is_told_and_left_to_the_back_office(
        services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    def disk_full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    assert main(["export", "deces", "--collectivite", "69", "-o", str(tmp_path)]) == 1
    assert "Le lot n° 1 (1 décès) est enregistré, mais son fichier n'a pu être écrit (disque plein)" in (
        capsys.readouterr().err)
    assert os.listdir(tmp_path) == []


def test_with_several_collectivites_the_command_asks_which(services: Services, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as refused:
        main(["export", "deces"])
    assert refused.value.code == 2 and "précisez --collectivite (69, 69M)" in capsys.readouterr().err
