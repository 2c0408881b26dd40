"""Matching at the scale of a large département: `make bench-matching` (about 3 minutes the first time, 1 after).

Generates (once, cached under var/bench/ by the generator's digest, so that every machine measures the same
corpus: a fresh one was checked byte for byte against the cache) a labelled French corpus of 1,000,000
beneficiaries and imports it into SQLite through the import use case (`--prepare`: only that, in a process of
its own), then measures: index load time and resident memory, single in-process search latency (index and
SQL), bulk throughput on one and on every core, and the confusion table of the engine at that scale; last
(`--command`, in a fresh process), the bulk as `notaires match` runs it: the index loaded, then the list answered
on every core, nothing measured before it in the process. BENCH_PEOPLE / BENCH_SEARCHES override the sizes,
BENCH_COMMON_SHARE the share of common surnames (0.08 as in France; 0.25 stresses homonyms). BENCH_DATABASE_URL
measures on another database (PostgreSQL: `postgresql+psycopg://user@host/base`) than the SQLite file beside the
corpus: imported once, when it does not yet hold the corpus's people.
"""

import gc
import hashlib
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import text

from application.evaluation import Confusion
from application.import_beneficiaries import ImportBeneficiariesCommand
from application.search_deceased import match_in
from benchmarks.corpus import write_corpus
from domain.identity import DeceasedIdentity, validate_identity
from domain.matching.policy import ThresholdPolicy
from infrastructure.iodas.extract_reader import read_extract
from infrastructure.matching.index import BlockingIndex
from infrastructure.matching.parallel import default_workers, map_in_processes
from infrastructure.settings import Settings
from interfaces.bootstrap import Services, bootstrap
from interfaces.cli.bulk import answer_list
from interfaces.cli.lists import read_labelled

PEOPLE = int(os.environ.get("BENCH_PEOPLE", "1000000"))
SEARCHES = int(os.environ.get("BENCH_SEARCHES", "20000"))
COMMON_SHARE = float(os.environ.get("BENCH_COMMON_SHARE", "0.08"))
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL")
WORK = Path("var/bench")
TODAY = date(2026, 11, 26)


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def _cold_caches() -> None:
    """Each bulk pass starts as `notaires match` does, without the engine's caches warmed by an earlier pass
    over the same rows."""
    for name, module in list(sys.modules.items()):
        if name.startswith("domain."):
            for value in vars(module).values():
                if not isinstance(value, type) and callable(clear := getattr(value, "cache_clear", None)):
                    clear()


def _cpu_seconds() -> float:
    """This process and its finished children: a measure that other processes on the machine do not skew."""
    mine, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime + children.ru_utime + children.ru_stime


def _load() -> str:
    return "charge moyenne (1, 5, 15 min) : " + ", ".join(f"{x:.2f}" for x in os.getloadavg())

def _generator_version() -> str:
    """A digest of the corpus generator's source: a corpus cached by an older generator is not reused, so that every
    machine measures the same corpus."""
    digest = hashlib.sha256()
    for name in ("corpus.py", "people.py", "names.py", "variations.py"):
        digest.update((Path(__file__).parent / name).read_bytes())
    return digest.hexdigest()[:8]


def _prepare() -> tuple[Services, Path]:
    corpus = WORK / f"fr-{PEOPLE}-{SEARCHES}-{COMMON_SHARE}-{_generator_version()}"
    extract = corpus / "extract.csv"
    if not (corpus / "labelled.csv").exists():
        started = time.perf_counter()
        extract, _ = write_corpus(corpus, seed=2026, people=PEOPLE, searches=SEARCHES, variant="fr",
                                  common_share=COMMON_SHARE)
        print(f"corpus généré en {time.perf_counter() - started:.0f} s")
    services = bootstrap(Settings(database_url=DATABASE_URL or f"sqlite:///{corpus / 'notaires.db'}"))
    if not _imported(services, corpus):
        started = time.perf_counter()
        parsed = read_extract(extract, "69", frozenset({"ASH", "AM", "APA", "PCH"}))
        services.import_beneficiaries.execute(ImportBeneficiariesCommand(collectivite="69", extract=parsed))
        if DATABASE_URL is None:
            (corpus / "imported").touch()
        print(f"import {_database(services)} de {PEOPLE} bénéficiaires en {time.perf_counter() - started:.0f} s")
    return services, corpus


def _imported(services: Services, corpus: Path) -> bool:
    """The SQLite file beside the corpus is marked once imported; another database is asked how many it holds."""
    if DATABASE_URL is None:
        return (corpus / "imported").exists()
    with services.engine.connect() as connection:
        held = connection.execute(text("SELECT count(*) FROM beneficiary WHERE collectivite = '69'")).scalar_one()
    return bool(held == PEOPLE)


def _database(services: Services) -> str:
    return {"sqlite": "SQLite", "postgresql": "PostgreSQL"}.get(services.engine.dialect.name,
                                                                 services.engine.dialect.name)


class _GcPauses:
    """Time spent in the garbage collector while measuring, so that figures hide no GC pause."""

    def __init__(self) -> None:
        self.pauses: list[float] = []
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.pauses.append((time.perf_counter() - self._started) * 1000)

    def __str__(self) -> str:
        longest = max(self.pauses, default=0.0)
        return f"GC : {len(self.pauses)} passes, {sum(self.pauses):.0f} ms en tout, la plus longue {longest:.1f} ms"


def _latencies(search: Callable[[DeceasedIdentity], object], identities: Sequence[DeceasedIdentity]) -> str:
    times, pauses = [], _GcPauses()
    gc.callbacks.append(pauses)
    try:
        for identity in identities:
            started = time.perf_counter()
            search(identity)
            times.append((time.perf_counter() - started) * 1000)
    finally:
        gc.callbacks.remove(pauses)
    q = statistics.quantiles(times, n=100)
    return f"p50 {q[49]:.2f} ms, p95 {q[94]:.2f} ms, p99 {q[98]:.2f} ms, max {max(times):.2f} ms ({pauses})"


def main() -> None:
    services, corpus = _prepare()
    if sys.argv[1:] == ["--prepare"]:
        return  # `make bench-matching` prepares in a process of its own: generating leaves memory the figures would count
    if sys.argv[1:] == ["--command"]:
        return _as_the_command(services, corpus)
    print(_load())
    rows = read_labelled(corpus / "labelled.csv")
    entries = [entry for _, entry in rows]
    identities = [validate_identity(e.form, TODAY).unwrap() for e in entries[:3000]]
    policy = ThresholdPolicy()
    before = _rss_mb()
    started = time.perf_counter()
    index = BlockingIndex.load(services.engine, "69", policy)  # as `notaires match` loads it
    print(f"index : {len(index)} bénéficiaires chargés en {time.perf_counter() - started:.1f} s, "
          f"RSS {_rss_mb():.0f} Mo (avant chargement {before:.0f} Mo)")
    facts = index.name_facts("69")
    print("recherche unitaire, index en mémoire :",
          _latencies(lambda i: policy.match(i, index.find_candidates("69", i), facts), identities))
    with services.uow() as uow:
        started = time.perf_counter()
        uow.beneficiaries.name_facts("69")  # learnt once per import, as `notaires serve` does in the background
        print(f"faits de noms appris par SQL ({_database(services)}) en {time.perf_counter() - started:.1f} s")
    print(f"recherche unitaire, SQL (chemin de l'API, {_database(services)}, une unité de travail par recherche) :",
          _latencies(lambda i: _as_the_api(services, policy, i), identities[:1000]))
    answer = services.match_list().answerer("69", index)
    for workers in (1, os.cpu_count() or 1):
        _cold_caches()
        started, cpu = time.perf_counter(), _cpu_seconds()
        results = list(map_in_processes(answer, entries, workers))
        elapsed, cpu = time.perf_counter() - started, _cpu_seconds() - cpu
        print(f"traitement en masse (caches froids), {workers} processus : {len(results) / elapsed:.0f} recherches/s "
              f"({len(results)} en {elapsed:.1f} s ; {cpu:.1f} s de CPU, {len(results) / cpu:.0f} recherches "
              f"par seconde de CPU : l'écart dit la part des cœurs prise par d'autres processus)")
    confusion = Confusion()
    for (label, _), result in zip(rows, results):
        confusion.add(label, result)
    print(f"qualité sur {len(rows)} recherches parmi {len(index)} bénéficiaires :\n{confusion.table()}")
    print(f"RSS final {_rss_mb():.0f} Mo, pic {_peak_mb(resource.RUSAGE_SELF):.0f} Mo "
          f"(pic du plus gros processus fils {_peak_mb(resource.RUSAGE_CHILDREN):.0f} Mo)")
    print(_load())


def _as_the_api(services: Services, policy: ThresholdPolicy, identity: DeceasedIdentity) -> object:
    """A search as `SearchDeceased` makes it, in a unit of work of its own, but for writing the request down."""
    with services.uow() as uow:
        return match_in(uow, policy, identity, "69")


def _as_the_command(services: Services, corpus: Path) -> None:
    """`notaires match` answers a list in a process that has done nothing else (`interfaces/cli/bulk.answer_list`)."""
    entries = [entry for _, entry in read_labelled(corpus / "labelled.csv")]
    started = time.perf_counter()
    answers = answer_list(services, "69", entries)  # loads the index, then answers as it is read
    loaded, cpu = time.perf_counter(), _cpu_seconds()
    answered = sum(1 for _ in answers)
    elapsed, cpu = time.perf_counter() - loaded, _cpu_seconds() - cpu
    print(f"traitement en masse comme `notaires match` (processus neuf, {default_workers(len(entries))} processus) : "
          f"index chargé en {loaded - started:.1f} s, puis {answered / elapsed:.0f} recherches/s ({answered} en "
          f"{elapsed:.1f} s ; {answered / cpu:.0f} recherches par seconde de CPU)")


if __name__ == "__main__":
    main()
