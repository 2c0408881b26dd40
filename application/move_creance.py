"""An agent moves a notified case along: recovered in instalments, or what remains waived (notify_creance.py
notifies it)."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from returns.result import Failure, Result, Success

from application.letters.wording import local_date
from application.ports.clock import Clock
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.audit import AuditEntry
from domain.creance import Creance, CreanceNotFound, record_recovery, waive
from domain.errors import InvalidInput
from domain.recovery import ZERO


class CreanceStep(StrEnum):
    RECOVER = "recover"
    WAIVE = "waive"


@dataclass(frozen=True, slots=True, kw_only=True)
class MoveCreanceCommand:
    creance_id: str
    step: CreanceStep
    on: date
    agent_id: str
    collectivites: Sequence[str]
    amount: Decimal = ZERO  # recovered, for RECOVER
    reason: str = ""  # for WAIVE
    ip: str | None = None
    preview: bool = False  # only check the step and show its effect, for the agent to confirm it


class MoveCreance:
    """Business rules:
    - an agent moves only the cases of their own collectivité;
    - each step follows the workflow of domain/creance.py and is written in the audit trail;
    - a preview checks the step and returns the case as it would become, changing nothing.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def execute(self, command: MoveCreanceCommand) -> Result[Creance, CreanceNotFound | InvalidInput]:
        now = self._clock.now()
        with self._uow() as uow:
            creance = uow.creances.get(command.creance_id)
            if creance is None or creance.collectivite not in command.collectivites:
                return Failure(CreanceNotFound())
            today = local_date(now)  # the day in France, as the décompte is dated
            if command.step is CreanceStep.RECOVER:
                moved = record_recovery(creance, command.amount, command.on, today)
            else:
                moved = waive(creance, command.reason, command.on, today)
            if not isinstance(moved, Success):
                return Failure(moved.failure())
            updated = moved.unwrap()
            if command.preview:
                return Success(updated)
            uow.creances.save(updated)
            uow.audit.record(AuditEntry(
                at=now, actor_id=command.agent_id, action=f"creance.{updated.status.value}", target=creance.id,
                collectivite=creance.collectivite, ip=command.ip, details=_details(command, updated),
            ))
            uow.commit()
        return Success(updated)


def _details(command: MoveCreanceCommand, updated: Creance) -> dict[str, str]:
    details = {"on": command.on.isoformat()}
    if command.step is CreanceStep.RECOVER:
        details |= {"amount": str(command.amount), "amount_recovered": str(updated.amount_recovered)}
    if command.step is CreanceStep.WAIVE:
        details |= {"amount_recovered": str(updated.amount_recovered), "amount_waived": str(updated.amount_waived),
                    "note": updated.note or ""}
    return details
