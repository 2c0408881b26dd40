"""What the CSV files we are given may look like, so that an export is read as its author saved it.

A French spreadsheet saves with semicolons and writes dates as JJ/MM/AAAA; our own formats use commas and
AAAA-MM-JJ; a database export may add a midnight time to a date. All are read: the separator is the one the
header line uses most, and a date that does not start with its year is read day first, as in France. Nothing
else is guessed: a year of two digits or a time of day is refused with the formats we accept.

Nor is the text always UTF-8: Windows tools save in Windows-1252 ("ANSI"), and Excel's "Unicode text" in UTF-16.
A file is read as UTF-16 when it starts with that mark, as UTF-8 when every byte of it is valid UTF-8 (a
Windows-1252 file with accents almost never is), and as Windows-1252 otherwise.
"""

import _csv
import codecs
import csv
import io
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from datetime import date
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO, TextIO, TypeVar

_DATE_FORMATS = "JJ/MM/AAAA, JJ.MM.AAAA, JJ-MM-AAAA, AAAA-MM-JJ, AAAA/MM/JJ ou AAAAMMJJ"
_MIDNIGHT = r"(?:[ T]00:00(?::00(?:\.0+)?)?)?"
_DAY = re.compile(r"(?:(?P<d>\d{1,2})(?P<s>[/.-])(?P<m>\d{1,2})(?P=s)(?P<y>\d{4})"  # day first
                  r"|(?P<y2>\d{4})(?P<s2>[/-])(?P<m2>\d{1,2})(?P=s2)(?P<d2>\d{1,2})"  # year first
                  r"|(?P<y3>\d{4})(?P<m3>\d{2})(?P<d3>\d{2}))" + _MIDNIGHT)
_CHUNK = 1 << 20
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# The csv module's bound on one field (131,072 characters): no name, date or address comes near it; a longer field is
# a broken file (a quote never closed), and raising the bound would only let it fill the memory.
FIELD_LIMIT = csv.field_size_limit()
R = TypeVar("R")


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


def text_of(raw: BinaryIO) -> TextIO:
    """A file received from a browser (seekable), read by the same rule, a chunk at a time: never whole in memory."""
    encoding = _encoding(raw)
    raw.seek(0)
    return io.TextIOWrapper(raw, encoding=encoding, newline="")


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


class UnreadableLine(ValueError):
    """Lines the csv module cannot read as a row (a field beyond FIELD_LIMIT characters: a line that long, or a quote
    left open over the lines after it); the message, in French, is the reason they are rejected. Raised for the
    header line: the file cannot be read at all."""

    def __init__(self, line: int, error: csv.Error, *, last: int | None = None, header: bool = False) -> None:
        why = (f"un champ dépasse {FIELD_LIMIT:,} caractères".replace(",", "\u202f")
               if "field larger than field limit" in str(error) else f"mise en forme CSV invalide ({error})")
        if header:
            message = f"fichier illisible : {why} dans la ligne des noms de colonnes"
        elif last is not None and last > line:
            message = f"lignes {line} à {last} illisibles : {why} (un guillemet laissé ouvert ?)"
        else:
            message = f"ligne illisible : {why}"
        super().__init__(message)
        self.line = line


def header(reader: "_csv.Reader") -> list[str]:
    """The first row of `rows(…)`, its column names; empty for an empty file. UnreadableLine when unreadable."""
    try:
        return next(reader, [])
    except csv.Error as error:
        raise UnreadableLine(reader.line_num, error, header=True) from None


def readable(reader: "_csv.Reader") -> Iterator[list[str] | UnreadableLine]:
    """The rows of `rows(…)`; lines the csv module cannot read come as an UnreadableLine, to be rejected with their
    numbers, and the reading goes on at the next line, as the csv module starts each row afresh: the rows after a
    line too long, or after a stray quote's span, load as they would have."""
    return _guarded(reader, lambda: reader.line_num)


def readable_records(reader: "csv.DictReader[str]") -> Iterator[dict[str | Any, str | Any] | UnreadableLine]:
    """The same for `records(…)`, whose own line count misses a line it could not read."""
    return _guarded(reader, lambda: reader.reader.line_num)


def _guarded(reader: Iterator[R], line: Callable[[], int]) -> Iterator[R | UnreadableLine]:
    while True:
        first = line() + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield UnreadableLine(first, error, last=line())
            continue
        yield row


def rows(lines: Iterable[str]) -> "_csv.Reader":
    """A `csv.reader` over the lines (it keeps `line_num`), with the header's separator."""
    every, delimiter = _separated(lines)
    return csv.reader(every, delimiter=delimiter)


def records(lines: Iterable[str]) -> "csv.DictReader[str]":
    """A `csv.DictReader` whose column names are read as we write them, whatever their case or spaces ('Last_Name ').
    UnreadableLine when the header line cannot be read."""
    every, delimiter = _separated(lines)
    reader = csv.DictReader(every, delimiter=delimiter)
    try:
        reader.fieldnames
    except csv.Error as error:
        raise UnreadableLine(reader.reader.line_num, error, header=True) from None
    if reader.fieldnames is not None:
        reader.fieldnames = [name.strip().lower() for name in reader.fieldnames]
    return reader


def header_problem(fieldnames: Sequence[str] | None, required: Collection[str]) -> str | None:
    """Why a table's header line cannot be used, in French: an empty file, or the columns it lacks."""
    if not fieldnames or not any(fieldnames):
        return "fichier vide"
    missing = sorted(set(required) - set(fieldnames))
    return f"colonnes manquantes : {', '.join(missing)}" if missing else None


def width_problem(record: Mapping[str | None, object], width: int) -> str | None:
    """A `records` row with more or fewer cells than the header has columns, told as the IODAS import tells it:
    `csv.DictReader` files extra cells under None and fills missing ones with None."""
    extra = record.get(None)
    cells = sum(value is not None for key, value in record.items() if key is not None) \
        + (len(extra) if isinstance(extra, list) else 0)
    return None if cells == width else f"{cells} colonnes au lieu de {width}"


def email_problem(email: str) -> str | None:
    """Why a table's e-mail cell cannot be an address, in French; None when it can."""
    if not email:
        return "adresse électronique manquante"
    return None if _EMAIL.match(email) else f"adresse électronique invalide « {email} »"


def parse_day(text: str, *, year_only_if_unknown: bool = False) -> date:
    """'1931-04-12', '12/04/1931', and what other exports write: '12.04.1931' or '12-04-1931' (day first, as in
    France), '1931/04/12', '19310412', with a midnight time after it ('12/04/1931 00:00:00', as databases export a
    date). ValueError, in French, otherwise: a year of two digits, a time of day (no birth date has one), a day
    that is not in the calendar. With `year_only_if_unknown`, a day or month written 00 ('00/00/1936': someone born
    abroad whose day of birth is unknown) is read as the 1st of January of that year, as the files that need a
    day write such a date, and as the matcher reads it (`domain.matching.scoring.is_presumed`)."""
    text = text.strip()
    if len(text) == 10 and text[4] == text[7] == "-" and text[:4].isdigit() and "-00" not in text:  # the fast path
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"« {text} » n'est pas un jour du calendrier") from None
    if (found := _DAY.fullmatch(text)) is None:
        raise ValueError(f"« {text} » n'est pas une date ({_DATE_FORMATS})")
    parts = found.groupdict()
    year, month, day = (int(parts[k] or parts[k + "2"] or parts[k + "3"]) for k in ("y", "m", "d"))
    if year_only_if_unknown and 0 in (month, day) and month <= 12 and day <= 31:
        month = day = 1
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError(f"« {text} » n'est pas un jour du calendrier") from None
