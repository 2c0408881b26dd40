"""The integrators' tokens, for administrators: never their secrets."""

from collections.abc import Sequence

from application.ports.unit_of_work import UnitOfWorkFactory
from domain.api_token import ApiToken


class ListApiTokens:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def execute(self, collectivite: str | None = None) -> Sequence[ApiToken]:
        with self._uow() as uow:
            return [t for t in uow.api_tokens.all() if collectivite in (None, t.collectivite)]
