"""Per-field comparison of a searched identity with one beneficiary."""

from dataclasses import dataclass
from datetime import date

from rapidfuzz.distance import Levenshtein

from domain.beneficiary import Beneficiary
from domain.identity import DeceasedIdentity
from domain.matching.normalize import first_name_tokens, name_key


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldScores:
    surname: float
    first_names: float
    birth_date: float

    @property
    def total(self) -> float:
        return round(0.4 * self.surname + 0.3 * self.first_names + 0.3 * self.birth_date, 4)

    def as_dict(self) -> dict[str, float]:
        return {"surname": self.surname, "first_names": self.first_names, "birth_date": self.birth_date}


def _similarity(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return round(Levenshtein.normalized_similarity(a, b), 4)


def surname_score(identity: DeceasedIdentity, beneficiary: Beneficiary) -> float:
    typed = {name_key(identity.last_name), name_key(identity.birth_name)} - {""}
    known = {name_key(beneficiary.usage_name), name_key(beneficiary.birth_name)} - {""}
    return max((_similarity(t, k) for t in typed for k in known), default=0.0)


def first_names_score(identity: DeceasedIdentity, beneficiary: Beneficiary) -> float:
    """Any typed first name against any recorded one: IODAS often keeps only the first."""
    typed = first_name_tokens(identity.first_names)
    known = [t for name in beneficiary.first_names for t in first_name_tokens(name)]
    return max((_similarity(t, k) for t in typed for k in known), default=0.0)


def birth_date_score(typed: date, known: date) -> float:
    if typed == known:
        return 1.0
    if (typed.year, typed.month, typed.day) == (known.year, known.day, known.month):
        return 0.9
    differing = sum(a != b for a, b in zip(typed.strftime("%Y%m%d"), known.strftime("%Y%m%d")))
    return 0.8 if differing == 1 else 0.0


def score(identity: DeceasedIdentity, beneficiary: Beneficiary) -> FieldScores:
    return FieldScores(
        surname=surname_score(identity, beneficiary),
        first_names=first_names_score(identity, beneficiary),
        birth_date=birth_date_score(identity.birth_date, beneficiary.birth_date),
    )
