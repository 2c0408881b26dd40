"""An agent settles a doubtful case: a corrected decision, its letter, and the audit trail."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.clock import Clock
from application.ports.correction_letters import CorrectionLetters
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.audit import AuditEntry
from domain.beneficiary import Beneficiary, outcome_for_records
from domain.decision import Decision
from domain.doubt import AlreadySettled, DoubtNotFound, Settlement, settle
from domain.errors import InvalidInput


@dataclass(frozen=True, slots=True, kw_only=True)
class ResolveDoubtCommand:
    decision_id: str
    iodas_ids: tuple[str, ...]  # the deceased's file, or files when entered several times; none: none of them
    comment: str
    agent_id: str
    collectivites: Sequence[str]  # the agent's scope
    ip: str | None = None


ResolveDoubtError = DoubtNotFound | AlreadySettled | InvalidInput


class ResolveDoubt:
    """Business rules:
    - an agent settles only the doubts of their own collectivité, and each doubt once;
    - choosing a candidate answers what that person's aids say; otherwise the answer is « inconnu »;
    - the same person entered several times in IODAS: the agent names all her files, all of the doubt's
      collectivité, and the answer is what all their aids say together (recoverable aid prevails over APA/PCH);
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
            candidates = {c.iodas_id for c in original.evidence.candidates}
            records: list[Beneficiary] = []
            for iodas_id in dict.fromkeys(i for i in command.iodas_ids if i in candidates):
                person = uow.beneficiaries.get(original.collectivite, iodas_id)
                if person is None:
                    return Failure(InvalidInput(
                        f"Le dossier IODAS {iodas_id} n'est plus dans le fichier des bénéficiaires.", "iodas_ids"))
                records.append(person)
            outcome = outcome_for_records(records, uow.collectivites.aid_referential(original.collectivite))
            settlement = Settlement(decision_id=str(uuid.uuid4()), iodas_ids=tuple(command.iodas_ids),
                                    outcome=outcome, comment=command.comment, agent_id=command.agent_id, at=now)
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
                         "iodas_id": decision.iodas_id or "", "other_iodas_ids": ", ".join(decision.other_iodas_ids),
                         "comment": decision.comment or ""},
            ))
            uow.commit()
        return Success(decision)
