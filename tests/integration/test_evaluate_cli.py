"""`notaires evaluate`: the confusion table of the engine on a labelled list, on a real SQLite file."""

import csv
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from interfaces.cli.main import main
from tests.integration.test_cli import EXTRACT

LABELLED = (
    "ref,last_name,birth_name,first_names,birth_date,death_date,death_place,expected_iodas_ids,expected\n"
    "a,Martin,Durand,Jeanne,1931-04-12,2024-01-05,Lyon,9001,member\n"
    "b,Inconnu,,Paul,1950-01-01,2024-01-05,Lyon,,nonmember\n"
    "c,Petit,,Louis,1940-02-20,2024-01-05,Lyon,9003 9004,ambiguous\n"
    "d,Lefebvre,,Henri Paul,1928-02-11,2024-01-05,Lyon,9002,member\n"
    "e,Martin,,Jeanne,1931-04-12,2024-01-05,Lyon,9002,member\n"
    "f,Martin,,Jeanne,1931-04-12,1920-01-05,Lyon,9001,member\n"
)


@pytest.fixture(autouse=True)
def database(monkeypatch: pytest.MonkeyPatch, sqlite_url: str) -> None:
    monkeypatch.setenv("NOTAIRES_DATABASE_URL", sqlite_url)


def _imported_with_its_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The extract imported into the test database; the labelled list's path."""
    (tmp_path / "b.csv").write_text(EXTRACT, encoding="utf-8")
    (tmp_path / "l.csv").write_text(LABELLED, encoding="utf-8")
    assert main(["import", "beneficiaries", str(tmp_path / "b.csv")]) == 0
    capsys.readouterr()
    return str(tmp_path / "l.csv")


def test_evaluate_prints_the_confusion_table_and_writes_the_mistakes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    labelled = _imported_with_its_list(tmp_path, capsys)
    mistakes = tmp_path / "mistakes.csv"
    assert main(["evaluate", labelled, "--mistakes", str(mistakes)]) == 0
    out, err = capsys.readouterr()
    lines = {line.split()[0]: line.split() for line in out.splitlines()}
    assert lines["attendu"] == ["attendu", "correct", "deferred", "missed", "wrong", "invalid", "total"]
    # Each verdict is "count percentage %": a, b, c are right; the Lefebvre with a slipped name and a swapped
    # date is left to an agent; e names another person than the label; f cannot be searched.
    assert lines["total"][1:16:3] == ["3", "1", "0", "1", "1"]
    assert lines["total"][2:16:3] == ["50.00", "16.67", "0.00", "16.67", "16.67"]
    assert lines["total"][-1] == "6"
    assert "attribution(s) erronée(s)" in err
    rows = {r["ref"]: r for r in csv.DictReader(mistakes.open(encoding="utf-8"))}
    assert rows["e"]["verdict"] == "wrong" and rows["e"]["iodas_id"] == "9001"
    assert rows["f"]["verdict"] == "invalid"
    # Why each row went astray, for whoever tunes the engine: the matcher's reason (a notary never reads it).
    assert rows["d"]["verdict"] == "deferred" and "à vérifier" in rows["d"]["reason"]
    assert "un seul bénéficiaire correspond" in rows["e"]["reason"] and rows["f"]["reason"] == ""


def test_evaluate_refuses_an_unknown_expectation(tmp_path: Path) -> None:
    (tmp_path / "l.csv").write_text(LABELLED.replace("nonmember", "peut-être"), encoding="utf-8")
    with pytest.raises(SystemExit, match="ligne 3 : « expected » doit valoir member, nonmember ou ambiguous."):
        main(["evaluate", str(tmp_path / "l.csv")])


def test_evaluate_tells_the_reasons_of_the_answers_that_are_not_correct(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    labelled = _imported_with_its_list(tmp_path, capsys)
    assert main(["evaluate", labelled, "--motifs"]) == 0
    out = capsys.readouterr().out
    motifs = out[out.index("motifs des réponses"):].splitlines()[1:]
    assert len(motifs) == 3  # d deferred, e wrong, f invalid: one reason each
    [deferred] = [line for line in motifs if " deferred " in line]
    assert deferred.split()[:3] == ["1", "deferred", "member"] and "à vérifier" in deferred
    assert "candidats examinés" not in deferred and not any(c.isdigit() for c in deferred.split(maxsplit=3)[3])
    assert any(" invalid " in line and "naissance" in line for line in motifs)


def test_evaluate_tells_what_agrees_with_the_person_expected_where_the_engine_missed_or_deferred(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """d, deferred, typed 'Lefebvre Henri Paul' born 11/02 for LEFÈVRE HENRI born 02/11: a slip in the surname, a
    first name in common, the day and month swapped. Wrong and invalid rows are not counted there."""
    labelled = _imported_with_its_list(tmp_path, capsys)
    assert main(["evaluate", labelled, "--accords"]) == 0
    out = capsys.readouterr().out
    lines = out[out.index("ce qui concorde"):].splitlines()[1:]
    assert [line.split(maxsplit=2) for line in lines] == [
        ["1", "deferred", "nom à une faute, un prénom en commun, jour et mois inversés"]]


def test_evaluate_compares_its_answers_with_an_earlier_run_search_by_search(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An earlier run (its --mistakes file) deferred a, gave b a file and deferred d; this one answers a and b
    rightly, defers d again, gives e another person's file and cannot search f. The wrong answers are as many,
    but not the same searches: the comparison names them. The file may be the one this run's --mistakes rewrites."""
    labelled = _imported_with_its_list(tmp_path, capsys)
    earlier = tmp_path / "earlier.csv"
    earlier.write_text("ref,expected,verdict,reason\na,member,deferred,x\nb,nonmember,wrong,x\nd,member,deferred,x\n",
                       encoding="utf-8")
    assert main(["evaluate", labelled, "--compare", str(earlier), "--mistakes", str(earlier)]) == 0
    out = capsys.readouterr().out
    lines = out[out.index("réponses changées par rapport à earlier.csv"):].splitlines()[1:]
    assert sorted(line.split() for line in lines[:4]) == [
        ["1", "member", "correct", "→", "invalid"], ["1", "member", "correct", "→", "wrong"],
        ["1", "member", "deferred", "→", "correct"], ["1", "nonmember", "wrong", "→", "correct"]]
    assert lines[4:] == ["attributions erronées : 1 → 1", "  nouvelles : e", "  disparues : b"]
    # Run again against the file this run wrote: nothing changed.
    assert main(["evaluate", labelled, "--compare", str(earlier)]) == 0
    out = capsys.readouterr().out
    assert "aucune réponse n'a changé par rapport à earlier.csv" in out
    assert "attributions erronées : les mêmes recherches (1)" in out


@pytest.mark.parametrize(("earlier", "message"), [
    ("ref,verdict\nzz,deferred\n", "earlier.csv, ligne 2 : la référence « zz » n'est pas dans la liste étiquetée"),
    ("ref,verdict\na,peut-être\n", "earlier.csv, ligne 2 : « verdict » doit valoir correct, deferred"),
    ("ref,statut\na,deferred\n", "earlier.csv : colonnes manquantes : verdict"),
])
def test_evaluate_refuses_to_compare_with_a_file_that_is_not_an_earlier_run_of_the_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], earlier: str, message: str
) -> None:
    """Told before anything is matched: a long list is not answered for nothing."""
    labelled = _imported_with_its_list(tmp_path, capsys)
    (tmp_path / "earlier.csv").write_text(earlier, encoding="utf-8")
    with pytest.raises(SystemExit, match=message):
        main(["evaluate", labelled, "--compare", str(tmp_path / "earlier.csv")])
    assert "attendu" not in capsys.readouterr().out


def test_evaluate_compares_only_a_list_whose_references_are_unique(tmp_path: Path) -> None:
    (tmp_path / "l.csv").write_text(LABELLED.replace("\nb,", "\na,"), encoding="utf-8")
    (tmp_path / "earlier.csv").write_text("ref,verdict\na,deferred\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="la liste étiquetée répète la référence « a »"):
        main(["evaluate", str(tmp_path / "l.csv"), "--compare", str(tmp_path / "earlier.csv")])


def test_evaluate_against_an_extract_alone_leaves_the_service_s_database_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sqlite_url: str
) -> None:
    """`--extract`: the list is measured against that extract in a throwaway database; people already in the
    service's database (here a namesake of the member 'a', as the demo data holds one) neither count nor change."""
    other = EXTRACT.splitlines()[0] + "\n7777,F,MARTIN,DURAND,JEANNE,1931-04-12,MDR01,ASH,2015-01-01,\n"
    (tmp_path / "other.csv").write_text(other, encoding="utf-8")
    assert main(["import", "beneficiaries", str(tmp_path / "other.csv")]) == 0
    (tmp_path / "b.csv").write_text(EXTRACT, encoding="utf-8")
    (tmp_path / "l.csv").write_text(LABELLED, encoding="utf-8")
    capsys.readouterr()
    assert main(["evaluate", str(tmp_path / "l.csv"), "--extract", str(tmp_path / "b.csv")]) == 0
    out, err = capsys.readouterr()
    lines = {line.split()[0]: line.split() for line in out.splitlines()}
    assert lines["total"][1:16:3] == ["3", "1", "0", "1", "1"]  # as when the extract alone is imported
    assert "Extraction b.csv : 5 lignes lues, 1 rejetée ; 4 créés" in err
    engine = create_engine(sqlite_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT iodas_id FROM beneficiary")).scalars().all() == ["7777"]
    engine.dispose()


def test_evaluate_with_an_extract_of_which_nothing_loads_says_so(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "b.csv").write_text("", encoding="utf-8")
    (tmp_path / "l.csv").write_text(LABELLED, encoding="utf-8")
    assert main(["evaluate", str(tmp_path / "l.csv"), "--extract", str(tmp_path / "b.csv")]) == 1
    assert "Aucune ligne n'a été chargée" in capsys.readouterr().err
