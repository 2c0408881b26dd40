from typing import Protocol

from returns.result import Result

from application.ports.unit_of_work import UnitOfWork
from domain.decision import Decision
from domain.errors import InvalidInput


class CorrectionLetters(Protocol):
    """Queues the corrected-answer letter in the caller's transaction (the letters and outbox capability)."""

    def enqueue_correction(self, uow: UnitOfWork, decision: Decision) -> Result[object, InvalidInput]: ...
