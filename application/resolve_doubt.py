"""An agent settles a doubtful case: a corrected decision, its letter, and the audit trail."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.correction_letters import CorrectionLetters
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.audit import AuditEntry
from domain.beneficiary import outcome_for
from domain.decision import Decision
from domain.doubt import AlreadySettled, DoubtNotFound, Settlement, settle
from domain.errors import InvalidInput
from domain.outcome import Outcome


@dataclass(frozen=True, slots=True, kw_only=True)
class ResolveDoubtCommand:
    decision_id: str
    iodas_id: str | None  # None: the deceased is none of the candidates
    comment: str
    agent_id: str
    collectivites: Sequence[str]  # the agent's scope
    ip: str | None = None


ResolveDoubtError = DoubtNotFound | AlreadySettled | InvalidInput


class ResolveDoubt:
    """Business rules:
    - an agent settles only the doubts of their own collectivité, and each doubt once;
    - choosing a candidate answers what that person's aids say; otherwise the answer is « inconnu »;
    - the corrected decision supersedes the original, which is never overwritten;
    - the corrected-answer letter is queued and the audit trail written in the same transaction.
    """

    def __init__(self, uow: UnitOfWorkFactory, clock: Clock, letters: CorrectionLetters) -> None:
        self._uow = uow
        self._clock = clock
        self._letters = letters

    def execute(self, command: ResolveDoubtCommand) -> Result[Decision, ResolveDoubtError]:
        now = self._clock.now()
        with self._uow() as uow:
            original = uow.doubts.decision(command.decision_id)
            if original is None or original.collectivite not in command.collectivites:
                return Failure(DoubtNotFound())
            if uow.doubts.settlement_of(original.id) is not None:
                return Failure(AlreadySettled())
            outcome = Outcome.UNKNOWN
            if command.iodas_id in {c.iodas_id for c in original.evidence.candidates}:
                person = uow.beneficiaries.get(original.collectivite, str(command.iodas_id))
                if person is None:
                    return Failure(InvalidInput("Cette personne n'est plus dans le fichier des bénéficiaires."))
                outcome = outcome_for(person, uow.collectivites.aid_referential(original.collectivite))
            settlement = Settlement(decision_id=str(uuid.uuid4()), iodas_id=command.iodas_id, outcome=outcome,
                                    comment=command.comment, agent_id=command.agent_id, at=now)
            corrected = settle(original, settlement)
            if not isinstance(corrected, Success):
                return Failure(corrected.failure())
            decision = corrected.unwrap()
            if not uow.doubts.settle(decision):
                return Failure(AlreadySettled())
            letter = self._letters.enqueue_correction(uow, decision)
            if not isinstance(letter, Success):
                return Failure(letter.failure())
            uow.audit.record(AuditEntry(
                at=now, actor_id=command.agent_id, action="decision.corrected", target=original.id,
                collectivite=original.collectivite, ip=command.ip,
                details={"corrected": decision.id, "outcome": decision.outcome.value,
                         "iodas_id": decision.iodas_id or "", "comment": decision.comment or ""},
            ))
            uow.commit()
        return Success(decision)
