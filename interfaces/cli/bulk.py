"""Long lists (`notaires match`, `notaires evaluate`): an in-memory index, and every core when it helps."""

from collections.abc import Iterator, Sequence

from application.match_list import ListEntry, ListResult
from infrastructure.matching.index import BlockingIndex
from infrastructure.matching.parallel import default_workers, map_in_processes
from interfaces.bootstrap import Services, shortlisting


def answer_list(services: Services, collectivite: str, entries: Sequence[ListEntry],
                workers: int | None = None) -> Iterator[ListResult]:
    index = BlockingIndex.load(services.engine, collectivite, shortlisting(services.matcher))
    answer = services.match_list().answerer(collectivite, index)
    return map_in_processes(answer, entries, workers or default_workers(len(entries)))
