from typing import Protocol

from domain.decompte import StoredDecompte


class DecompteArchive(Protocol):
    """The décompte letters as sent, one per case. Append-only: they are evidence."""

    def add(self, letter: StoredDecompte) -> bool:
        """False if the case has one already (nothing is written); the first write of its transaction."""
        ...

    def get(self, creance_id: str) -> StoredDecompte | None: ...
