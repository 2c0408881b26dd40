"""What agrees between a labelled search and the person it should have found, field by field: where the engine's
misses and doubts come from, counted by `notaires evaluate --accords` (for whoever tunes the engine; the words
are the agents' French)."""

from dataclasses import dataclass
from datetime import date

from rapidfuzz.distance import OSA

from domain.beneficiary import Beneficiary
from domain.identity import IdentityForm
from domain.matching.blocking import swapped
from domain.matching.normalize import given_names, name_key


@dataclass(frozen=True, slots=True, kw_only=True, order=True)
class Agreement:
    surname: str
    first_names: str
    birth_date: str


def agreement(form: IdentityForm, someone: Beneficiary) -> Agreement:
    return Agreement(surname=_surname(form, someone), first_names=_first_names(form, someone),
                     birth_date=_birth_date(form.birth_date, someone.birth_date))


def _surname(form: IdentityForm, someone: Beneficiary) -> str:
    """The closest of the typed surnames (usage, birth) to the recorded ones, in keying edits."""
    typed = {name_key(name) for name in (form.last_name, form.birth_name) if name}
    recorded = {name_key(name) for name in (someone.usage_name, someone.birth_name) if name}
    edits = min((OSA.distance(a, b) for a in typed for b in recorded), default=None)
    return {0: "nom identique", 1: "nom à une faute", 2: "nom à deux fautes"}.get(
        edits if edits is not None else -1, "autre nom")


def _first_names(form: IdentityForm, someone: Beneficiary) -> str:
    typed, recorded = set(given_names(form.first_names)), set(given_names(" ".join(someone.first_names)))
    if typed & recorded:
        return "un prénom en commun"
    if any(OSA.distance(a, b) <= 1 for a in typed for b in recorded):
        return "un prénom à une faute"
    return "aucun prénom en commun"


def _birth_date(typed: date | None, recorded: date) -> str:
    if typed is None:
        return "date absente"
    if typed == recorded:
        return "date identique"
    if swapped(typed) == recorded:
        return "jour et mois inversés"
    digits = sum(a != b for a, b in zip(typed.strftime("%Y%m%d"), recorded.strftime("%Y%m%d")))
    return "un chiffre de la date" if digits == 1 else "date à deux chiffres ou plus"
