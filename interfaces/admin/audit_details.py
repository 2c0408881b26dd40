"""The audit log's « Détails », « Cible » and « Collectivité » in French, for the people who read them."""

import re
from datetime import datetime
from decimal import Decimal

from domain.audit import AuditEntry
from domain.user import ROLE_LABELS
from interfaces.admin.formatting import OUTCOME_LABELS, RECOURSE_SHORT, day, moment, money

KEY_LABELS = {
    "name": "Nom", "scopes": "Droits", "expires_at": "Expire le", "decision": "Réponse n°", "recourse": "Recours",
    "amount_claimed": "Montant réclamé", "amount_recovered": "Montant recouvré", "on": "Le", "note": "Note",
    "amount": "Montant versé", "amount_waived": "Montant abandonné",
    "corrected": "Réponse corrigée n°", "outcome": "Réponse", "iodas_id": "N° IODAS", "comment": "Commentaire",
    "other_iodas_ids": "Autres n° IODAS de la même personne",
    "role": "Profil", "reason": "Motif", "crpcen": "CRPCEN", "email": "Adresse", "before": "Avant", "after": "Après",
    "until": "Bloqué jusqu'au", "notify": "Prévenu", "mail": "Courriel", "examined": "Examinées",
    "anonymised": "Anonymisées", "login_attempts_purged": "Tentatives de connexion effacées",
    "audit_traces_purged": "Connexions effacées du journal",
    "batch": "Lot n°", "deaths": "Décès",
}
SCOPE_WORDS = {"decisions:read": "décisions (lecture)", "statistics:read": "statistiques (lecture)"}
VALUE_WORDS = {"outcome": OUTCOME_LABELS, "recourse": RECOURSE_SHORT,
               "role": {role.value: label.lower() for role, label in ROLE_LABELS.items()},
               "mail": {"True": "envoyé", "False": "non envoyé"}}
# A decision or a créance is known to its readers by its request's reference, not by its number.
REFERENCE_LABELS = {"decision": "Réponse à la demande", "corrected": "Réponse corrigée, demande"}
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def short_id(text: str) -> str:
    """A UUID means nothing to a reader: its first 8 characters are enough to tell two apart on a page."""
    return text[:8] + "…" if _UUID.fullmatch(text) else text


def _value(key: str, text: str, short: bool) -> str:
    if key in ("expires_at", "until"):
        try:
            return moment(datetime.fromisoformat(text))
        except ValueError:
            return text
    if key == "on":
        return day(datetime.fromisoformat(text)) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else text
    if key == "scopes":
        return ", ".join(SCOPE_WORDS.get(scope, scope) for scope in text.split())
    if key in VALUE_WORDS:
        return VALUE_WORDS[key].get(text, text)
    if key.startswith("amount") or key in ("before", "after"):
        return money(Decimal(text)) if re.fullmatch(r"-?\d+(\.\d+)?", text) else text
    return short_id(text) if short else text


def _referenced(identifier: str, reference: str, short: bool) -> str:
    """On screen the reference alone; in the CSV the number too, for a look-up in the database."""
    return reference if short else f"{reference} ({identifier})"


def _detail(key: str, text: str, short: bool, references: dict[str, str]) -> str:
    if key in REFERENCE_LABELS and text in references:
        return f"{REFERENCE_LABELS[key]} : {_referenced(text, references[text], short)}"
    return f"{KEY_LABELS.get(key, key)} : {_value(key, text, short)}"


def details(entry: AuditEntry, short: bool = True, references: dict[str, str] | None = None) -> str:
    return " ; ".join(_detail(k, str(v), short, references or {}) for k, v in entry.details.items() if v)


def target(entry: AuditEntry, emails: dict[str, str], short: bool = True,
           references: dict[str, str] | None = None) -> str:
    if not entry.target:
        return ""
    if entry.target in emails:
        return emails[entry.target]
    if references and entry.target in references:
        return "demande " + _referenced(entry.target, references[entry.target], short)
    return short_id(entry.target) if short else entry.target
