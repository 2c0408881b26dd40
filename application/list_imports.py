"""The import history, newest first, as an administrator reads it."""

from collections.abc import Sequence
from dataclasses import dataclass

from application.importing import ImportRun
from application.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportEntry:
    run: ImportRun
    author: str  # the e-mail of who uploaded it, or « ligne de commande »


def author_of(uow: UnitOfWork, actor_id: str | None) -> str:
    user = uow.users.get(actor_id) if actor_id else None
    return user.email if user else "ligne de commande"


class ListImports:
    """Business rules:
    - one sees only the imports of the collectivités one works for.
    """

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def execute(self, collectivites: Sequence[str]) -> Sequence[ImportEntry]:
        with self._uow() as uow:
            return [ImportEntry(run=run, author=author_of(uow, run.actor_id)) for run in uow.imports.recent(collectivites)]

