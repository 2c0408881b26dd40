from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from domain.creance import Creance, CreanceStatus
from domain.decision import Decision
from domain.recovery import RecoveryRules


class CreanceRepository(Protocol):
    """Recovery cases. Also read by the statistics: filter by collectivité, status and opening period."""

    def add(self, creance: Creance) -> bool:
        """False if its decision got a case meanwhile (nothing is written); the first write of its transaction."""
        ...

    def save(self, creance: Creance) -> None:
        """Stores a change of a case already added: its status, or its figures and aids."""
        ...

    def get(self, creance_id: str) -> Creance | None: ...

    def for_decision(self, decision_id: str) -> Creance | None: ...

    def search(self, collectivites: Sequence[str], status: CreanceStatus | None = None,
               opened_from: datetime | None = None, opened_before: datetime | None = None) -> Sequence[Creance]:
        """Cases of these collectivités, the most recently opened first."""
        ...

    def decisions_to_open(self, collectivites: Sequence[str]) -> Sequence[Decision]:
        """Current RECOVERABLE_AID decisions (not superseded) without a case yet, the oldest first."""
        ...


class RecoveryRuleBook(Protocol):
    """Each collectivité's recovery rules; the defaults of its aid referential until it sets its own."""

    def rules_for(self, collectivite: str) -> RecoveryRules: ...

    def save(self, collectivite: str, rules: RecoveryRules) -> None: ...
