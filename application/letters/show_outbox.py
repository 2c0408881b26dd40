"""What an administrator sees of the e-mails: how many wait, went or failed, and which are in trouble and why."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from application.ports.unit_of_work import UnitOfWorkFactory
from domain.outbox import MessageStatus, OutboxMessage


@dataclass(frozen=True, slots=True)
class OutboxState:
    counts: Mapping[MessageStatus, int]
    troubled: Sequence[OutboxMessage]  # failed, or pending after a failed try: most recent first


class ShowOutbox:
    """A mail server down for hours must be seen in the back-office, not only by `notaires outbox status`."""

    def __init__(self, uow: UnitOfWorkFactory, *, limit: int = 20) -> None:
        self._uow, self._limit = uow, limit

    def execute(self) -> OutboxState:
        with self._uow() as uow:
            return OutboxState(counts=uow.outbox.counts(), troubled=tuple(uow.outbox.troubled(limit=self._limit)))
