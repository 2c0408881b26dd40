"""Long lists (`notaires match`, `notaires evaluate`): an in-memory index, and every core when it helps."""

from collections.abc import Iterator, Sequence

from application.match_list import ListEntry, ListResult
from domain.matching.policy import ThresholdPolicy
from infrastructure.matching.index import BlockingIndex
from infrastructure.matching.parallel import default_workers, map_in_processes
from interfaces.bootstrap import Services


def answer_list(services: Services, collectivite: str, entries: Sequence[ListEntry],
                workers: int | None = None) -> Iterator[ListResult]:
    # The index builds only the candidates the policy could not ignore; another matcher gets them all.
    policy = services.matcher if isinstance(services.matcher, ThresholdPolicy) else None
    index = BlockingIndex.load(services.engine, collectivite, policy)
    answer = services.match_list().answerer(collectivite, index)
    return map_in_processes(answer, entries, workers or default_workers(len(entries)))
