"""`notaires evaluate LABELLED.csv`: the confusion table of the engine on a labelled list."""

import argparse
import csv
import sys
from pathlib import Path

from application.evaluation import Confusion, Verdict
from interfaces.cli.bulk import answer_list
from interfaces.cli.commands import _collectivite, _services
from interfaces.cli.lists import read_labelled


def evaluate(args: argparse.Namespace) -> int:
    services = _services()
    code = _collectivite(services, args.collectivite)
    path = Path(args.labelled)
    rows = read_labelled(path)
    labels, entries = [label for label, _ in rows], [entry for _, entry in rows]
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
            writer.writerow(["ref", "expected", "expected_iodas_ids", "verdict", "status", "iodas_id", "score", "error",
                             "reason"])
            for label, result, found in mistakes:
                writer.writerow([label.ref, label.expected.value, " ".join(sorted(label.iodas_ids)), found.value,
                                 result.status.value if result.status else "", result.iodas_id,
                                 "" if result.score is None else f"{result.score:.4f}", result.error, result.reason])
    wrong = confusion.total(Verdict.WRONG)
    if wrong:
        print(f"{wrong} attribution(s) erronée(s).", file=sys.stderr)
    return 0
