"""Long lists are answered on every core, in the order of the list."""

import gc

from infrastructure.matching.parallel import WORTH_FORKING, default_workers, map_in_processes


def _square(n: int) -> int:
    return n * n


def test_answers_from_worker_processes_keep_the_order_of_the_list() -> None:
    items = list(range(1_234))
    assert list(map_in_processes(_square, items, workers=2)) == [n * n for n in items]


def test_a_short_list_stays_in_one_process() -> None:
    assert default_workers(WORTH_FORKING - 1) == 1
    assert default_workers(WORTH_FORKING) >= 1


def test_a_long_list_leaves_the_garbage_collector_as_it_found_it() -> None:
    frozen = gc.get_freeze_count()
    assert list(map_in_processes(_square, list(range(50)), workers=2)) == [n * n for n in range(50)]
    assert gc.get_freeze_count() == frozen


def test_workers_read_the_items_they_inherited_so_items_need_not_travel() -> None:
    # A generator cannot be pickled: had the items been sent to the workers, the pool would have failed.
    items = [(n, (i for i in range(n))) for n in range(450)]
    assert list(map_in_processes(lambda item: sum(item[1]), items, workers=2)) == [n * (n - 1) // 2 for n in range(450)]
