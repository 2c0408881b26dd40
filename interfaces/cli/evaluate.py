"""`notaires evaluate LABELLED.csv`: the confusion table of the engine on a labelled list."""

import argparse
import csv
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from returns.result import Failure, Success

from application.evaluation import Confusion, Label, Verdict
from application.evaluation_agreement import Agreement, agreement
from application.evaluation_comparison import compare
from application.match_list import ListEntry, ListResult
from application.ports.unit_of_work import UnitOfWork
from infrastructure.settings import Settings
from interfaces.bootstrap import Services, bootstrap
from interfaces.cli.bulk import answer_list
from interfaces.cli.commands import _collectivite, _services, load_extract
from interfaces.cli.lists import read_labelled, read_verdicts


def evaluate(args: argparse.Namespace) -> int:
    if not args.extract:
        services = _services()
        return _evaluate(services, _collectivite(services, args.collectivite), args)
    # Against that extract alone: a throwaway database, so that the service's own people (the demo's, or a
    # collectivité's) neither mix with the list's nor are touched.
    with tempfile.TemporaryDirectory(prefix="notaires-evaluate-") as folder:
        services = bootstrap(replace(Settings.from_env(), database_url=f"sqlite:///{folder}/evaluate.db"))
        try:
            code = _collectivite(services, args.collectivite)
            return _load(services, code, Path(args.extract)) or _evaluate(services, code, args)
        finally:
            services.engine.dispose()


def _load(services: Services, code: str, path: Path) -> int:
    """The extract imported as `notaires import beneficiaries` does; told on stderr, the table keeps stdout."""
    match load_extract(services, code, path):
        case Success(report) if not report.nothing_loaded():
            print(f"Extraction {path.name} : {report.summary()}", file=sys.stderr)
            return 0
        case Success(report):
            print(report.nothing_loaded(), file=sys.stderr)
        case Failure(error):
            print(error.message, file=sys.stderr)
    return 1


def _evaluate(services: Services, code: str, args: argparse.Namespace) -> int:
    path = Path(args.labelled)
    rows = read_labelled(path)
    labels, entries = [label for label, _ in rows], [entry for _, entry in rows]
    # Read before matching (a wrong file is told at once) and before --mistakes may write over it.
    earlier = read_verdicts(Path(args.compare), labels) if args.compare else None
    confusion = Confusion()
    astray: list[tuple[Verdict, ListEntry, frozenset[str]]] = []
    mistakes = []
    for label, entry, result in zip(labels, entries, answer_list(services, code, entries, args.workers)):
        found = confusion.add(label, result)
        if found is not Verdict.CORRECT:
            mistakes.append((label, result, found))
            if found in (Verdict.MISSED, Verdict.DEFERRED) and label.iodas_ids:
                astray.append((found, entry, label.iodas_ids))
    print(confusion.table())
    if args.motifs:
        print(_motifs(mistakes))
    if args.accords:
        with services.uow() as uow:
            print(_agreements(uow, code, astray))
    if earlier is not None:
        now = {label.ref: found for label, _, found in mistakes}
        print("\n".join(compare(labels, earlier, now).lines(Path(args.compare).name)))
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


def _motifs(mistakes: Sequence[tuple[Label, ListResult, Verdict]]) -> str:
    """How many rows went astray for each verdict and reason (the candidates examined left out and any other
    number written N, so that alike reasons add up): where to look first."""
    counts = Counter((found.value, label.expected.value, _alike(result.reason or result.error or "ligne invalide"))
                     for label, result, found in mistakes)
    lines = ["motifs des réponses qui ne sont pas correctes (verdict, attendu, motif) :"]
    lines += [f"{n:>7}  {verdict:<9} {expected:<10} {reason}"
              for (verdict, expected, reason), n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    return "\n".join(lines)


def _agreements(uow: UnitOfWork, code: str, astray: Sequence[tuple[Verdict, ListEntry, frozenset[str]]]) -> str:
    """For the members missed or deferred, what agrees between the search and the person expected (the first of
    the expected ones on record), counted: which slips, or which lack, the engine could not see through."""
    counts: Counter[tuple[str, Agreement]] = Counter()
    for found, entry, ids in astray:
        expected = next((b for i in sorted(ids) if (b := uow.beneficiaries.get(code, i))), None)
        if expected is not None:
            counts[(found.value, agreement(entry.form, expected))] += 1
    lines = ["ce qui concorde avec le dossier attendu, pour les réponses manquées ou différées :"]
    lines += [f"{n:>7}  {verdict:<9} {a.surname}, {a.first_names}, {a.birth_date}"
              for (verdict, a), n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    return "\n".join(lines)


def _alike(reason: str) -> str:
    return re.sub(r"\d+", "N", re.sub(r"\s*\(\d+ candidats? examinés?.*\)$", "", reason))
