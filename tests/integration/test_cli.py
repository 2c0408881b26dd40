"""The `notaires` commands, as the IT team runs them, on a real SQLite file."""

import csv
import os
from pathlib import Path

import pytest

from interfaces.cli.main import main
from tests.conftest import make_services
from tests.support.builders import EXTRACT_HEADER

EXTRACT = EXTRACT_HEADER + (
    "9001,F,MARTIN,DURAND,JEANNE MARIE,1931-04-12,MDR01,ASH,2015-01-01,\n"
    "9002,M,Lefèvre,Lefèvre,Henri,1928-11-02,MDR02,APA,2018-03-01,2021-06-30\n"
    "9003,M,PETIT,PETIT,LOUIS,1940-02-20,MDR01,APA,2019-01-01,\n"
    "9004,M,PETIT,PETIT,LOUIS,1940-02-20,MDR03,PCH,2012-01-01,\n"
    "9005,M,FAUX,,PAUL,1940-13-01,MDR03,PCH,2012-01-01,\n"
)


@pytest.fixture(autouse=True)
def database(monkeypatch: pytest.MonkeyPatch, sqlite_url: str) -> None:
    monkeypatch.setenv("NOTAIRES_DATABASE_URL", sqlite_url)


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_an_extract_with_a_bad_row_loads_the_good_ones_and_reports_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "beneficiaries", _write(tmp_path, "b.csv", EXTRACT)]) == 0
    out, err = capsys.readouterr()
    assert "5 lignes lues, 1 rejetée ; 4 créés" in out
    assert "ligne 6 : date de naissance invalide : « 1940-13-01 » n'est pas un jour du calendrier" in err
    assert main(["import", "beneficiaries", _write(tmp_path, "b.csv", EXTRACT)]) == 0
    assert "0 créé, 0 mis à jour, 4 inchangés, 0 aide ajoutée" in capsys.readouterr().out


def test_an_extract_saved_by_a_windows_tool_keeps_its_accents(tmp_path: Path) -> None:
    path = tmp_path / "ansi.csv"
    path.write_bytes(EXTRACT.encode("cp1252"))
    assert main(["import", "beneficiaries", str(path)]) == 0
    with make_services(os.environ["NOTAIRES_DATABASE_URL"]).uow() as uow:
        person = uow.beneficiaries.get("69", "9002")
    assert person is not None and person.usage_name == "Lefèvre"


@pytest.mark.parametrize("what", ["beneficiaries", "offices"])
def test_a_file_that_cannot_be_read_is_told_in_french(what: str, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", what, str(tmp_path / "absent.csv")]) == 2
    assert f"Fichier illisible : {tmp_path / 'absent.csv'} (il n'existe pas)." in capsys.readouterr().err
    assert main(["import", what, str(tmp_path)]) == 2
    assert "(c'est un dossier)" in capsys.readouterr().err
    garbled = tmp_path / "garbled.csv"
    garbled.write_bytes(b"\x81\x8d")
    assert main(["import", what, str(garbled)]) == 2
    assert "ni en UTF-8, ni en UTF-16, ni en Windows-1252" in capsys.readouterr().err


def test_a_database_or_a_setting_that_cannot_be_used_is_told_in_french(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    extract = _write(tmp_path, "b.csv", EXTRACT)
    monkeypatch.setenv("NOTAIRES_DATABASE_URL", "postgresql://clerc:secret@127.0.0.1:1/notaires")
    assert main(["import", "beneficiaries", extract]) == 2
    err = capsys.readouterr().err
    assert "Base de données injoignable (postgresql+psycopg://clerc:***@127.0.0.1:1/notaires)" in err
    assert "secret" not in err
    monkeypatch.setenv("NOTAIRES_DATABASE_URL", "pas-une-adresse")
    monkeypatch.setenv("NOTAIRES_DEV", "1")  # the demo is refused outside development before the database is read
    assert main(["demo"]) == 2
    assert "Adresse de base de données invalide (NOTAIRES_DATABASE_URL)" in capsys.readouterr().err
    monkeypatch.setenv("NOTAIRES_MATCH_ACCEPT_TOTAL", "beaucoup")
    assert main(["import", "beneficiaries", extract]) == 2
    assert "NOTAIRES_MATCH_ACCEPT_TOTAL=« beaucoup » : un nombre de 0 à 1 est attendu" in capsys.readouterr().err


def test_a_file_without_the_columns_is_refused_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "beneficiaries", _write(tmp_path, "vide.csv", "")]) == 1  # a scheduled job alerts
    out, err = capsys.readouterr()
    assert (out, err) == ("", "Aucune ligne n'a été chargée : fichier vide.\n")
    assert main(["import", "beneficiaries", _write(tmp_path, "court.csv", EXTRACT.replace(",aid_code", ""))]) == 1
    assert capsys.readouterr().err == "Aucune ligne n'a été chargée : colonnes manquantes : aid_code.\n"
    assert main(["import", "offices", _write(tmp_path, "vide.csv", "")]) == 1
    assert capsys.readouterr().err == "Aucune ligne n'a été chargée : fichier vide.\n"
    other = _write(tmp_path, "autre.csv", "nom,prenom\nMartin,Jean\n")
    for command in (["match", other, "-o", str(tmp_path / "out.csv")], ["evaluate", other]):
        with pytest.raises(SystemExit, match="colonnes manquantes : last_name, first_names, birth_date, death_date"):
            main(command)
    assert not (tmp_path / "out.csv").exists()


def test_bulk_matching_writes_one_answer_per_row(tmp_path: Path) -> None:
    main(["import", "beneficiaries", _write(tmp_path, "b.csv", EXTRACT)])
    queries = (
        "ref,last_name,birth_name,first_names,birth_date,death_date,death_place\n"
        "a,Martin,Durand,Jeanne,1931-04-12,2024-01-05,Lyon\n"
        "b,Inconnu,,Paul,1950-01-01,2024-01-05,Lyon\n"
        "c,Petit,,Louis,1940-02-20,2024-01-05,Lyon\n"
        "d,Martin,,Jeanne,1931-04-12,1920-01-05,Lyon\n"
        "e,Lefevre,,Henri,1928-11-02,2024-01-05,Lyon\n"
        "f,Martin,,Jeanne,31/02/1931,2024-01-05,Lyon\n"
        "g,Martin,,Jeanne,12/04/1931,05/01/2024,Lyon\n"
    )
    out = tmp_path / "out.csv"
    assert main(["match", _write(tmp_path, "q.csv", queries), "-o", str(out)]) == 0
    rows = {r["ref"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert {k: (r["outcome"], r["iodas_id"]) for k, r in rows.items()} == {
        "a": ("RECOVERABLE_AID", "9001"), "b": ("UNKNOWN", ""), "c": ("AMBIGUOUS", ""), "d": ("INVALID", ""),
        "e": ("POSSIBLE_UNDUE_PAYMENT", "9002"), "f": ("INVALID", ""), "g": ("RECOVERABLE_AID", "9001"),
    }
    assert "précéder la date de naissance" in rows["d"]["error"]
    assert float(rows["a"]["score"]) == 1.0
    assert "correspondent presque également" in rows["c"]["reason"] and rows["d"]["reason"] == ""


def test_bulk_matching_hands_a_spreadsheet_no_formula_from_the_list_it_was_given(tmp_path: Path) -> None:
    main(["import", "beneficiaries", _write(tmp_path, "b.csv", EXTRACT)])
    queries = ("ref,last_name,birth_name,first_names,birth_date,death_date,death_place\n"
               '"=HYPERLINK(""http://evil.example/"")",Martin,Durand,Jeanne,1931-04-12,2024-01-05,Lyon\n')
    out = tmp_path / "out.csv"
    assert main(["match", _write(tmp_path, "q.csv", queries), "-o", str(out)]) == 0
    [row] = csv.DictReader(out.open(encoding="utf-8"))
    assert row["ref"] == "'=HYPERLINK(\"http://evil.example/\")" and row["outcome"] == "RECOVERABLE_AID"


def test_a_notary_needs_a_known_office(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", open(_write(tmp_path, "pw", "Un-Mot-De-Passe-Long\n"), encoding="utf-8"))
    assert main(["users", "create", "--role", "notary", "--crpcen", "1", "--email", "a@b.fr", "--password-stdin"]) == 1
    assert "Étude inconnue" in capsys.readouterr().err


def test_an_implausible_date_is_rejected_with_its_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    extract = EXTRACT_HEADER + ("9101,M,LAMBERT,,NOEL,05/05/2041,MDR01,APA,01/01/2020,\n"
                                "9102,M,ROUX,,YVES,05/05/1942,MDR01,APA,01/01/2099,\n")
    assert main(["import", "beneficiaries", _write(tmp_path, "b.csv", extract)]) == 1  # the nightly unit fails
    err = capsys.readouterr().err
    assert "ligne 2 : date de naissance invalide : « 05/05/2041 » est dans le futur" in err
    assert "ligne 3 : date de début d'aide invalide : « 01/01/2099 » est à plus d'un an" in err
    assert "Aucune ligne n'a été chargée : les 2 lignes du fichier ont toutes été rejetées." in err


def test_a_maison_code_the_referential_lacks_is_warned_of(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    maisons = "code,name,email\nMDR01,Maison Lyon,mdr01@rhone.example\nMDR02,Maison Vaulx,mdr02@rhone.example\n"
    assert main(["import", "maisons", _write(tmp_path, "m.csv", maisons)]) == 0
    capsys.readouterr()
    assert main(["import", "beneficiaries", _write(tmp_path, "b.csv", EXTRACT)]) == 0
    out, err = capsys.readouterr()
    assert "4 créés" in out
    assert "Attention : code de maison inconnu du référentiel : « MDR03 » (1 personne)." in err


def test_account_mistakes_are_told_in_french_and_the_role_in_french_words(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def create(*options: str) -> int:
        monkeypatch.setattr("sys.stdin", open(_write(tmp_path, "pw", "Un-Mot-De-Passe-Long\n"), encoding="utf-8"))
        return main(["users", "create", *options, "--password-stdin"])

    assert create("--role", "notary", "--email", "a@b.fr") == 2
    assert capsys.readouterr().err == "--crpcen est obligatoire pour un compte d'étude (--role notary).\n"
    assert create("--role", "admin", "--email", "a@b.fr", "--crpcen", "69001") == 2
    assert "--crpcen ne vaut que pour un compte d'étude (--role notary)" in capsys.readouterr().err
    assert create("--role", "agent", "--email", "x@y.fr", "--collectivite", "99") == 1
    assert capsys.readouterr().err.startswith("Collectivité inconnue : 99 (connues : 69")  # not a traceback
    assert create("--role", "agent", "--email", "", "--collectivite", "69") == 1
    assert capsys.readouterr().err == "Adresse électronique manquante.\n"
    assert create("--role", "agent", "--email", "x@y.fr") == 0
    assert capsys.readouterr().out == "Compte créé : x@y.fr (agent, Département du Rhône).\n"
    assert create("--role", "admin", "--email", "chef@y.fr") == 0
    assert capsys.readouterr().out == "Compte créé : chef@y.fr (administrateur, Département du Rhône).\n"


def test_the_command_line_speaks_french_in_its_help_and_its_mistakes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as helped:
        main(["users", "create", "--help"])
    assert helped.value.code == 0
    shown = capsys.readouterr().out
    assert shown.startswith("utilisation : notaires users create") and "affiche cette aide" in shown
    with pytest.raises(SystemExit) as refused:
        main(["users", "create"])
    assert refused.value.code == 2
    assert "erreur : arguments obligatoires manquants : --role, --email, --password-stdin" in capsys.readouterr().err
