"""What the CSV files we are given may look like, so that an export is read as its author saved it.

A French spreadsheet saves with semicolons and writes dates as JJ/MM/AAAA; our own formats use commas and
AAAA-MM-JJ. Both are read: the separator is the one the header line uses most, and a date with slashes is
read day first. Nothing else is guessed: any other date is refused with the formats we accept.
"""

import _csv
import csv
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from itertools import chain

DATE_FORMATS = "AAAA-MM-JJ ou JJ/MM/AAAA"


def _separated(lines: Iterable[str]) -> tuple[Iterator[str], str]:
    remaining = iter(lines)
    header = next(remaining, "")
    delimiter = ";" if header.count(";") > header.count(",") else ","
    return chain([header], remaining), delimiter


def rows(lines: Iterable[str]) -> "_csv.Reader":
    """A `csv.reader` over the lines (it keeps `line_num`), with the header's separator."""
    every, delimiter = _separated(lines)
    return csv.reader(every, delimiter=delimiter)


def records(lines: Iterable[str]) -> "csv.DictReader[str]":
    every, delimiter = _separated(lines)
    return csv.DictReader(every, delimiter=delimiter)


def parse_day(text: str) -> date:
    """'1931-04-12' or '12/04/1931'; ValueError otherwise."""
    text = text.strip()
    if "/" in text:
        return datetime.strptime(text, "%d/%m/%Y").date()
    return date.fromisoformat(text)
