"""An agent opens a recovery case; the amount to claim is computed by the collectivité's rules."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.audit import AuditEntry
from domain.creance import CaseFacts, Creance, CreanceNotFound, open_case
from domain.errors import InvalidInput


@dataclass(frozen=True, slots=True, kw_only=True)
class OpenCreanceCommand:
    decision_id: str
    facts: CaseFacts
    agent_id: str
    collectivites: Sequence[str]
    ip: str | None = None


class OpenCreance:
    """Business rules:
    - an agent opens cases only on their own collectivité's current « aide récupérable » answers;
    - one case per answer;
    - the opening is in the audit trail.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def execute(self, command: OpenCreanceCommand) -> Result[Creance, CreanceNotFound | InvalidInput]:
        now = self._clock.now()
        with self._uow() as uow:
            decision = uow.doubts.decision(command.decision_id)
            if decision is None or decision.collectivite not in command.collectivites:
                return Failure(CreanceNotFound())
            if uow.doubts.settlement_of(decision.id) is not None:
                return Failure(InvalidInput("Cette réponse a été corrigée : ouvrez la créance sur la réponse corrigée."))
            if uow.creances.for_decision(decision.id) is not None:
                return Failure(InvalidInput("Une créance est déjà ouverte pour cette réponse."))
            rules = uow.recovery_rules.rules_for(decision.collectivite)
            opened = open_case(str(uuid.uuid4()), decision, command.facts, rules, command.agent_id, now)
            if not isinstance(opened, Success):
                return Failure(opened.failure())
            creance = opened.unwrap()
            if not uow.creances.add(creance):
                return Failure(InvalidInput("Une créance est déjà ouverte pour cette réponse."))
            uow.audit.record(AuditEntry(
                at=now, actor_id=command.agent_id, action="creance.opened", target=creance.id,
                collectivite=creance.collectivite, ip=command.ip,
                details={"decision": decision.id, "recourse": creance.recourse.value,
                         "amount_claimed": str(creance.amount_claimed)},
            ))
            uow.commit()
        return Success(creance)
