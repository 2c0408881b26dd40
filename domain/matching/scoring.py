"""Per-field comparison of a searched identity with one beneficiary, explained field by field."""

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from domain.beneficiary import Beneficiary
from domain.identity import DeceasedIdentity
from domain.matching.name_facts import NO_FACTS, NameFacts
from domain.matching.normalize import PARTICLES, civil_parts, core_key, first_name_units, fold, given_names, name_key
from domain.matching.name_variants import borne_by_both_sexes, is_short_form
from domain.matching.similarity import OTHER_GENDER, SLIP, first_name_similarity, spelling_similarity

PARTICLE_DROPPED = 0.95
COMPOUND_PART = 0.9
UNVERIFIED = 0.5
PARTIAL = 0.6
SHORT_FORM_BORNE_HERE = 0.6  # a doubt


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
    if core_key(typed) == core_key(known) or _differ_by_particles(a, b):
        return PARTICLE_DROPPED
    parts_a, parts_b = _significant(typed), _significant(known)
    if parts_a and parts_b and (parts_a <= parts_b or parts_b <= parts_a):
        return COMPOUND_PART
    return plain


def _significant(name: str) -> frozenset[str]:
    return frozenset(t for t in fold(name).split() if t not in PARTICLES and len(t) > 1)


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


def first_names_score(identity: DeceasedIdentity, beneficiary: Beneficiary,
                      facts: NameFacts = NO_FACTS) -> float:
    """First names agree when every recorded one was typed, or every typed one is recorded.

    Legacy records often keep only the first; clerks give one, several or all, in any order, with or
    without hyphens. A lone recorded name that was not typed cannot be checked (UNVERIFIED): the clerk may
    have given the name the family used; nor can a record without first names. A clerk who copied several
    first names would have copied the first one too: if none is the lone recorded name, it is another person
    (a twin). Other partial overlaps (a shared 'Marie') are weak evidence. When the names do not agree and the
    typed one tells the other sex than the record's, it is another person (a twin). A short form of either sex
    ('Pat') is the name of the record's sex when the other typed first names tell that sex ('Pat Mary'). Names
    that agree only through a short form that records here bear as a name in its own right ('Nancy' for ANNE) are
    a doubt: measured, such agreements gave two wrong answers in 10,000 searches (a Nancy and an Anne born the
    same day). A lone recorded name that leads a typed compound one (JEAN for 'Jean-Pierre') is a doubt too.
    """
    agreement, overlap = _first_names_agreement(identity.first_names, beneficiary.first_names)
    if agreement < SLIP and beneficiary.sex and (others := _beside_short_forms(identity.first_names)) is not None \
            and _one_sex(others, facts) == beneficiary.sex:
        agreement, overlap = _first_names_agreement(identity.first_names, beneficiary.first_names, beneficiary.sex)
    if agreement >= SLIP and _short_forms_borne_here(identity.first_names, beneficiary.first_names, facts) and \
            _first_names_agreement(identity.first_names, beneficiary.first_names, variants=False)[0] < SLIP:
        agreement = overlap = SHORT_FORM_BORNE_HERE
    if agreement == _NOTHING_TO_COMPARE:
        return UNVERIFIED  # no first name on record (a legacy gap): nothing agrees, nothing disagrees
    if agreement >= SLIP:
        return agreement
    if facts.contradicts(identity.first_names, beneficiary.sex):
        return 0.0
    if len(beneficiary.first_names) == 1 and overlap < OTHER_GENDER:
        if _leads_a_typed_compound(identity.first_names, beneficiary.first_names[0]):
            return PARTIAL
        return 0.0 if facts.several_names_typed(identity.first_names) else UNVERIFIED
    return min(PARTIAL, overlap)


_NOTHING_TO_COMPARE = -1.0


@lru_cache(maxsize=100_000)
def _leads_a_typed_compound(typed: str, recorded: str) -> bool:
    """The lone recorded first name is the leading part of a typed compound one: JEAN for 'Jean-Pierre'. A legacy
    record that kept 'the first first name' may have stopped at the hyphen; but a brother may be a JEAN too."""
    key = name_key(recorded)
    return any("-" in name and name_key(name.split("-")[0]) == key for name in typed.replace(",", " ").split())


@lru_cache(maxsize=300_000)
def _first_names_agreement(typed_text: str, recorded_names: tuple[str, ...], sex: str | None = None,
                           variants: bool = True) -> tuple[float, float]:
    """(how well every name of one list is found in the other, the best agreement of any two names); `sex`, when the
    typed names tell it, reads a short form of either sex as that sex's name; `variants` False: spellings alone."""
    typed = first_name_units(typed_text)
    known = first_name_units(" ".join(recorded_names))
    recorded = given_names(" ".join(recorded_names))
    if not typed or not known:
        return _NOTHING_TO_COMPARE, 0.0
    typed_names = given_names(typed_text)
    if _only_initials(typed_names) or _only_initials(recorded):
        typed, known = typed - _INITIALS, known - _INITIALS  # initials alone are too common to tell anyone
    agreement = max(_all_found(recorded, typed, sex, variants), _all_found(typed_names, known, sex, variants))
    return agreement, (_best(known, typed, sex, variants) if agreement < SLIP else agreement)


def _short_forms_borne_here(typed: str, recorded: tuple[str, ...], facts: NameFacts) -> bool:
    """Whether a listed short form among these names is also borne here as a first name in its own right ('NANCY',
    'BETTY'): a 'Nancy' is then as likely another person as an ANNE known by her short form."""
    if not facts.share_by_name:
        return False
    return any(facts.share_by_name.get(name) for name in _short_forms_typed(typed) + _short_forms_recorded(recorded))


@lru_cache(maxsize=100_000)
def _short_forms_typed(names: str) -> tuple[str, ...]:
    return tuple(name for name in given_names(names) if is_short_form(name))


@lru_cache(maxsize=300_000)
def _short_forms_recorded(names: tuple[str, ...]) -> tuple[str, ...]:
    return _short_forms_typed(" ".join(names))


@lru_cache(maxsize=100_000)
def _beside_short_forms(typed: str) -> tuple[str, ...] | None:
    """The typed first names other than short forms of either sex ('Pat'), when one was typed; else None."""
    names = given_names(typed)
    others = tuple(name for name in names if not borne_by_both_sexes(name))
    return others if len(others) < len(names) else None


def _one_sex(names: tuple[str, ...], facts: NameFacts) -> str | None:
    """The one sex these first names tell, if they tell one: a twin brother of PATRICIA is no 'Pat Mary'."""
    told = {sex for name in names if (sex := facts.sex_by_name.get(name))}
    return told.pop() if len(told) == 1 else None


def leading_first_names_agree(identity: DeceasedIdentity, beneficiary: Beneficiary) -> bool:
    """The first typed first name is the first recorded one, or both lists hold the same names in another order:
    the clerk kept the civil status, only reordered. A sibling shares a name, rarely all of them."""
    typed, recorded = given_names(identity.first_names), given_names(" ".join(beneficiary.first_names))
    if not (typed and recorded):
        return False
    if first_name_similarity(typed[0], recorded[0]) >= SLIP:
        return True
    return len(recorded) > 1 and min(_all_found(recorded, first_name_units(identity.first_names)),
                                     _all_found(typed, first_name_units(" ".join(beneficiary.first_names)))) >= SLIP


def _all_found(names: tuple[str, ...], among: frozenset[str], sex: str | None = None, variants: bool = True) -> float:
    """'Jean-Pierre' is found in 'Jean Pierre Marie', but not in 'Jean-Paul'; 'Marie Christine', typed without
    its hyphen, is found in 'Marie-Christine Fatima': a name glued to its neighbour may be found as one. An
    initial ('Mary J.' for 'MARY JANE', or the other way) is found as a slip, but only beside a name found whole:
    'Hélène M. J.' is not 'JOSETTE'."""
    if _only_initials(names):
        return 0.0
    scores, whole, by_initial = [], False, False
    for i, name in enumerate(names):
        if len(name) == 1:
            found = any(unit.startswith(name) for unit in among)
            scores.append(SLIP if found else 0.0)
            by_initial |= found
            continue
        alone = _best(among, {name}, sex, variants)
        glued = {names[i - 1] + name} if i > 0 else set()
        if i + 1 < len(names):
            glued.add(name + names[i + 1])
        score = max(alone, _best(among, glued, sex, variants)) if alone < SLIP and glued else alone
        if score >= SLIP:
            whole = True
        elif name[0] in among:  # a recorded initial
            score, by_initial = SLIP, True
        scores.append(score)
    if by_initial and not whole:
        return 0.0
    return min(scores, default=0.0)


_INITIALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _only_initials(names: tuple[str, ...]) -> bool:
    return len("".join(names)) == len(names)  # every name one letter long (a join is cheaper than a loop)


def _best(known: frozenset[str] | set[str], typed: frozenset[str] | set[str], sex: str | None = None,
          variants: bool = True) -> float:
    return max((first_name_similarity(t, k, sex, variants) for t in typed for k in known), default=0.0)


SWAPPED = 0.9
ONE_DIGIT = 0.85
DECADE_DIGIT = 0.7


@lru_cache(maxsize=500_000)
def birth_date_score(typed: date, known: date) -> float:
    """Exact; day and month swapped; one keyed digit wrong or two neighbours swapped; a decade digit wrong by more
    than one only raises a doubt, as 20 or 30 years also separate a father and a son; anything else disagrees."""
    if typed == known:
        return 1.0
    if (typed.year, typed.month, typed.day) == (known.year, known.day, known.month):
        return SWAPPED
    if typed.year != known.year and typed.month != known.month and typed.day != known.day:
        return 0.0  # one slip touches one part of the date, or two neighbouring ones
    return _keying_slip(_digits(typed), _digits(known))


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
