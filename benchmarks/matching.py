"""Matching at the scale of a large département: `make bench-matching` (about 10 minutes the first time).

Generates (once, cached under var/bench/) a labelled French corpus of 1,000,000 beneficiaries, imports it
into SQLite through the import use case, then measures: index load time and resident memory, single
in-process search latency (index and SQL), bulk throughput on one and on every core, and the confusion
table of the engine at that scale.  BENCH_PEOPLE / BENCH_SEARCHES override the sizes, BENCH_COMMON_SHARE
the share of common surnames (0.08 as in France; 0.25 stresses homonyms).
"""

import os
import resource
import statistics
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from application.evaluation import Confusion
from application.import_beneficiaries import ImportBeneficiariesCommand
from application.match_list import ListAnswerer, ListEntry
from benchmarks.corpus import write_corpus
from domain.aid import default_aid_referential
from domain.identity import DeceasedIdentity
from domain.matching.policy import ThresholdPolicy
from infrastructure.iodas.extract_reader import read_extract
from infrastructure.matching.index import BlockingIndex
from infrastructure.matching.parallel import map_in_processes
from infrastructure.settings import Settings
from interfaces.bootstrap import Services, bootstrap
from tests.integration.test_matching_quality import _rows

PEOPLE = int(os.environ.get("BENCH_PEOPLE", "1000000"))
SEARCHES = int(os.environ.get("BENCH_SEARCHES", "20000"))
COMMON_SHARE = float(os.environ.get("BENCH_COMMON_SHARE", "0.08"))
WORK = Path("var/bench")


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _prepare() -> tuple[Services, Path]:
    corpus = WORK / f"fr-{PEOPLE}-{SEARCHES}-{COMMON_SHARE}"
    database = corpus / "notaires.db"
    services = bootstrap(Settings(database_url=f"sqlite:///{database}"))
    if not (corpus / "imported").exists():
        started = time.perf_counter()
        extract, _ = write_corpus(corpus, seed=2026, people=PEOPLE, searches=SEARCHES, variant="fr",
                                    common_share=COMMON_SHARE)
        print(f"corpus généré en {time.perf_counter() - started:.0f} s")
        started = time.perf_counter()
        parsed = read_extract(extract, "69", frozenset({"ASH", "AM", "APA", "PCH"}))
        services.import_beneficiaries.execute(ImportBeneficiariesCommand(collectivite="69", extract=parsed))
        (corpus / "imported").touch()
        print(f"import SQLite de {PEOPLE} bénéficiaires en {time.perf_counter() - started:.0f} s")
    return services, corpus


def _identity(entry: ListEntry) -> DeceasedIdentity:
    f = entry.form
    assert f.last_name and f.first_names and f.birth_date and f.death_date
    return DeceasedIdentity(last_name=f.last_name, birth_name=f.birth_name or None, first_names=f.first_names,
                            birth_date=f.birth_date, death_date=f.death_date, death_place=f.death_place or "")


def _latencies(search: Callable[[DeceasedIdentity], object], identities: Sequence[DeceasedIdentity]) -> str:
    times = []
    for identity in identities:
        started = time.perf_counter()
        search(identity)
        times.append((time.perf_counter() - started) * 1000)
    q = statistics.quantiles(times, n=100)
    return f"p50 {q[49]:.2f} ms, p95 {q[94]:.2f} ms, p99 {q[98]:.2f} ms, max {max(times):.2f} ms"


def main() -> None:
    services, corpus = _prepare()
    rows = _rows(corpus / "labelled.csv")
    entries = [entry for _, entry in rows]
    identities = [_identity(e) for e in entries[:3000]]
    before = _rss_mb()
    started = time.perf_counter()
    index = BlockingIndex.load(services.engine, "69")
    print(f"index : {len(index)} bénéficiaires chargés en {time.perf_counter() - started:.1f} s, "
          f"RSS {_rss_mb():.0f} Mo (avant chargement {before:.0f} Mo)")
    policy = ThresholdPolicy()
    print("recherche unitaire, index en mémoire :",
          _latencies(lambda i: policy.match(i, index.find_candidates("69", i)), identities))
    with services.uow() as uow:
        print("recherche unitaire, SQL (chemin de l'API) :",
              _latencies(lambda i: policy.match(i, uow.beneficiaries.find_candidates("69", i)), identities[:1000]))
    answer = ListAnswerer(collectivite="69", matcher=policy, candidates=index, referential=default_aid_referential(),
                          today=date(2026, 11, 26))
    for workers in (1, os.cpu_count() or 1):
        started = time.perf_counter()
        results = list(map_in_processes(answer, entries, workers))
        elapsed = time.perf_counter() - started
        print(f"traitement en masse, {workers} processus : {len(results) / elapsed:.0f} recherches/s "
              f"({len(results)} en {elapsed:.1f} s)")
    confusion = Confusion()
    for (label, _), result in zip(rows, results):
        confusion.add(label, result)
    print(f"qualité sur {len(rows)} recherches parmi {len(index)} bénéficiaires :\n{confusion.table()}")
    print(f"RSS final {_rss_mb():.0f} Mo, pic {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} Mo")


if __name__ == "__main__":
    main()
