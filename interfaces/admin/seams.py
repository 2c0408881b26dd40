"""Where the back-office meets capabilities that land separately.

SEAM (letters and outbox, issue 4): until `services.letters` exists on main, settling a doubt is refused
rather than answered without its letter. Replace `correction_letters` with `services.letters` then.
"""

from returns.result import Failure, Result

from application.ports.correction_letters import CorrectionLetters
from application.ports.unit_of_work import UnitOfWork
from domain.decision import Decision
from domain.errors import InvalidInput
from interfaces.bootstrap import Services


class _LettersNotWired:
    def enqueue_correction(self, uow: UnitOfWork, decision: Decision) -> Result[object, InvalidInput]:
        return Failure(InvalidInput("Le service des courriers n'est pas disponible : la réponse n'a pas été modifiée."))


def correction_letters(services: Services) -> CorrectionLetters:
    return _LettersNotWired()
