"""A spreadsheet's export (semicolons, JJ/MM/AAAA) is read like our own format (commas, AAAA-MM-JJ)."""

import codecs
import io
from datetime import date
from pathlib import Path

import pytest

from infrastructure.csv_files import UnreadableText, open_text, parse_day, records, rows, text_of

TEXT = "usage_name;first_names\nLEFÈVRE;Hélène Zoë\nŒUVRARD;Nöël\n"


def test_the_separator_is_the_one_the_header_uses() -> None:
    assert list(rows(["a;b;c\n", "1;2,5;3\n"])) == [["a", "b", "c"], ["1", "2,5", "3"]]
    assert list(records(["a,b\n", "1;2,3\n"])) == [{"a": "1;2", "b": "3"}]
    assert list(records([" Last_Name ;REF\n", "Martin;1\n"])) == [{"last_name": "Martin", "ref": "1"}]


@pytest.mark.parametrize("text", ["1931-04-12", "12/04/1931", " 12/04/1931 ", "12.04.1931", "12-04-1931", "1931/04/12",
                                  "19310412", "1931-4-12", "12/4/1931", "12/04/1931 00:00:00", "1931-04-12T00:00:00",
                                  "1931-04-12 00:00:00.000", "1931-04-12 00:00"])
def test_a_date_is_read_year_first_or_else_day_first_with_a_midnight_time_or_without(text: str) -> None:
    assert parse_day(text) == date(1931, 4, 12)


@pytest.mark.parametrize(("text", "reason"), [
    ("12/04/31", "n'est pas une date"), ("1931-04-12 13:45", "n'est pas une date"), ("1931412", "n'est pas une date"),
    ("12/04-1931", "n'est pas une date"), ("04/31/1931", "n'est pas un jour du calendrier"),
    ("1931-02-30", "n'est pas un jour du calendrier"), ("31.02.1931", "n'est pas un jour du calendrier"),
])
def test_any_other_date_is_refused_with_a_french_reason(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_day(text)


@pytest.mark.parametrize("text", ["00/00/1936", "00.00.1936", "1936-00-00", "19360000", "00/07/1936", "1936-07-00",
                                  "00/00/1936 00:00:00"])
def test_a_birth_date_whose_day_is_unknown_is_read_as_its_year_alone(text: str) -> None:
    """'Né en 1936': the 1st of January, as the files that need a day write it (the matcher reads it so)."""
    assert parse_day(text, year_only_if_unknown=True) == date(1936, 1, 1)
    with pytest.raises(ValueError, match="n'est pas un jour du calendrier"):
        parse_day(text)  # any other date (an aid's start, a death) must be a day


@pytest.mark.parametrize("text", ["00/13/1936", "32/00/1936", "1936-13-00"])
def test_a_birth_date_with_an_unknown_day_still_has_a_month_of_the_calendar(text: str) -> None:
    with pytest.raises(ValueError, match="n'est pas un jour du calendrier"):
        parse_day(text, year_only_if_unknown=True)


@pytest.mark.parametrize("data", [TEXT.encode("utf-8"), codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT.encode("cp1252"),
                                  TEXT.encode("utf-16"), codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")],
                         ids=["utf-8", "utf-8 with its mark", "windows-1252", "utf-16", "utf-16 big-endian"])
def test_a_file_is_read_in_the_encoding_it_was_saved_in(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(data)
    with open_text(path) as handle:
        assert handle.read() == TEXT
    assert text_of(io.BytesIO(data)).read() == TEXT


def test_a_file_in_none_of_them_is_refused_with_a_french_reason(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(TEXT.encode("cp1252") + b"\x81")  # undefined in Windows-1252, invalid in UTF-8
    with pytest.raises(UnreadableText, match="réenregistrez-le en UTF-8"):
        open_text(path)
    with pytest.raises(UnreadableText):
        text_of(io.BytesIO(path.read_bytes()))
