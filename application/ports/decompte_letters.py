from datetime import date
from typing import Protocol

from returns.result import Result

from application.ports.unit_of_work import UnitOfWork
from domain.creance import Creance
from domain.decompte import StoredDecompte
from domain.errors import InvalidInput
from domain.office import NotarialOffice
from domain.search import SearchRequest


class DecompteLetters(Protocol):
    """Renders the décompte of a case, archives it and queues it to the office, in the caller's transaction."""

    def enqueue_decompte(self, uow: UnitOfWork, creance: Creance, request: SearchRequest, office: NotarialOffice,
                         on: date) -> Result[StoredDecompte, InvalidInput]:
        """A failure when the case has its décompte already; then nothing is written."""
        ...
