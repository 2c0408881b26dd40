"""What the CSV files we are given may look like, so that an export is read as its author saved it.

A French spreadsheet saves with semicolons and writes dates as JJ/MM/AAAA; our own formats use commas and
AAAA-MM-JJ. Both are read: the separator is the one the header line uses most, and a date with slashes is
read day first. Nothing else is guessed: any other date is refused with the formats we accept.

Nor is the text always UTF-8: Windows tools save in Windows-1252 ("ANSI"), and Excel's "Unicode text" in UTF-16.
A file is read as UTF-16 when it starts with that mark, as UTF-8 when every byte of it is valid UTF-8 (a
Windows-1252 file with accents almost never is), and as Windows-1252 otherwise.
"""

import _csv
import codecs
import csv
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from itertools import chain
from pathlib import Path
from typing import BinaryIO, TextIO

DATE_FORMATS = "AAAA-MM-JJ ou JJ/MM/AAAA"
_CHUNK = 1 << 20


class UnreadableText(ValueError):
    """A file in none of the encodings we read; the message is for the person who sent it."""

    def __init__(self) -> None:
        super().__init__("Le fichier n'est ni en UTF-8, ni en UTF-16, ni en Windows-1252 : réenregistrez-le en UTF-8 "
                         "(« CSV UTF-8 » dans un tableur) et recommencez.")


def open_text(path: Path) -> TextIO:
    """The file as text, in the encoding it was saved in (see above); the caller closes it."""
    with path.open("rb") as raw:
        encoding = _encoding(raw)
    return path.open(encoding=encoding, newline="")


def decode(data: bytes) -> str:
    """Bytes sent from a browser, read by the same rule as a file."""
    for encoding in _candidates(data[:2]):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableText()


def _candidates(head: bytes) -> tuple[str, ...]:
    # Each is checked on the whole text: Windows-1252 too leaves five bytes undefined.
    return ("utf-16",) if head in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else ("utf-8-sig", "cp1252")


def _encoding(raw: BinaryIO) -> str:
    for encoding in _candidates(raw.read(2)):
        raw.seek(0)
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            while chunk := raw.read(_CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding
    raise UnreadableText()


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
