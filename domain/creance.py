"""The collectivité's claim on an estate, and how an agent works it from examination to recovery.

Estates often pay in instalments: each recovery is kept with its date and amount, and the case stays open until
their sum reaches the amount claimed, or until the collectivité waives what remains due."""

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from returns.result import Failure, Result, Success

from domain.errors import InvalidInput
from domain.decision import Decision
from domain.outcome import Outcome
from domain.recovery import (
    LIBERALITY_RECOURSES,
    ZERO,
    Assets,
    ClaimedAid,
    RecourseType,
    RecoveryRules,
    compute_recovery,
    euros,
    money,
)


class CreanceStatus(StrEnum):
    TO_EXAMINE = "to_examine"
    NOTIFIED = "notified"  # the amount was notified to the notary
    RECOVERED_IN_FULL = "recovered_in_full"
    RECOVERED_IN_PART = "recovered_in_part"  # some recovered, the rest still due: the case stays open
    WAIVED = "waived"  # what remained due was given up; the sums recovered are kept


OPEN_STATUSES = frozenset({CreanceStatus.TO_EXAMINE, CreanceStatus.NOTIFIED, CreanceStatus.RECOVERED_IN_PART})


@dataclass(frozen=True, slots=True, kw_only=True)
class Recovery:
    """One sum received from the estate."""

    on: date
    amount: Decimal


@dataclass(frozen=True, slots=True, kw_only=True)
class Creance:
    id: str
    decision_id: str  # the RECOVERABLE_AID decision it comes from
    request_id: str
    collectivite: str
    iodas_id: str | None  # its decision's: the principal file of a person entered several times in IODAS
    recourse: RecourseType
    claimed: tuple[ClaimedAid, ...]
    # The estate's recourse: 0 for the others (a case opened on them before their own figure was asked keeps these)
    net_estate: Decimal
    funeral_costs: Decimal
    amount_claimed: Decimal  # computed by the collectivité's rules when the case was opened
    opened_at: datetime
    opened_by: str
    status: CreanceStatus = CreanceStatus.TO_EXAMINE
    notified_on: date | None = None
    recoveries: tuple[Recovery, ...] = ()  # in date order
    closed_on: date | None = None  # recovered in full, or waived
    note: str | None = None  # why it was waived, or what was agreed
    other_iodas_ids: tuple[str, ...] = ()  # the same person's other files, as its decision names them
    liberality_value: Decimal | None = None  # against a legatee or a donee: the value of the legacy or of the gift

    @property
    def assets(self) -> Assets:
        return Assets(recourse=self.recourse, net_estate=self.net_estate, funeral_costs=self.funeral_costs,
                      liberality_value=self.liberality_value)

    @property
    def iodas_ids(self) -> tuple[str, ...]:
        return (self.iodas_id, *self.other_iodas_ids) if self.iodas_id else ()

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def amount_recovered(self) -> Decimal:
        return money(sum((r.amount for r in self.recoveries), ZERO))

    @property
    def amount_due(self) -> Decimal:
        """What the estate still owes; nothing once the case is closed."""
        return money(self.amount_claimed - self.amount_recovered) if self.is_open else ZERO

    @property
    def amount_waived(self) -> Decimal:
        return money(self.amount_claimed - self.amount_recovered) if self.status is CreanceStatus.WAIVED else ZERO


@dataclass(frozen=True, slots=True)
class CreanceNotFound:
    message: str = "Cette créance n'existe pas, ou elle ne relève pas de votre collectivité."


@dataclass(frozen=True, slots=True, kw_only=True)
class CaseFacts:
    """What the agent enters to open a case: the recourse, the aids paid, and the notary's figures: the net estate
    and funeral costs for the recourse on the estate, the value of the legacy or of the gift for the others."""

    recourse: RecourseType
    claimed: tuple[ClaimedAid, ...]
    net_estate: Decimal = ZERO
    funeral_costs: Decimal = ZERO
    liberality_value: Decimal | None = None


BETTER_FORTUNE_REFUSED = (
    "Le recours contre le bénéficiaire revenu à meilleure fortune s'exerce de son vivant, contre lui : après son "
    "décès, il ne donne pas lieu à un décompte adressé au notaire. Choisissez le recours sur la succession, contre "
    "le légataire ou contre le donataire.")
LIBERALITY_NAMES = {RecourseType.LEGATEE: "des biens légués", RecourseType.DONEE: "des biens donnés"}
RECOURSE_AGAINST = {RecourseType.LEGATEE: "contre le légataire", RecourseType.DONEE: "contre le donataire"}


def _checked(facts: CaseFacts) -> Result[CaseFacts, InvalidInput]:
    """Business rules:
    - a décompte to the notary of an estate exercises a recourse open after the death: never the better fortune's;
    - the recourse's own figures are given (the value of the legacy or of the gift against a legatee or a donee), and
      only they are kept;
    - amounts are positive or zero, and at least one aid was paid.
    """
    if facts.recourse is RecourseType.BETTER_FORTUNE:
        return Failure(InvalidInput(BETTER_FORTUNE_REFUSED))
    liberality = facts.liberality_value if facts.recourse in LIBERALITY_RECOURSES else None
    if facts.recourse in LIBERALITY_RECOURSES and liberality is None:
        return Failure(InvalidInput(f"Indiquez la valeur {LIBERALITY_NAMES[facts.recourse]}, que le notaire "
                                    "déclare."))
    estate = facts.recourse is RecourseType.ESTATE
    net_estate, funeral_costs = (facts.net_estate, facts.funeral_costs) if estate else (ZERO, ZERO)
    amounts = [net_estate, funeral_costs, liberality or ZERO, *(a.amount_paid for a in facts.claimed)]
    if any(amount < ZERO for amount in amounts):
        return Failure(InvalidInput("Les montants ne peuvent pas être négatifs (indiquez 0 pour une succession déficitaire)."))
    claimed = tuple(ClaimedAid(aid_code=a.aid_code, amount_paid=money(a.amount_paid))
                    for a in facts.claimed if a.amount_paid > ZERO)
    if not claimed:
        return Failure(InvalidInput("Indiquez le montant versé pour au moins une aide."))
    return Success(CaseFacts(recourse=facts.recourse, claimed=claimed, net_estate=money(net_estate),
                             funeral_costs=money(funeral_costs),
                             liberality_value=money(liberality) if liberality is not None else None))


def _assets(facts: CaseFacts) -> Assets:
    return Assets(recourse=facts.recourse, net_estate=facts.net_estate, funeral_costs=facts.funeral_costs,
                  liberality_value=facts.liberality_value)


def open_case(case_id: str, decision: Decision, facts: CaseFacts, rules: RecoveryRules, agent_id: str,
              at: datetime) -> Result[Creance, InvalidInput]:
    """Business rules:
    - a case is opened only from an answer « aide récupérable »;
    - it names every file of the person its answer names (one person entered several times in IODAS);
    - amounts are positive or zero, and at least one aid was paid;
    - the amount claimed is computed by the collectivité's rules, never typed by hand.
    """
    if decision.outcome is not Outcome.RECOVERABLE_AID:
        return Failure(InvalidInput("Une créance ne s'ouvre que sur une réponse « aide récupérable »."))
    checked = _checked(facts)
    if not isinstance(checked, Success):
        return Failure(checked.failure())
    f = checked.unwrap()
    return Success(Creance(
        id=case_id, decision_id=decision.id, request_id=decision.request_id, collectivite=decision.collectivite,
        iodas_id=decision.iodas_id, other_iodas_ids=decision.other_iodas_ids, recourse=f.recourse,
        claimed=f.claimed, net_estate=f.net_estate, funeral_costs=f.funeral_costs,
        liberality_value=f.liberality_value, opened_at=at, opened_by=agent_id,
        amount_claimed=compute_recovery(f.claimed, _assets(f), rules).total,
    ))


def revise(creance: Creance, facts: CaseFacts, rules: RecoveryRules) -> Result[Creance, InvalidInput]:
    """The notary's figures often come later: a case still to examine takes new ones and is computed again."""
    if creance.status is not CreanceStatus.TO_EXAMINE:
        return Failure(InvalidInput("Les montants ne se corrigent plus une fois la créance notifiée au notaire."))
    checked = _checked(facts)
    if not isinstance(checked, Success):
        return Failure(checked.failure())
    f = checked.unwrap()
    return Success(replace(
        creance, recourse=f.recourse, claimed=f.claimed, net_estate=f.net_estate, funeral_costs=f.funeral_costs,
        liberality_value=f.liberality_value, amount_claimed=compute_recovery(f.claimed, _assets(f), rules).total))


def _dated(on: date, creance: Creance, today: date) -> InvalidInput | None:
    if on > today:
        return InvalidInput("La date ne peut pas être dans le futur.")
    if on < creance.opened_at.date():
        return InvalidInput("La date ne peut pas précéder l'ouverture du dossier.")
    return None


def not_notifiable(creance: Creance, rules: RecoveryRules) -> InvalidInput | None:
    """Business rules:
    - only a case still to examine is notified to the notary;
    - never on the better fortune's recourse, and with the value of the legacy or of the gift against a legatee or a
      donee (cases opened before it was asked for have none: their figures are to be corrected first);
    - the décompte sent shows the computation line by line: the rules in force must still give the amount claimed,
      otherwise the figures are to be saved again (and computed again) before the notary is told.
    """
    if creance.status is not CreanceStatus.TO_EXAMINE:
        return InvalidInput("Seule une créance à examiner peut être notifiée au notaire.")
    if creance.recourse is RecourseType.BETTER_FORTUNE:
        return InvalidInput(f"{BETTER_FORTUNE_REFUSED} Corrigez le type de recours avant de notifier le décompte.")
    if creance.recourse in LIBERALITY_RECOURSES and creance.liberality_value is None:
        return InvalidInput(f"Le décompte d'un recours {RECOURSE_AGAINST[creance.recourse]} se calcule sur la valeur "
                            f"{LIBERALITY_NAMES[creance.recourse]}, que cette créance n'indique pas encore : corrigez "
                            "ses montants pour l'indiquer avant de notifier le décompte.")
    total = compute_recovery(creance.claimed, creance.assets, rules).total
    if total != creance.amount_claimed:
        return InvalidInput(
            f"Les règles de récupération ont changé depuis le calcul de cette créance : elles donnent désormais "
            f"{euros(total)} au lieu de {euros(creance.amount_claimed)}. Corrigez les montants (enregistrez-les à "
            "nouveau) pour recalculer la créance avant de notifier le décompte.")
    return None


def notify(creance: Creance, on: date, today: date, rules: RecoveryRules) -> Result[Creance, InvalidInput]:
    """A case that may be notified (`not_notifiable`) is, on a day neither before its opening nor in the future."""
    if problem := not_notifiable(creance, rules) or _dated(on, creance, today):
        return Failure(problem)
    return Success(replace(creance, status=CreanceStatus.NOTIFIED, notified_on=on))


def record_recovery(creance: Creance, amount: Decimal, on: date, today: date) -> Result[Creance, InvalidInput]:
    """Business rules:
    - money is recovered only after the notary was notified, and while some remains due;
    - the amount is positive and never more than what remains due;
    - it is dated neither before the notification nor in the future;
    - the sums recovered reaching the amount claimed close the case « recouvrée en totalité », otherwise it is
      « recouvrée en partie » and stays open for the next instalment.
    """
    if creance.status is CreanceStatus.TO_EXAMINE:
        return Failure(InvalidInput("Notifiez d'abord la créance au notaire avant d'enregistrer un recouvrement."))
    if not creance.is_open:
        return Failure(InvalidInput("Cette créance est close : aucun recouvrement ne peut plus y être enregistré."))
    amount = money(amount)
    if amount <= ZERO:
        return Failure(InvalidInput("Le montant recouvré doit être positif."))
    if amount > creance.amount_due:
        return Failure(InvalidInput(f"Le montant recouvré ne peut pas dépasser le reste dû ({euros(creance.amount_due)})."))
    if (on_notified := creance.notified_on) and on < on_notified:
        return Failure(InvalidInput("Le recouvrement ne peut pas précéder la notification."))
    if problem := _dated(on, creance, today):
        return Failure(problem)
    recoveries = tuple(sorted((*creance.recoveries, Recovery(on=on, amount=amount)), key=lambda r: r.on))
    recovered = replace(creance, recoveries=recoveries)
    if recovered.amount_recovered == creance.amount_claimed:
        return Success(replace(recovered, status=CreanceStatus.RECOVERED_IN_FULL, closed_on=recoveries[-1].on))
    return Success(replace(recovered, status=CreanceStatus.RECOVERED_IN_PART))


def waive(creance: Creance, reason: str, on: date, today: date) -> Result[Creance, InvalidInput]:
    """Business rules:
    - the collectivité gives up what remains due on an open case, and says why;
    - the sums already recovered are kept;
    - the decision is dated neither before the notification or the last recovery, nor in the future.
    """
    if not creance.is_open:
        return Failure(InvalidInput("Cette créance est déjà close."))
    reason = " ".join(reason.split())
    if not reason:
        return Failure(InvalidInput("Indiquez le motif de la renonciation."))
    if (on_notified := creance.notified_on) and on < on_notified:
        return Failure(InvalidInput("La renonciation ne peut pas précéder la notification."))
    if creance.recoveries and on < creance.recoveries[-1].on:
        return Failure(InvalidInput("La renonciation ne peut pas précéder le dernier recouvrement enregistré."))
    if problem := _dated(on, creance, today):
        return Failure(problem)
    return Success(replace(creance, status=CreanceStatus.WAIVED, closed_on=on, note=reason))
