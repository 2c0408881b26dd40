"""Loading a million people builds millions of short-lived row tuples and some hundred thousand lasting objects.

Each burst of allocations sets off Python's cyclic collector, which walks every live object: at a million
people it took about 3 of the 12 s the index took to load. Rows and columns hold no reference cycles, so the
collector is paused while loading; reference counting still frees every row.
"""

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
