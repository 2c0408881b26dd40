"""One recovery case in full: the figures, how the amount was computed, and where it stands."""

from collections.abc import Sequence
from dataclasses import dataclass

from returns.result import Failure, Result, Success

from application.ports.letters import CollectiviteProfiles
from application.ports.unit_of_work import UnitOfWorkFactory
from domain.collectivite import Collectivite
from domain.creance import Creance, CreanceNotFound, CreanceStatus, not_notifiable
from domain.decompte import StoredDecompte
from domain.letters import payment_missing
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
    cannot_notify: str | None = None  # why the décompte of a case to examine cannot be sent yet, told up front


class ShowCreance:
    """Business rules:
    - an agent sees only the cases of their own collectivité;
    - the computation is shown line by line, so that the amount can be explained to the notary;
    - once notified, the décompte sent and the state of its delivery are shown;
    - before, what would keep its décompte from being sent (the computation to redo, no payment account
      configured) is told before the agent asks to send it.
    """

    def __init__(self, uow: UnitOfWorkFactory, profiles: CollectiviteProfiles) -> None:
        self._uow, self._profiles = uow, profiles

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
            collectivite = uow.collectivites.get(creance.collectivite)
        computation = compute_recovery(creance.claimed, creance.assets, rules)
        return Success(CreanceFile(creance=creance, computation=computation, rules=rules, request=request,
                                   office_name=office.name if office else request.crpcen, aid_labels=labels,
                                   decompte=decompte, decompte_mail=mail,
                                   cannot_notify=self._cannot_notify(creance, rules, collectivite)))

    def _cannot_notify(self, creance: Creance, rules: RecoveryRules, collectivite: Collectivite | None) -> str | None:
        if creance.status is not CreanceStatus.TO_EXAMINE:
            return None
        code = creance.collectivite
        problem = not_notifiable(creance, rules) or payment_missing(
            self._profiles.profile(collectivite or Collectivite(code=code, name=code)))
        return problem.message if problem else None
