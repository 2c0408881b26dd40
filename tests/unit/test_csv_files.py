"""A spreadsheet's export (semicolons, JJ/MM/AAAA) is read like our own format (commas, AAAA-MM-JJ)."""

from datetime import date

import pytest

from infrastructure.csv_files import parse_day, records, rows


def test_the_separator_is_the_one_the_header_uses() -> None:
    assert list(rows(["a;b;c\n", "1;2,5;3\n"])) == [["a", "b", "c"], ["1", "2,5", "3"]]
    assert list(records(["a,b\n", "1;2,3\n"])) == [{"a": "1;2", "b": "3"}]


@pytest.mark.parametrize("text", ["1931-04-12", "12/04/1931", " 12/04/1931 "])
def test_a_date_is_read_iso_or_day_first(text: str) -> None:
    assert parse_day(text) == date(1931, 4, 12)


@pytest.mark.parametrize("text", ["04/31/1931", "1931/04/12", "12.04.1931", "12/04/31"])
def test_any_other_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_day(text)
