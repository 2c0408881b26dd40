"""The CSV lists of `notaires match` and `notaires evaluate`, also read by the quality tests and benchmarks."""

import csv
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from application.evaluation import Expected, Label, Verdict
from application.match_list import ListEntry
from domain.identity import IdentityForm
from infrastructure.csv_files import UnreadableLine, open_text, parse_day, readable_records, records


def _parse_date(text: str, *, year_only_if_unknown: bool = False) -> date | None:
    return parse_day(text, year_only_if_unknown=year_only_if_unknown) if text.strip() else None


def _entry(row: dict[str, str]) -> ListEntry:
    try:
        birth = _parse_date(row.get("birth_date") or "", year_only_if_unknown=True)
        death = _parse_date(row.get("death_date") or "")
        error = None
    except ValueError as exc:
        birth = death = None
        error = f"date invalide : {exc}"
    form = IdentityForm(last_name=row.get("last_name"), birth_name=row.get("birth_name"),
                        first_names=row.get("first_names"), birth_date=birth, death_date=death,
                        death_place=row.get("death_place"))
    return ListEntry(ref=row.get("ref") or "", form=form, error=error)


def _label(line: int, row: dict[str, str]) -> Label:
    # 'non-member', 'Non member' or 'NONMEMBER' alike; ids separated by spaces, commas, semicolons or bars.
    try:
        expected = Expected(re.sub(r"[\s_-]", "", (row.get("expected") or "").lower()))
    except ValueError:
        raise SystemExit(f"ligne {line} : « expected » doit valoir member, nonmember ou ambiguous.") from None
    ids = frozenset(re.split(r"[\s,;|]+", (row.get("expected_iodas_ids") or "").strip())) - {""}
    if expected is Expected.MEMBER and not ids:  # a doubt is right whoever the candidates: it needs no ids
        raise SystemExit(f"ligne {line} : « expected_iodas_ids » est vide pour une personne connue.")
    return Label(ref=row.get("ref") or "", expected=expected, iodas_ids=ids)


ENTRY_COLUMNS = ("ref", "last_name", "birth_name", "first_names", "birth_date", "death_date", "death_place")
REQUIRED = ("last_name", "first_names", "birth_date", "death_date")  # the others may be left out
LABEL_COLUMNS = ("expected_iodas_ids", "expected")


def read_entries(path: Path) -> list[ListEntry]:
    """The rows of a list to match; a row with an unreadable date is kept, to be answered INVALID."""
    with open_text(path) as handle:
        return [_entry(row) for row in _checked(records(handle), REQUIRED, ENTRY_COLUMNS)]


def read_labelled(path: Path) -> list[tuple[Label, ListEntry]]:
    """The rows of a labelled list: what is expected of each, and the row to match."""
    with open_text(path) as handle:
        rows = _checked(records(handle), REQUIRED + LABEL_COLUMNS, ENTRY_COLUMNS + LABEL_COLUMNS)
        return [(_label(line, row), _entry(row)) for line, row in enumerate(rows, start=2)]


def _checked(rows: "csv.DictReader[str]", required: tuple[str, ...],
             columns: tuple[str, ...]) -> Iterator[dict[str, str]]:
    """A list whose header lacks a required column is refused whole: every row would be answered wrongly; so is one
    holding a line that cannot be read (its rows after it might be read astray)."""
    if missing := [c for c in required if c not in (rows.fieldnames or ())]:
        raise SystemExit(f"colonnes manquantes : {', '.join(missing)} ; une liste a pour colonnes "
                         f"{', '.join(columns)}.")
    return _readable(rows)


def _readable(rows: "csv.DictReader[str]", name: str = "") -> Iterator[dict[str, str]]:
    for row in readable_records(rows):
        if isinstance(row, UnreadableLine):
            raise SystemExit(f"{name}{' : ' if name else ''}{row} (ligne {row.line}).")
        yield row


def read_verdicts(path: Path, labels: Sequence[Label]) -> dict[str, Verdict]:
    """The verdicts an earlier `notaires evaluate --mistakes` wrote for the same labelled list, by reference (the
    searches it does not hold were correct). Refused whole, in French, when it cannot be that list's."""
    known = Counter(label.ref for label in labels)
    if repeated := next((ref for ref, n in known.items() if n > 1), None):
        raise SystemExit(f"la liste étiquetée répète la référence « {repeated} » : les réponses de deux passages se "
                         f"comparent par référence, chacune doit être unique.")
    verdicts: dict[str, Verdict] = {}
    with open_text(path) as handle:
        rows = records(handle)
        if missing := [c for c in ("ref", "verdict") if c not in (rows.fieldnames or ())]:
            raise SystemExit(f"{path.name} : colonnes manquantes : {', '.join(missing)} ; on compare à un fichier "
                             f"écrit par « notaires evaluate --mistakes ».")
        for line, row in enumerate(_readable(rows, path.name), start=2):
            try:
                found = Verdict((row.get("verdict") or "").strip().lower())
            except ValueError:
                raise SystemExit(f"{path.name}, ligne {line} : « verdict » doit valoir correct, deferred, missed, "
                                 f"wrong ou invalid.") from None
            if (ref := row.get("ref") or "") not in known:
                raise SystemExit(f"{path.name}, ligne {line} : la référence « {ref} » n'est pas dans la liste "
                                 f"étiquetée : ce fichier a été écrit pour une autre liste.")
            verdicts[ref] = found
    return verdicts
