"""The integrators' tokens, for administrators: never their secrets."""

from collections.abc import Sequence

from application.ports.unit_of_work import UnitOfWorkFactory
from domain.api_token import ApiToken


class ListApiTokens:
    """Business rules:
    - an administrator sees its own collectivités' tokens (None, the command line: all of them)."""

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def execute(self, collectivites: Sequence[str] | None = None) -> Sequence[ApiToken]:
        with self._uow() as uow:
            return [t for t in uow.api_tokens.all() if collectivites is None or t.collectivite in collectivites]
