"""How much of a créance the collectivité may recover: one pure rule per aid type, from its referential, and per
recourse (article L. 132-8 of the code de l'action sociale et des familles, and R. 132-11 and R. 132-12):
- on the estate (sur la succession): within the actif net successoral, after the funeral costs up to a cap; the
  aide ménagère only on the part of that estate above a threshold, for the expenses above a minimum;
- against a legatee (contre le légataire, à titre particulier: a universal legatee takes the estate with its debts,
  as an heir, and answers on the estate's recourse): within the value of the goods bequeathed, at the opening of the
  succession; every recoverable aid from the first euro, the thresholds being the estate's;
- against a donee (contre le donataire, of a gift made after the request for aid or in the ten years before it):
  within the value of the goods given, at the day of the recourse; every recoverable aid from the first euro;
- against the beneficiary returned to better fortune (revenu à meilleure fortune): during his lifetime, against him;
  never a claim sent to the notary of his estate.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from domain.aid import AidCategory, AidReferential

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
DEFAULT_FUNERAL_CAP = Decimal("3500.00")
DEFAULT_HOME_HELP_THRESHOLD = Decimal("46000.00")
DEFAULT_HOME_HELP_MINIMUM = Decimal("760.00")
HOME_HELP_CODE = "AM"  # aide ménagère, in the default referential


class RecourseType(StrEnum):
    ESTATE = "estate"  # sur la succession
    LEGATEE = "legatee"  # contre le légataire (à titre particulier)
    DONEE = "donee"  # contre le donataire
    BETTER_FORTUNE = "better_fortune"  # contre le bénéficiaire revenu à meilleure fortune: of his lifetime only


LIBERALITY_RECOURSES = frozenset({RecourseType.LEGATEE, RecourseType.DONEE})  # capped by what was given or bequeathed


class RecoveryBasis(StrEnum):
    FIRST_EURO = "first_euro"  # e.g. ASH
    ABOVE_ESTATE_THRESHOLD = "above_estate_threshold"  # e.g. aide ménagère
    NOT_RECOVERABLE = "not_recoverable"  # e.g. APA, PCH


@dataclass(frozen=True, slots=True, kw_only=True)
class AidRecoveryRule:
    aid_code: str
    basis: RecoveryBasis
    estate_threshold: Decimal = ZERO  # only the part of the estate above it answers for this aid
    minimum_expense: Decimal = ZERO  # only the expenses above it are recovered


@dataclass(frozen=True, slots=True, kw_only=True)
class RecoveryRules:
    """One collectivité's recovery rules, per aid code."""

    funeral_cap: Decimal = DEFAULT_FUNERAL_CAP
    by_aid: Mapping[str, AidRecoveryRule] = field(default_factory=dict)

    def rule_for(self, aid_code: str) -> AidRecoveryRule:
        return self.by_aid.get(aid_code) or AidRecoveryRule(aid_code=aid_code, basis=RecoveryBasis.NOT_RECOVERABLE)


def default_recovery_rules(referential: AidReferential) -> RecoveryRules:
    """Recoverable aids from the first euro; aide ménagère above €46,000 of estate and €760 of expenses."""
    rules = {}
    for code, aid_type in referential.types.items():
        if aid_type.category is not AidCategory.RECOVERABLE:
            continue
        if code == HOME_HELP_CODE:
            rules[code] = AidRecoveryRule(aid_code=code, basis=RecoveryBasis.ABOVE_ESTATE_THRESHOLD,
                                          estate_threshold=DEFAULT_HOME_HELP_THRESHOLD,
                                          minimum_expense=DEFAULT_HOME_HELP_MINIMUM)
        else:
            rules[code] = AidRecoveryRule(aid_code=code, basis=RecoveryBasis.FIRST_EURO)
    return RecoveryRules(by_aid=rules)


def money(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def euros(amount: Decimal) -> str:
    """8500.5 -> '8 500,50 €', as French typography writes sums (narrow no-break space between thousands)."""
    return f"{amount:,.2f}".replace(",", "\u202f").replace(".", ",") + "\u00a0€"


def funeral_deduction(funeral_costs: Decimal, cap: Decimal) -> Decimal:
    """Funeral costs come off the estate, up to the cap."""
    return money(min(max(funeral_costs, ZERO), max(cap, ZERO)))


def estate_available(net_estate: Decimal, funeral_costs: Decimal, cap: Decimal) -> Decimal:
    """The net estate after funeral costs: recovery never goes beyond it."""
    return money(max(net_estate - funeral_deduction(funeral_costs, cap), ZERO))


def first_euro_part(paid: Decimal) -> Decimal:
    """ASH and the like: every euro paid is recoverable."""
    return money(max(paid, ZERO))


def above_threshold_part(paid: Decimal, estate: Decimal, threshold: Decimal, minimum: Decimal) -> Decimal:
    """Aide ménagère: only the expenses above the minimum, on the part of the estate above the threshold."""
    return money(min(max(paid - minimum, ZERO), max(estate - threshold, ZERO)))


@dataclass(frozen=True, slots=True, kw_only=True)
class Assets:
    """What the recourse is exercised on, as the notary declares it: the estate's net assets and funeral costs for
    the recourse on the estate, the value of the legacy or of the gift against a legatee or a donee."""

    recourse: RecourseType
    net_estate: Decimal = ZERO
    funeral_costs: Decimal = ZERO
    liberality_value: Decimal | None = None  # None: never given (a case opened before the service asked for it)


def available(assets: Assets, funeral_cap: Decimal) -> Decimal:
    """What the recovery may not exceed, besides the créance itself."""
    if assets.recourse is RecourseType.ESTATE:
        return estate_available(assets.net_estate, assets.funeral_costs, funeral_cap)
    if assets.recourse in LIBERALITY_RECOURSES and assets.liberality_value is not None:
        return money(max(assets.liberality_value, ZERO))
    return ZERO  # better fortune: nothing is claimed from the notary


def recovered_from_first_euro(rule: AidRecoveryRule, recourse: RecourseType) -> bool:
    """The aide ménagère's thresholds are the estate's: against a legatee or a donee it is recovered in full."""
    return rule.basis is RecoveryBasis.FIRST_EURO or (
        rule.basis is RecoveryBasis.ABOVE_ESTATE_THRESHOLD and recourse in LIBERALITY_RECOURSES)


@dataclass(frozen=True, slots=True, kw_only=True)
class ClaimedAid:
    aid_code: str
    amount_paid: Decimal


@dataclass(frozen=True, slots=True, kw_only=True)
class AidRecovery:
    aid_code: str
    basis: RecoveryBasis
    amount_paid: Decimal
    recoverable: Decimal


@dataclass(frozen=True, slots=True, kw_only=True)
class RecoveryComputation:
    creance: Decimal  # what was paid in recoverable aids
    funeral_deduction: Decimal  # on the estate's recourse only
    available: Decimal  # the net estate after funeral costs, or the value of the legacy or of the gift
    lines: tuple[AidRecovery, ...]
    total: Decimal


_ORDER = {RecoveryBasis.FIRST_EURO: 0, RecoveryBasis.ABOVE_ESTATE_THRESHOLD: 1, RecoveryBasis.NOT_RECOVERABLE: 2}


def compute_recovery(claimed: Iterable[ClaimedAid], assets: Assets, rules: RecoveryRules) -> RecoveryComputation:
    """Business rules:
    - each aid type is recovered by its own rule, from the collectivité's referential, and by the recourse's;
    - aids recovered from the first euro are taken before those above a threshold;
    - the total never exceeds the créance, nor what the recourse is exercised on: the net estate after funeral costs
      (capped), or the value of the legacy or of the gift.
    """
    remaining = cap = available(assets, rules.funeral_cap)
    lines = []
    for aid in sorted(claimed, key=lambda a: (_ORDER[rules.rule_for(a.aid_code).basis], a.aid_code)):
        rule = rules.rule_for(aid.aid_code)
        if recovered_from_first_euro(rule, assets.recourse):
            part = first_euro_part(aid.amount_paid)
        elif rule.basis is RecoveryBasis.ABOVE_ESTATE_THRESHOLD:
            part = above_threshold_part(aid.amount_paid, cap, rule.estate_threshold, rule.minimum_expense)
        else:
            part = ZERO
        part = min(part, remaining)
        remaining -= part
        lines.append(AidRecovery(aid_code=aid.aid_code, basis=rule.basis, amount_paid=money(aid.amount_paid),
                                 recoverable=part))
    creance = money(sum((l.amount_paid for l in lines if l.basis is not RecoveryBasis.NOT_RECOVERABLE), ZERO))
    deducted = funeral_deduction(assets.funeral_costs, rules.funeral_cap) if assets.recourse is RecourseType.ESTATE \
        else ZERO
    return RecoveryComputation(creance=creance, funeral_deduction=deducted, available=cap, lines=tuple(lines),
                               total=money(sum((l.recoverable for l in lines), ZERO)))
