"""French formatting for the back-office templates: money, dates, ages, outcomes."""

from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from application.letters.wording import rule_text
from domain.recovery import euros

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
    "legatee": "Recours contre le légataire (à titre particulier)",
    "donee": "Recours contre le donataire",
    "better_fortune": "Retour à meilleure fortune du bénéficiaire",
}
# The recourses a décompte to the notary of an estate may exercise: better fortune is of the beneficiary's lifetime.
RECOURSES_OFFERED = {code: label for code, label in RECOURSE_LABELS.items() if code != "better_fortune"}

RECOURSE_SHORT = {"estate": "Succession", "legatee": "Légataire", "donee": "Donataire",
                  "better_fortune": "Meilleure fortune"}


# What an administrator can act on, from the mailer's raw error (infrastructure/mail/smtp.py), most telling first.
MAIL_PROBLEMS = (
    (("destinataires refusés", "adresse refusée", "recipient", "unknown user", "user unknown", "mailbox"),
     "Adresse refusée par le serveur de messagerie : vérifiez l'adresse"),
    (("injoignable", "connection refused", "timed out", "timeout", "errno", "name or service not known",
      "network is unreachable", "connection reset"),
     "Serveur de messagerie injoignable : un nouvel essai est fait automatiquement"),
    (("authentication", "535"), "Le serveur de messagerie a refusé l'identification du service"),
)


def mail_problem(error: str | None) -> str:
    """A French explanation of a delivery failure; the raw text stays available beside it."""
    if not error:
        return "—"
    lowered = error.lower()
    for clues, explanation in MAIL_PROBLEMS:
        if any(clue in lowered for clue in clues):
            return explanation
    if lowered[:1] == "5":
        return "Message refusé par le serveur de messagerie"
    if lowered[:1] == "4":
        return "Refus temporaire du serveur de messagerie : un nouvel essai est fait automatiquement"
    return "Erreur d'envoi"


def money(amount: Decimal | None) -> str:
    """1234.5 -> '1 234,50 €' (narrow no-break space between thousands, as French typography wants)."""
    return "—" if amount is None else euros(amount)


def day(value: date | datetime | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        value = value.astimezone(PARIS).date()
    return value.strftime("%d/%m/%Y")


def moment(value: datetime | None) -> str:
    return value.astimezone(PARIS).strftime("%d/%m/%Y à %H:%M") if value else "—"


def elapsed(span: timedelta) -> str:
    """How long ago, to the hour under two days, else to the day: « 5 heures », « 3 jours »."""
    hours = int(span.total_seconds() // 3600)
    if hours < 48:
        return "moins d'une heure" if hours < 1 else ("1 heure" if hours == 1 else f"{hours} heures")
    return f"{hours // 24} jours"


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
                                          "elapsed": elapsed, "outcome": outcome, "status": status, "recourse": recourse,
                                          "recourse_short": recourse_short, "mail_problem": mail_problem,
                                          "rule": rule_text}
