from contextlib import AbstractContextManager, nullcontext
from typing import Protocol


class Exclusive(Protocol):
    def __call__(self, name: str, /) -> AbstractContextManager[None]:
        """A section that one process runs at a time for this name, the others waiting their turn."""
        ...


def unguarded(_: str) -> AbstractContextManager[None]:
    """For a single process with nothing to share (unit tests)."""
    return nullcontext()
