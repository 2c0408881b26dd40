"""A labelled list typed otherwise, to measure how the engine reads it (same extract, same expected answers):

    python -m benchmarks.retyped crossed D/labelled.csv D/crossed.csv     # surname and first names swapped
    python -m benchmarks.retyped initials D/labelled.csv D/initials.csv   # 'Mary J.' for 'Mary Jane'
    python -m benchmarks.retyped scanned D/labelled.csv D/scanned.csv     # 'Thornas' for 'Thomas' (read by OCR)
    python -m benchmarks.retyped respelled D/labelled.csv D/respelled.csv # 'Filips' for 'Philips', 'Katy' for 'Katie'
    python -m benchmarks.retyped shortened D/labelled.csv D/short.csv     # 'Bill' for 'William'
    python -m benchmarks.retyped two-slips D/labelled.csv D/two.csv       # a slip in the surname and in the birth day
    python -m benchmarks.retyped year-only D/labelled.csv D/year.csv      # 01/01/1936 typed for 'né en 1936'
    python -m benchmarks.retyped day-off D/labelled.csv D/day.csv         # the day before or after the birth day
    notaires evaluate D/crossed.csv

Rows expected ambiguous are left out of a crossed list: which of two identical records a crossed search is would
be as ambiguous. An initials list keeps only the rows with several typed first names. Scanned and respelled lists
are errors the corpus generator never makes (measure the engine on what it was not built against): one letter
group of the surname misread as its look-alike, or one surname or first name written as it sounds; a row is
changed the same way on every run (drawn from its ref), and kept only if changed; so is a shortened list (a first
name given by the short form a person is called by, English-language names). A two-slips list measures a
known limit: the blocking keys survive one wrong field, not two. A year-only list is typed from death
certificates that give the year of birth alone, as for people born abroad whose day is unknown: the clerk types
the 1st of January, now and then the 31st of December, while the record holds the day a later paper gave.
"""

import argparse
import csv
import random
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from benchmarks.variations import RESPELLINGS, SCANNER_CONFUSIONS, misread, shortened, typo, wrong_day_digit
from infrastructure.csv_files import open_text, records

Row = dict[str, str]


def _crossed(row: Row) -> Row | None:
    if row["expected"].strip().lower() == "ambiguous":
        return None
    return {**row, "last_name": row["first_names"], "first_names": row["last_name"], "birth_name": ""}


def _initials(row: Row) -> Row | None:
    first, *others = row["first_names"].split()
    return {**row, "first_names": " ".join([first, *(f"{name[0]}." for name in others)])} if others else None


def _scanned(row: Row) -> Row | None:
    surname = misread(random.Random(row["ref"]), row["last_name"], SCANNER_CONFUSIONS)
    return {**row, "last_name": surname} if surname != row["last_name"] else None


def _respelled(row: Row) -> Row | None:
    rng = random.Random(row["ref"])
    field = "last_name" if rng.random() < 0.5 else "first_names"
    written = misread(rng, row[field], RESPELLINGS)
    return {**row, field: written} if written != row[field] else None


def _shortened(row: Row) -> Row | None:
    first_names = shortened(random.Random(row["ref"]), row["first_names"])
    return {**row, "first_names": first_names} if first_names != row["first_names"] else None


def _two_slips(row: Row) -> Row | None:
    rng = random.Random(row["ref"])
    surname = typo(rng, row["last_name"])
    try:
        born = wrong_day_digit(rng, date.fromisoformat(row["birth_date"])).isoformat()
    except ValueError:
        return None  # a date the generator did not write
    return {**row, "last_name": surname, "birth_date": born} if surname != row["last_name"] else None


def _year_only(row: Row) -> Row | None:
    try:
        born = date.fromisoformat(row["birth_date"])
    except ValueError:
        return None  # a date the generator did not write
    presumed = born.replace(month=1, day=1) if random.Random(row["ref"]).random() < 0.8 else born.replace(month=12,
                                                                                                          day=31)
    return {**row, "birth_date": presumed.isoformat()} if presumed != born else None


def _day_off(row: Row) -> Row | None:
    try:
        born = date.fromisoformat(row["birth_date"])
    except ValueError:
        return None  # a date the generator did not write
    return {**row, "birth_date": (born + timedelta(days=random.Random(row["ref"]).choice((-1, 1)))).isoformat()}


RETYPINGS: dict[str, Callable[[Row], Row | None]] = {"crossed": _crossed, "initials": _initials,
                                                      "scanned": _scanned, "respelled": _respelled,
                                                      "shortened": _shortened, "two-slips": _two_slips,
                                                      "year-only": _year_only, "day-off": _day_off}


def write_retyped(how: str, labelled: Path, out: Path) -> int:
    with open_text(labelled) as source:
        reader = records(source)
        rows = [retyped for row in reader if (retyped := RETYPINGS[how](row)) is not None]
        fields = list(reader.fieldnames or [])
    with out.open("w", encoding="utf-8", newline="") as target:
        writer = csv.DictWriter(target, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("how", choices=sorted(RETYPINGS))
    parser.add_argument("labelled", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    print(f"{write_retyped(args.how, args.labelled, args.out)} recherches écrites dans {args.out}")


if __name__ == "__main__":
    main()
