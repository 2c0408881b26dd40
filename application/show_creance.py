"""One recovery case in full: the figures, how the amount was computed, and where it stands."""

from collections.abc import Sequence
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.unit_of_work import UnitOfWorkFactory
from domain.creance import Creance, CreanceNotFound
from domain.decompte import StoredDecompte
from domain.outbox import OutboxMessage
from domain.recovery import RecoveryComputation, RecoveryRules, compute_recovery
from domain.search import SearchRequest


@dataclass(frozen=True, slots=True, kw_only=True)
class ShowCreanceQuery:
    creance_id: str
    collectivites: Sequence[str]


@dataclass(frozen=True, slots=True, kw_only=True)
class CreanceFile:
    creance: Creance
    computation: RecoveryComputation  # with the rules in force today
    rules: RecoveryRules
    request: SearchRequest
    office_name: str
    aid_labels: dict[str, str]
    decompte: StoredDecompte | None = None  # the letter sent when the case was notified
    decompte_mail: tuple[OutboxMessage, ...] = ()  # the e-mail that carries it, with its delivery state


class ShowCreance:
    """Business rules:
    - an agent sees only the cases of their own collectivité;
    - the computation is shown line by line, so that the amount can be explained to the notary;
    - once notified, the décompte sent and the state of its delivery are shown.
    """

    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def execute(self, query: ShowCreanceQuery) -> Result[CreanceFile, CreanceNotFound]:
        with self._uow() as uow:
            creance = uow.creances.get(query.creance_id)
            request = uow.requests.get(creance.request_id) if creance else None
            if creance is None or request is None or creance.collectivite not in query.collectivites:
                return Failure(CreanceNotFound())
            rules = uow.recovery_rules.rules_for(creance.collectivite)
            office = uow.offices.get(request.crpcen)
            labels = {code: t.label for code, t in uow.collectivites.aid_referential(creance.collectivite).types.items()}
            decompte = uow.decomptes.get(creance.id)
            mail = tuple(m for m in uow.outbox.for_request(request.id) if m.creance_id == creance.id)
        computation = compute_recovery(creance.claimed, creance.net_estate, creance.funeral_costs, rules)
        return Success(CreanceFile(creance=creance, computation=computation, rules=rules, request=request,
                                   office_name=office.name if office else request.crpcen, aid_labels=labels,
                                   decompte=decompte, decompte_mail=mail))
