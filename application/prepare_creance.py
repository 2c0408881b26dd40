"""What an agent needs to open a recovery case on a RECOVERABLE_AID decision: the person, the aids, the rules."""

from collections.abc import Sequence
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.unit_of_work import UnitOfWorkFactory
from domain.aid import AidCategory, AidType
from domain.beneficiary import Beneficiary
from domain.creance import Creance, CreanceNotFound
from domain.decision import Decision
from domain.outcome import Outcome
from domain.recovery import RecoveryRules
from domain.search import SearchRequest


@dataclass(frozen=True, slots=True, kw_only=True)
class PrepareCreanceQuery:
    decision_id: str
    collectivites: Sequence[str]


@dataclass(frozen=True, slots=True, kw_only=True)
class CreanceDraft:
    decision: Decision
    request: SearchRequest
    office_name: str
    people: tuple[Beneficiary, ...]  # the person's files still in the directory: several if entered several times
    aid_types: tuple[AidType, ...]  # the recoverable aids received on any of those files, or all recoverable ones
    rules: RecoveryRules
    existing: Creance | None  # a case already opened on this decision


class PrepareCreance:
    """Business rules:
    - only a current « aide récupérable » answer of the agent's collectivité can found a case;
    - the form offers the recoverable aids the person received, on every file the answer names (one person
      entered several times in IODAS).
    """

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def execute(self, query: PrepareCreanceQuery) -> Result[CreanceDraft, CreanceNotFound]:
        with self._uow() as uow:
            decision = uow.doubts.decision(query.decision_id)
            request = uow.requests.get(decision.request_id) if decision else None
            if (decision is None or request is None or decision.collectivite not in query.collectivites
                    or decision.outcome is not Outcome.RECOVERABLE_AID
                    or uow.doubts.settlement_of(decision.id) is not None):
                return Failure(CreanceNotFound("Aucune réponse « aide récupérable » en cours ne correspond."))
            referential = uow.collectivites.aid_referential(decision.collectivite)
            people = tuple(p for i in decision.iodas_ids if (p := uow.beneficiaries.get(decision.collectivite, i)))
            recoverable = [t for t in referential.types.values() if t.category is AidCategory.RECOVERABLE]
            received = {a.code for p in people for a in p.aids}
            offered = [t for t in recoverable if t.code in received] or recoverable
            office = uow.offices.get(request.crpcen)
            return Success(CreanceDraft(
                decision=decision, request=request, office_name=office.name if office else request.crpcen,
                people=people, aid_types=tuple(sorted(offered, key=lambda t: t.code)),
                rules=uow.recovery_rules.rules_for(decision.collectivite),
                existing=uow.creances.for_decision(decision.id)))
