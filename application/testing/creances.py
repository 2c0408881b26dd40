"""In-memory recovery cases and recovery rules, tested against the SQL ones."""

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from domain.creance import Creance, CreanceStatus
from domain.decision import Decision
from domain.outcome import Outcome
from domain.recovery import RecoveryRules, default_recovery_rules

if TYPE_CHECKING:
    from application.testing.fakes import FakeCollectivites, FakeRequestLog


class FakeCreances:
    def __init__(self, requests: "FakeRequestLog") -> None:
        self._requests = requests
        self.items: dict[str, Creance] = {}

    def add(self, creance: Creance) -> bool:
        if self.for_decision(creance.decision_id) is not None:
            return False
        self.items[creance.id] = creance
        return True

    def save(self, creance: Creance) -> None:
        self.items[creance.id] = creance

    def get(self, creance_id: str) -> Creance | None:
        return self.items.get(creance_id)

    def for_decision(self, decision_id: str) -> Creance | None:
        return next((c for c in self.items.values() if c.decision_id == decision_id), None)

    def search(self, collectivites: Sequence[str], status: CreanceStatus | None = None,
               opened_from: datetime | None = None, opened_before: datetime | None = None) -> Sequence[Creance]:
        found = [c for c in self.items.values() if c.collectivite in collectivites
                 and (status is None or c.status is status)
                 and (opened_from is None or c.opened_at >= opened_from)
                 and (opened_before is None or c.opened_at < opened_before)]
        return sorted(sorted(found, key=lambda c: c.id), key=lambda c: c.opened_at, reverse=True)

    def decisions_to_open(self, collectivites: Sequence[str]) -> Sequence[Decision]:
        superseded = {d.supersedes for d in self._requests.decisions if d.supersedes}
        opened = {c.decision_id for c in self.items.values()}
        found = [d for d in self._requests.decisions if d.outcome is Outcome.RECOVERABLE_AID
                 and d.collectivite in collectivites and d.id not in superseded and d.id not in opened]
        return sorted(found, key=lambda d: (self._requests.requests[d.request_id].at, d.decided_at))


class FakeRecoveryRuleBook:
    def __init__(self, collectivites: "FakeCollectivites") -> None:
        self._collectivites = collectivites
        self.items: dict[str, RecoveryRules] = {}

    def rules_for(self, collectivite: str) -> RecoveryRules:
        found = self.items.get(collectivite)
        return found or default_recovery_rules(self._collectivites.aid_referential(collectivite))

    def save(self, collectivite: str, rules: RecoveryRules) -> None:
        self.items[collectivite] = rules
