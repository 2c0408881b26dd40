"""`notaires evaluate LABELLED.csv`: the confusion table of the engine on a labelled list."""

import argparse
import csv
import sys
from pathlib import Path

from application.evaluation import Confusion, Expected, Label, Verdict
from interfaces.cli.bulk import answer_list
from interfaces.cli.commands import _collectivite, _entries, _services  # the same parsing as `notaires match`


def _labels(path: Path) -> list[Label]:
    labels = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                expected = Expected((row.get("expected") or "").strip().lower())
            except ValueError:
                raise SystemExit(f"ligne {line} : « expected » doit valoir member, nonmember ou ambiguous.") from None
            ids = frozenset((row.get("expected_iodas_ids") or "").split())
            if expected is not Expected.NONMEMBER and not ids:
                raise SystemExit(f"ligne {line} : « expected_iodas_ids » est vide pour une personne connue.")
            labels.append(Label(ref=row.get("ref") or "", expected=expected, iodas_ids=ids))
    return labels


def evaluate(args: argparse.Namespace) -> int:
    services = _services()
    code = _collectivite(services, args.collectivite)
    path = Path(args.labelled)
    labels, entries = _labels(path), _entries(path)
    confusion = Confusion()
    mistakes = []
    for label, result in zip(labels, answer_list(services, code, entries, args.workers)):
        found = confusion.add(label, result)
        if found is not Verdict.CORRECT:
            mistakes.append((label, result, found))
    print(confusion.table())
    if args.mistakes:
        with open(args.mistakes, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["ref", "expected", "expected_iodas_ids", "verdict", "status", "iodas_id", "score", "error"])
            for label, result, found in mistakes:
                writer.writerow([label.ref, label.expected.value, " ".join(sorted(label.iodas_ids)), found.value,
                                 result.status.value if result.status else "", result.iodas_id,
                                 "" if result.score is None else f"{result.score:.4f}", result.error])
    wrong = confusion.total(Verdict.WRONG)
    if wrong:
        print(f"{wrong} attribution(s) erronée(s).", file=sys.stderr)
    return 0
