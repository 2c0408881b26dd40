from collections.abc import Sequence
from typing import Protocol

from domain.death_report import DeathBatch, DeathReport


class DeathReports(Protocol):
    """The deaths learnt from notaries' searches, and the batches that reported them to IODAS. Batches are kept."""

    def pending(self, collectivites: Sequence[str]) -> Sequence[DeathReport]:
        """One report per answer in force that identifies an IODAS person (`domain.death_report.identifies`) whom no
        batch has reported yet, on a request not anonymised, the oldest request first. A person found by several
        searches comes once per search (`once_per_person` keeps the first)."""
        ...

    def last_number(self, collectivite: str) -> int:
        """The number of the collectivité's latest batch; 0 before the first."""
        ...

    def add(self, batch: DeathBatch) -> None:
        """Records the batch and its reports, in their order."""
        ...

    def batches(self, collectivites: Sequence[str], limit: int = 50) -> Sequence[DeathBatch]:
        """The latest batches of these collectivités first, without their reports (see `get`)."""
        ...

    def get(self, batch_id: str) -> DeathBatch | None:
        """A batch with its reports, in the order they were exported."""
        ...
