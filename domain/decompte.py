"""The décompte de créance: what the collectivité claims from the estate, aid by aid, and how to pay it.

It is sent to the notary once, when the case is notified, and kept as sent: the evidence of what was claimed."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from domain.aid import Aid
from domain.creance import Creance
from domain.recovery import AidRecoveryRule, RecourseType, RecoveryRules, compute_recovery
from domain.search import SearchRequest


@dataclass(frozen=True, slots=True, kw_only=True)
class AidPeriod:
    start: date
    end: date | None  # still running when the file was last extracted, or its end not recorded: paid until the death


@dataclass(frozen=True, slots=True, kw_only=True)
class DecompteLine:
    label: str
    rule: AidRecoveryRule
    periods: tuple[AidPeriod, ...]  # as the collectivité's file holds them; none when the file is gone
    amount_paid: Decimal
    recoverable: Decimal


@dataclass(frozen=True, slots=True, kw_only=True)
class Decompte:
    recourse: RecourseType
    lines: tuple[DecompteLine, ...]
    creance: Decimal  # the recoverable aids paid
    net_estate: Decimal  # the estate's recourse
    funeral_costs: Decimal
    funeral_cap: Decimal
    funeral_deduction: Decimal
    available: Decimal  # the cap besides the créance: the net estate after funeral costs, or the value given
    amount_claimed: Decimal
    payment_reference: str
    death_date: date  # as the notary typed it: an aid whose file records no end ran until then


def payment_reference(collectivite: str, reference: str) -> str:
    """What the notary quotes with the payment, so that the collectivité's accountant matches it to the case."""
    return f"CR-{collectivite}-{reference}"


def decompte_of(creance: Creance, request: SearchRequest, rules: RecoveryRules, labels: Mapping[str, str],
                aids: Iterable[Aid]) -> Decompte:
    """The computation shown line by line is the one that gave the amount claimed (`notify` checks it still does)."""
    computation = compute_recovery(creance.claimed, creance.assets, rules)
    received = tuple(sorted(aids, key=lambda a: a.start))
    lines = tuple(DecompteLine(
        label=labels.get(line.aid_code, line.aid_code), rule=rules.rule_for(line.aid_code),
        periods=tuple(AidPeriod(start=a.start, end=a.end) for a in received if a.code == line.aid_code),
        amount_paid=line.amount_paid, recoverable=line.recoverable) for line in computation.lines)
    return Decompte(
        recourse=creance.recourse, lines=lines, creance=computation.creance, net_estate=creance.net_estate,
        funeral_costs=creance.funeral_costs, funeral_cap=rules.funeral_cap,
        funeral_deduction=computation.funeral_deduction, available=computation.available,
        amount_claimed=creance.amount_claimed,
        payment_reference=payment_reference(creance.collectivite, request.reference),
        death_date=request.identity.death_date)


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredDecompte:
    """The décompte letter as sent, one per case. Append-only: it is evidence."""

    creance_id: str
    request_id: str
    collectivite: str
    filename: str
    pdf: bytes
    created_at: datetime
