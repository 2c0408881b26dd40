"""French words for outcomes and identities, shared by e-mails and letters."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from domain.identity import DeceasedIdentity
from domain.outcome import Outcome
from domain.recovery import LIBERALITY_RECOURSES, AidRecoveryRule, RecourseType, RecoveryBasis, euros

FRANCE = ZoneInfo("Europe/Paris")

OUTCOME_LABELS = {
    Outcome.UNKNOWN: "aucune aide sociale récupérable connue",
    Outcome.RECOVERABLE_AID: "aide sociale récupérable : une créance sera réclamée à la succession",
    Outcome.POSSIBLE_UNDUE_PAYMENT: "prestation non récupérable, mais un indu est possible",
    Outcome.AMBIGUOUS: "demande en cours d'examen par un agent",
}

LETTER_HEADINGS = {
    Outcome.UNKNOWN: "aucune créance d'aide sociale",
    Outcome.RECOVERABLE_AID: "créance d'aide sociale récupérable sur la succession",
    Outcome.POSSIBLE_UNDUE_PAYMENT: "pas de créance d'aide sociale, un indu reste possible",
    Outcome.AMBIGUOUS: "demande en cours d'examen par un agent",
}

# The four recourses of article L. 132-8 of the code de l'action sociale et des familles, as the décompte names them.
RECOURSE_WORDING = {
    RecourseType.ESTATE: "contre la succession du bénéficiaire de l'aide sociale",
    RecourseType.LEGATEE: "contre le légataire",
    RecourseType.DONEE: "contre le donataire",
    RecourseType.BETTER_FORTUNE: "contre le bénéficiaire revenu à meilleure fortune",
}

# Answers that the collectivité's service and the maison du département must hear about.
NOTIFIED_OUTCOMES = frozenset({Outcome.RECOVERABLE_AID, Outcome.POSSIBLE_UNDUE_PAYMENT, Outcome.AMBIGUOUS})

_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre")


def local_date(at: datetime) -> date:
    return at.astimezone(FRANCE).date()


def long_date(day: date) -> str:
    """'1er mars 2026', as French letters write dates."""
    return f"{'1er' if day.day == 1 else day.day} {_MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def full_name(identity: DeceasedIdentity) -> str:
    born = f" né(e) {identity.birth_name.upper()}" if identity.birth_name else ""
    return f"{identity.first_names} {identity.last_name.upper()}{born}"


def identity_line(identity: DeceasedIdentity) -> str:
    place = f" à {identity.death_place}" if identity.death_place else ""
    return (f"{full_name(identity)}, né(e) le {short_date(identity.birth_date)}, "
            f"décédé(e) le {short_date(identity.death_date)}{place}")


def rule_text(rule: AidRecoveryRule, recourse: RecourseType | None = None) -> str:
    """How one aid is recovered, for the agent's computation and the notary's décompte alike: by the recourse
    exercised, or, before one is chosen, by each."""
    if rule.basis is RecoveryBasis.NOT_RECOVERABLE:
        return "non récupérable"
    if rule.basis is RecoveryBasis.FIRST_EURO:
        return "récupérable dès le premier euro"
    on_estate = (f"récupérable sur la part de l'actif net successoral au-delà de {euros(rule.estate_threshold)}, "
                 f"pour les dépenses au-delà de {euros(rule.minimum_expense)}")
    if recourse is RecourseType.ESTATE:
        return on_estate
    if recourse in LIBERALITY_RECOURSES:
        return (f"récupérable dès le premier euro {RECOURSE_WORDING[recourse]} (les seuils de l'actif net "
                "successoral ne valent que pour le recours sur la succession)")
    return f"sur la succession, {on_estate} ; contre le légataire ou le donataire, dès le premier euro"


def period_text(start: date, end: date | None, death: date | None = None) -> str:
    """An aid whose file records no end was paid until the death: « depuis le … » read as if it still were."""
    if end:
        return f"du {short_date(start)} au {short_date(end)}"
    if death is None:
        return f"depuis le {short_date(start)}"
    return f"du {short_date(start)} jusqu'au décès, le {short_date(death)}"
