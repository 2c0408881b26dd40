"""A notary accepts the collectivité's terms of use; the acceptance is the proof."""

from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.errors import NotAuthorized
from domain.terms import TermsAcceptance


@dataclass(frozen=True, slots=True, kw_only=True)
class AcceptTermsCommand:
    user_id: str
    ip: str | None = None


class AcceptTerms:
    """Business rules:
    - only an active account can accept;
    - the version in force is recorded with the moment and the address;
    - accepting twice keeps the first acceptance.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, version: str) -> None:
        self._uow = uow
        self._clock = clock
        self._version = version

    def execute(self, command: AcceptTermsCommand) -> Result[TermsAcceptance, NotAuthorized]:
        with self._uow() as uow:
            user = uow.users.get(command.user_id)
            if user is None or not user.active:
                return Failure(NotAuthorized())
            known = uow.terms.accepted(user.id, self._version)
            if known is not None:
                return Success(known)
            acceptance = TermsAcceptance(user_id=user.id, version=self._version, accepted_at=self._clock.now(),
                                         ip=command.ip)
            uow.terms.record(acceptance)
            uow.commit()
        return Success(acceptance)


class TermsAccepted:
    """Whether a user accepted the version in force (asked on every page, so kept apart from the command)."""

    def __init__(self, uow: UnitOfWorkFactory, version: str) -> None:
        self._uow = uow
        self._version = version

    def execute(self, user_id: str) -> TermsAcceptance | None:
        with self._uow() as uow:
            return uow.terms.accepted(user_id, self._version)
