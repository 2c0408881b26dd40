"""French formatting for the back-office templates: money, dates, ages, outcomes."""

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")

OUTCOME_LABELS = {
    "UNKNOWN": "Inconnu",
    "RECOVERABLE_AID": "Aide récupérable",
    "POSSIBLE_UNDUE_PAYMENT": "Indu possible",
    "AMBIGUOUS": "Doute",
}

STATUS_LABELS = {
    "to_examine": "À examiner",
    "notified": "Notifiée au notaire",
    "recovered_in_full": "Recouvrée en totalité",
    "recovered_in_part": "Recouvrée en partie",
    "waived": "Abandonnée",
}
RECOURSE_LABELS = {
    "estate": "Recours sur la succession",
    "legatee": "Recours contre le légataire",
    "donee": "Recours contre le donataire",
    "better_fortune": "Retour à meilleure fortune du bénéficiaire",
}

RECOURSE_SHORT = {"estate": "Succession", "legatee": "Légataire", "donee": "Donataire",
                  "better_fortune": "Meilleure fortune"}


def money(amount: Decimal | None) -> str:
    """1234.5 -> '1 234,50 €' (narrow no-break space between thousands, as French typography wants)."""
    if amount is None:
        return "—"
    text = f"{amount:,.2f}".replace(",", "\u202f").replace(".", ",")
    return f"{text}\u00a0€"


def day(value: date | datetime | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        value = value.astimezone(PARIS).date()
    return value.strftime("%d/%m/%Y")


def moment(value: datetime | None) -> str:
    return value.astimezone(PARIS).strftime("%d/%m/%Y à %H:%M") if value else "—"


def days(count: int) -> str:
    if count <= 0:
        return "aujourd'hui"
    return "1 jour" if count == 1 else f"{count} jours"


def outcome(value: Any) -> str:
    return OUTCOME_LABELS.get(str(value), str(value))


def status(value: Any) -> str:
    return STATUS_LABELS.get(str(value), str(value))


def recourse(value: Any) -> str:
    return RECOURSE_LABELS.get(str(value), str(value))


def recourse_short(value: Any) -> str:
    return RECOURSE_SHORT.get(str(value), str(value))


FILTERS: dict[str, Callable[..., str]] = {"money": money, "day": day, "moment": moment, "days": days,
                                          "outcome": outcome, "status": status, "recourse": recourse,
                                          "recourse_short": recourse_short}
