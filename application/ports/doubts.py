from collections.abc import Sequence
from typing import Protocol

from domain.decision import Decision
from domain.doubt import Doubt


class DoubtQueue(Protocol):
    """AMBIGUOUS answers waiting for an agent, and the corrected decisions that settle them."""

    def waiting(self, collectivites: Sequence[str]) -> Sequence[Doubt]:
        """Unsettled doubts of these collectivités, the oldest request first."""
        ...

    def settled(self, collectivites: Sequence[str], limit: int) -> Sequence[tuple[Doubt, Decision]]:
        """Doubts of these collectivités already settled, with their corrected decision, the latest first."""
        ...

    def decision(self, decision_id: str) -> Decision | None: ...

    def settlement_of(self, decision_id: str) -> Decision | None:
        """The corrected decision that supersedes this one, if any."""
        ...

    def settle(self, corrected: Decision) -> bool:
        """Adds the corrected decision; False if the original was settled meanwhile (nothing is written)."""
        ...
