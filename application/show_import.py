"""One import's report, with its rejected rows and their reasons."""

from collections.abc import Sequence

from returns.result import Failure, Result, Success

from application.list_imports import ImportEntry, author_of
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.errors import InvalidInput


class ShowImport:
    """Business rules:
    - an import of another collectivité reads as not found.
    """

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def execute(self, run_id: str, collectivites: Sequence[str]) -> Result[ImportEntry, InvalidInput]:
        with self._uow() as uow:
            run = uow.imports.get(run_id)
            if run is None or run.collectivite not in collectivites:
                return Failure(InvalidInput("Cet import n'existe pas."))
            return Success(ImportEntry(run=run, author=author_of(uow, run.actor_id)))
