"""Downloads the décompte of a case again, as it was sent to the notary."""

from collections.abc import Sequence
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.letters.get_letter import LetterNotFound
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.decompte import StoredDecompte


@dataclass(frozen=True, slots=True, kw_only=True)
class GetDecompteQuery:
    creance_id: str
    collectivites: Sequence[str]  # the agent's scope


class GetDecompte:
    """An agent gets the décompte of their own collectivité's cases only."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def execute(self, query: GetDecompteQuery) -> Result[StoredDecompte, LetterNotFound]:
        with self._uow() as uow:
            letter = uow.decomptes.get(query.creance_id)
        if letter is None or letter.collectivite not in query.collectivites:
            return Failure(LetterNotFound())
        return Success(letter)
