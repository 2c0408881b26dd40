"""Lists to match or evaluate are read whether saved by us (commas, AAAA-MM-JJ) or by a spreadsheet."""

from datetime import date
from pathlib import Path

import pytest

from application.evaluation import Expected
from infrastructure.csv_files import UnreadableLine
from interfaces.cli.lists import read_entries, read_labelled

HEADER = "ref,last_name,birth_name,first_names,birth_date,death_date,death_place,expected_iodas_ids,expected\n"


def test_a_labelled_list_saved_by_a_spreadsheet_reads_like_ours(tmp_path: Path) -> None:
    ours, exported = tmp_path / "ours.csv", tmp_path / "exported.csv"
    ours.write_text(HEADER + "q1,Martin,Durand,Jeanne,1931-04-12,2024-01-05,Lyon,100 101,ambiguous\n", encoding="utf-8")
    exported.write_text(HEADER.replace(",", ";") + "q1;Martin;Durand;Jeanne;12/04/1931;05/01/2024;Lyon;100 101;AMBIGUOUS\n",
                        encoding="utf-8-sig")
    assert read_labelled(exported) == read_labelled(ours)
    [(label, entry)] = read_labelled(exported)
    assert label.expected is Expected.AMBIGUOUS and label.iodas_ids == {"100", "101"}
    assert entry.form.birth_date == date(1931, 4, 12)


def test_an_unreadable_date_keeps_the_row_to_answer_it_invalid(tmp_path: Path) -> None:
    listed = tmp_path / "list.csv"
    listed.write_text(HEADER + "q1,Martin,,Jeanne,1931-13-45,2024-01-05,Lyon,,nonmember\n", encoding="utf-8")
    [entry] = read_entries(listed)
    assert entry.error and "date invalide" in entry.error


def test_expected_answers_and_ids_may_be_written_otherwise(tmp_path: Path) -> None:
    listed = tmp_path / "list.csv"
    listed.write_text(HEADER + 'q1,Martin,,Jeanne,1931-04-12,2024-01-05,Lyon,"100;101",Ambiguous\n'
                      + "q2,Martin,,Jeanne,1931-04-12,2024-01-05,Lyon,,non-member\n"
                      + 'q3,Martin,,Jeanne,1931-04-12,2024-01-05,Lyon,"102, 103",member\n', encoding="utf-8")
    (a, _), (b, _), (c, _) = read_labelled(listed)
    assert a.expected is Expected.AMBIGUOUS and a.iodas_ids == {"100", "101"}
    assert (b.expected, b.iodas_ids) == (Expected.NONMEMBER, frozenset())
    assert c.iodas_ids == {"102", "103"}


def test_a_doubt_may_be_labelled_without_its_candidates(tmp_path: Path) -> None:
    """AMBIGUOUS is right whoever the candidates are; only a member's ids are needed to judge a named person."""
    listed = tmp_path / "list.csv"
    listed.write_text(HEADER + "q1,Martin,,Jeanne,1931-04-12,2024-01-05,Lyon,,ambiguous\n", encoding="utf-8")
    [(label, _)] = read_labelled(listed)
    assert (label.expected, label.iodas_ids) == (Expected.AMBIGUOUS, frozenset())
    listed.write_text(HEADER + "q1,Martin,,Jeanne,1931-04-12,2024-01-05,Lyon,,member\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="ligne 2 : « expected_iodas_ids » est vide"):
        read_labelled(listed)


def test_a_list_holding_a_line_too_long_to_read_is_refused_with_its_line_and_an_unreadable_header_whole(
        tmp_path: Path) -> None:
    listed = tmp_path / "list.csv"
    listed.write_text(HEADER + "q1,Martin,,Jeanne,1931-04-12,2024-01-05,Lyon,,nonmember\n"
                      f"q2,{'M' * 200_000},,Jeanne,1931-04-12,2024-01-05,Lyon,,nonmember\n", encoding="utf-8")
    for read in (read_entries, read_labelled):
        with pytest.raises(SystemExit, match=r"ligne illisible : un champ dépasse 131\u202f072 caractères \(ligne 3\)"):
            read(listed)
    listed.write_text(HEADER.replace("ref", "R" * 200_000), encoding="utf-8")
    with pytest.raises(UnreadableLine, match="fichier illisible"):
        read_entries(listed)
