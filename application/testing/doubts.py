"""In-memory doubt queue over the fake request log, and a recorder of corrected-answer letters."""

from collections.abc import Sequence
from typing import TYPE_CHECKING

from returns.result import Result, Success

from application.ports.unit_of_work import UnitOfWork
from domain.decision import Decision, DecisionKind
from domain.doubt import Doubt
from domain.errors import InvalidInput
from domain.outcome import Outcome

if TYPE_CHECKING:
    from application.testing.fakes import FakeRequestLog


class FakeDoubtQueue:
    def __init__(self, requests: "FakeRequestLog") -> None:
        self._requests = requests

    def waiting(self, collectivites: Sequence[str]) -> Sequence[Doubt]:
        settled = {d.supersedes for d in self._requests.decisions if d.supersedes}
        found = [
            Doubt(request=self._requests.requests[d.request_id], decision=d)
            for d in self._requests.decisions
            if d.outcome is Outcome.AMBIGUOUS and d.kind is DecisionKind.AUTOMATIC
            and d.collectivite in collectivites and d.id not in settled
        ]
        return sorted(found, key=lambda doubt: (doubt.request.at, doubt.request.reference))

    def settled(self, collectivites: Sequence[str], limit: int) -> Sequence[tuple[Doubt, Decision]]:
        found = [
            (Doubt(request=self._requests.requests[d.request_id], decision=original), d)
            for d in self._requests.decisions
            if d.supersedes and d.collectivite in collectivites
            and (original := self.decision(d.supersedes)) is not None and original.outcome is Outcome.AMBIGUOUS
        ]
        return sorted(found, key=lambda pair: pair[1].decided_at, reverse=True)[:limit]

    def decision(self, decision_id: str) -> Decision | None:
        return next((d for d in self._requests.decisions if d.id == decision_id), None)

    def settlement_of(self, decision_id: str) -> Decision | None:
        return next((d for d in self._requests.decisions if d.supersedes == decision_id), None)

    def settle(self, corrected: Decision) -> bool:
        if corrected.supersedes and self.settlement_of(corrected.supersedes):
            return False
        self._requests.decisions.append(corrected)
        return True


class RecordingCorrectionLetters:
    """Keeps the corrected decisions it was asked to write to."""

    def __init__(self) -> None:
        self.queued: list[Decision] = []

    def enqueue_correction(self, uow: UnitOfWork, decision: Decision) -> Result[object, InvalidInput]:
        self.queued.append(decision)
        return Success(decision)
