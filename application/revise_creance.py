"""An agent corrects the figures of a case still to examine; the amount is computed again."""

from collections.abc import Sequence
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.audit import AuditEntry
from domain.creance import CaseFacts, Creance, CreanceNotFound, revise
from domain.errors import InvalidInput


@dataclass(frozen=True, slots=True, kw_only=True)
class ReviseCreanceCommand:
    creance_id: str
    facts: CaseFacts
    agent_id: str
    collectivites: Sequence[str]
    ip: str | None = None


class ReviseCreance:
    """Business rules:
    - an agent corrects only their own collectivité's cases, and only before the notary is notified;
    - the amount is computed again with the rules in force; the correction is audited with both amounts.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def execute(self, command: ReviseCreanceCommand) -> Result[Creance, CreanceNotFound | InvalidInput]:
        with self._uow() as uow:
            creance = uow.creances.get(command.creance_id)
            if creance is None or creance.collectivite not in command.collectivites:
                return Failure(CreanceNotFound())
            revised = revise(creance, command.facts, uow.recovery_rules.rules_for(creance.collectivite))
            if not isinstance(revised, Success):
                return Failure(revised.failure())
            updated = revised.unwrap()
            uow.creances.save(updated)
            uow.audit.record(AuditEntry(
                at=self._clock.now(), actor_id=command.agent_id, action="creance.revised", target=creance.id,
                collectivite=creance.collectivite, ip=command.ip,
                details={"before": str(creance.amount_claimed), "after": str(updated.amount_claimed)},
            ))
            uow.commit()
        return Success(updated)
