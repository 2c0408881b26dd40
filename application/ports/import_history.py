from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from application.importing import ImportRun


class ImportHistory(Protocol):
    """Every IODAS import, with its rejected rows. Append-only."""

    def record(self, run: ImportRun) -> None: ...

    def recent(self, collectivites: Sequence[str], limit: int = 50) -> Sequence[ImportRun]:
        """Newest first, without the rejected rows themselves (see `get`)."""
        ...

    def get(self, run_id: str) -> ImportRun | None: ...

    def last_loaded(self, collectivite: str) -> datetime | None:
        """When the collectivité's latest import that loaded at least one row ran; None if none ever did."""
        ...
