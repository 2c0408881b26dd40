"""Per-field comparison of a searched identity with one beneficiary, explained field by field."""

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from rapidfuzz.distance import OSA

from domain.beneficiary import Beneficiary
from domain.identity import DeceasedIdentity
from domain.matching.first_names import first_names_score
from domain.matching.name_facts import NO_FACTS, NameFacts
from domain.matching.normalize import PARTICLES, civil_parts, core_key, fold, name_key
from domain.matching.similarity import SLIP, misread, spelling_similarity

PARTICLE_DROPPED = 0.95
COMPOUND_PART = 0.9
# One edit in a name of two or three letters ('GY' for GAY, 'COX' for CXO): as often another family's name (ROY and
# RAY, GAY and GUY) as a slip, so never a fit, but a doubt when the rest agrees rather than another person.
SHORT_NAME_SLIP = 0.8
PART_WITH_A_SLIP = 0.8  # one word of a compound, and a slip in it: two discrepancies, a doubt
# Two keying slips in a name of five letters or more ('GUJLLES' for Guillée: a slip in the record, another by the
# clerk): a doubt when the rest agrees, never a fit. The plain edit similarity gives 0.6 to 0.71 to names of five
# to seven letters, below the doubt floor, and 0.75 from eight letters: one rule whatever the length.
TWO_SLIPS = 0.8
TWO_SLIPS_LENGTH = 5


@dataclass(frozen=True, slots=True, kw_only=True)
class Weights:
    surname: float = 0.35
    first_names: float = 0.3
    birth_date: float = 0.35


@dataclass(frozen=True, slots=True, kw_only=True)
class FieldScores:
    surname: float
    first_names: float
    birth_date: float

    def total(self, weights: Weights) -> float:
        value = weights.surname * self.surname + weights.first_names * self.first_names
        return round(value + weights.birth_date * self.birth_date, 4)

    def lowest(self) -> float:
        return min(self.surname, self.first_names, self.birth_date)

    def inexact(self) -> int:
        """How many fields agree only in part."""
        return (self.surname < 1.0) + (self.first_names < 1.0) + (self.birth_date < 1.0)

    def as_dict(self) -> dict[str, float]:
        return {"surname": self.surname, "first_names": self.first_names, "birth_date": self.birth_date}


@lru_cache(maxsize=500_000)
def surname_similarity(typed: str, known: str) -> float:
    """'de La Fontaine'/'LAFONTAINE', 'Dupont'/'DUPONT-MOREAU', 'Lefèvre'/'LEFEBVRE', 'Martin'/'DUPONT EP MARTIN'."""
    typed_parts, known_parts = civil_parts(typed), civil_parts(known)
    if typed_parts or known_parts:
        return max((_similarity(t, k) for t in typed_parts or (typed,) for k in known_parts or (known,)), default=0.0)
    return _similarity(typed, known)


def _similarity(typed: str, known: str) -> float:
    a, b = name_key(typed), name_key(known)
    plain = spelling_similarity(a, b)
    if plain >= SLIP:
        return plain
    core_a, core_b = core_key(typed), core_key(known)
    if core_a == core_b or _differ_by_particles(a, b):
        return PARTICLE_DROPPED
    if one_slip(core_a, core_b):
        return SLIP  # 'de Lattre' for LTATRE: a particle is a way of writing the name, the slip is the one discrepancy
    parts_a, parts_b = _significant(typed), _significant(known)
    if parts_a and parts_b and (parts_a <= parts_b or parts_b <= parts_a):
        return COMPOUND_PART
    if _glued_words(known) & (parts_a | {a}) or _glued_words(typed) & (parts_b | {b}):
        return COMPOUND_PART  # 'Leborgne' for LE BORGNE-TARDARD: the part as one word, its particle glued to it
    if _part_with_a_slip(a, parts_b | _glued_words(known)) or _part_with_a_slip(b, parts_a | _glued_words(typed)):
        return PART_WITH_A_SLIP
    if 2 <= min(len(a), len(b)) < 4 and OSA.distance(a, b, score_cutoff=1) == 1:
        return max(plain, SHORT_NAME_SLIP)
    if min(len(a), len(b)) >= TWO_SLIPS_LENGTH and OSA.distance(a, b, score_cutoff=2) == 2:
        return max(plain, TWO_SLIPS)
    return plain


def one_slip(a: str, b: str) -> bool:
    """Two spellings one keying slip or one misread letter apart (without the sound: see `spelling_similarity`)."""
    return a != b and min(len(a), len(b)) >= 4 and (OSA.distance(a, b, score_cutoff=1) == 1 or misread(a, b))


def _part_with_a_slip(word: str, parts: frozenset[str]) -> bool:
    """'Lloyd Jones' for LLYOD: one word of a compound name, itself with a slip. Two discrepancies: a doubt."""
    return len(parts) > 1 and any(one_slip(word, part) for part in parts)


def _significant(name: str) -> frozenset[str]:
    return frozenset(t for t in fold(name).split() if t not in PARTICLES and len(t) > 1)


def glued_words(name: str) -> frozenset[str]:
    """Each word of a name of several words that follows particles, with them glued to it: 'LE BORGNE-TARDARD' ->
    {LEBORGNE}, 'de La Fontaine' -> {DELAFONTAINE, LAFONTAINE}; empty for a name of one word."""
    words = fold(name).split()
    glued: set[str] = set()
    for i, word in enumerate(words):
        if word in PARTICLES:
            continue
        start = i
        while start > 0 and words[start - 1] in PARTICLES:
            start -= 1
            glued.add("".join(words[start:i + 1]))
    return frozenset(glued) if len(words) > 1 else frozenset()


_glued_words = lru_cache(maxsize=100_000)(glued_words)  # per pair; an index's names are spelt once, uncached


def _differ_by_particles(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    head = long[: len(long) - len(short)]
    return bool(short) and long.endswith(short) and head in {"".join(p) for p in _PARTICLE_RUNS}


_PARTICLE_RUNS = (("DE",), ("DU",), ("DES",), ("D",), ("LE",), ("LA",), ("L",), ("DE", "LA"), ("DE", "L"),
                  ("VAN",), ("VON",), ("VAN", "DER"), ("VAN", "DEN"))


def surname_score(identity: DeceasedIdentity, beneficiary: Beneficiary) -> float:
    """The usage or birth name typed against the usage or birth name recorded."""
    typed = [n for n in (identity.last_name, identity.birth_name) if n]
    known = [n for n in (beneficiary.usage_name, beneficiary.birth_name) if n]
    return max((surname_similarity(t, k) for t in typed for k in known), default=0.0)


SWAPPED = 0.9
ONE_DIGIT = 0.85
DECADE_DIGIT = 0.7
SWAPPED_AND_SLIPPED = 0.65  # day and month swapped and the year's last digit wrong: two slips, only a doubt
PRESUMED = 0.7


@lru_cache(maxsize=500_000)
def birth_date_score(typed: date, known: date) -> float:
    """Exact; day and month swapped; one keyed digit wrong or two neighbours swapped, or the day before or after;
    a decade digit wrong by more than one only raises a doubt, as 20 or 30 years also separate a father and a son;
    so do day and month swapped with the year's last digit wrong (two slips, in a legacy record that swaps them);
    so does a date of that year where one of the two is presumed (`is_presumed`); anything else disagrees."""
    if typed == known:
        return 1.0
    if (typed.year, typed.month, typed.day) == (known.year, known.day, known.month):
        return SWAPPED
    if abs(typed.toordinal() - known.toordinal()) == 1:
        return ONE_DIGIT  # the day after or before: 19 for 20, 31/12 for 01/01, as near as one keystroke
    if typed.day != typed.month and (typed.month, typed.day) == (known.day, known.month) and \
            typed.year // 10 == known.year // 10:
        return SWAPPED_AND_SLIPPED
    presumed = PRESUMED if _year_alone(typed, known) else 0.0
    if typed.year != known.year and typed.month != known.month and typed.day != known.day:
        return presumed  # one slip touches one part of the date, or two neighbouring ones
    return max(_keying_slip(_digits(typed), _digits(known)), presumed)


def is_presumed(day: date) -> bool:
    """A date that may stand for its year alone: someone born abroad whose day of birth is unknown ('né en 1936',
    'né présumé en 1936') is given the 1st of January, or the 31st of December, by the files that need a day, and
    another file may hold the day a later record gave. Such a date agreeing on the year only raises a doubt."""
    return (day.month, day.day) in ((1, 1), (12, 31))


def only_the_year_agrees(typed: date, known: date) -> bool:
    """The two dates agree on the year alone, one of them presumed, and no keying slip reads one as the other."""
    return _year_alone(typed, known) and birth_date_score(typed, known) == PRESUMED


def _year_alone(typed: date, known: date) -> bool:
    return typed.year == known.year and (is_presumed(typed) or is_presumed(known))


def _digits(day: date) -> str:
    return f"{day.year * 10000 + day.month * 100 + day.day:08d}"  # strftime costs five times more


def _keying_slip(a: str, b: str) -> float:
    differing = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    if len(differing) == 1:
        # A decade digit one off is ten years: no generation apart, so a slip like any other.
        return DECADE_DIGIT if differing[0] == 2 and abs(int(a[2]) - int(b[2])) > 1 else ONE_DIGIT
    if len(differing) == 2 and differing[1] == differing[0] + 1 and a[differing[0]] == b[differing[1]] \
            and a[differing[1]] == b[differing[0]]:
        return DECADE_DIGIT if differing[0] == 2 else ONE_DIGIT
    if a[4:] == b[4:] and abs(int(a[:4]) - int(b[:4])) == 1:
        return ONE_DIGIT  # 1939 for 1940: one keystroke on a year that rolls over
    return 0.0


def score(identity: DeceasedIdentity, beneficiary: Beneficiary, facts: NameFacts = NO_FACTS) -> FieldScores:
    return FieldScores(
        surname=surname_score(identity, beneficiary),
        first_names=first_names_score(identity, beneficiary, facts),
        birth_date=birth_date_score(identity.birth_date, beneficiary.birth_date),
    )
