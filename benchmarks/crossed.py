"""A labelled list again, its surname and first names keyed in each other's field, to measure their crossed reading:

    python -m benchmarks.crossed D/labelled.csv D/crossed.csv
    notaires evaluate D/crossed.csv          (on the same extract)

Rows expected ambiguous are left out: which of two identical records a crossed search is would be as ambiguous.
"""

import argparse
import csv
from pathlib import Path

from infrastructure.csv_files import records


def write_crossed(labelled: Path, out: Path) -> int:
    with labelled.open(encoding="utf-8-sig", newline="") as source:
        reader = records(source)
        rows = [{**row, "last_name": row["first_names"], "first_names": row["last_name"], "birth_name": ""}
                for row in reader if row["expected"].strip().lower() != "ambiguous"]
        fields = list(reader.fieldnames or [])
    with out.open("w", encoding="utf-8", newline="") as target:
        writer = csv.DictWriter(target, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("labelled", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    print(f"{write_crossed(args.labelled, args.out)} recherches écrites dans {args.out}")


if __name__ == "__main__":
    main()
