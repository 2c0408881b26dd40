"""First names that agree within a slip, yet tell a brother or a sister from the person.

A twin shares the surname and the birth day; only the first names tell the two apart, and a brother's and a
sister's names are often a keystroke apart. Learnt from the collectivité's records (`name_facts`): the sex a name
tells, and how many bear it.
"""

from enum import Enum

from domain.beneficiary import Beneficiary
from domain.matching.name_facts import NameFacts
from domain.matching.normalize import given_names
from domain.matching.phonetic import sound_key
from domain.matching.similarity import SLIP, spelling_similarity


class Sibling(Enum):
    """What the first names tell of the typed person against the record's, when they tell a sibling."""

    OTHER_SEX = "the records give the two names to two sexes: MARK, MARY"
    LATIN_FEMININE = "a Latin feminine the records do not know: PAULA for PAUL"
    OTHER_NAME = "two common names a slip apart that sound otherwise: DONALD, RONALD"


def sibling_told(typed: str, beneficiary: Beneficiary, facts: NameFacts, agreement: float) -> Sibling | None:
    """The sibling the typed first names, agreeing with the record's by `agreement` (a slip or more), tell; None when
    they tell none."""
    if _other_sex(typed, beneficiary, facts):
        return Sibling.OTHER_SEX
    if _latin_feminine(typed, beneficiary, facts):
        return Sibling.LATIN_FEMININE
    if agreement < 1.0 and _two_names_a_slip_apart(typed, beneficiary.first_names, facts):
        return Sibling.OTHER_NAME
    return None


def _other_sex(typed: str, beneficiary: Beneficiary, facts: NameFacts) -> bool:
    """The first typed name tells one sex, the record the other (by its first name, and its sex if recorded; by its
    sex alone when its name tells none, as a name mistyped on record), and neither first name is found in the other
    list: MARK and MARY, PAUL and PAULA, MARIO and MARIA are a slip apart but a brother and a sister, often twins
    (one surname, one birth day). Names come in any order ('Marie Jean' for JEAN MARIE): a name in both tells nothing."""
    told = facts.sex_of(typed)
    if told is None or _leading_names_apart(typed, beneficiary) is None:
        return False
    recorded = facts.sex_of(" ".join(beneficiary.first_names)) or beneficiary.sex  # a mistyped name tells no sex
    return recorded in ("M", "F") and recorded != told and beneficiary.sex in (None, recorded)


def _latin_feminine(typed: str, beneficiary: Beneficiary, facts: NameFacts) -> bool:
    """The first typed name is the Latin feminine of a man's recorded first one, PAULA, ROBERTA or MARIA for PAUL,
    ROBERT or MARIO, or the typed one is the masculine in O of a woman's, MARIO for MARIA, when the records here do
    not tell the typed name's sex: a sister or a brother, or a slip. A doubt: only the record's sex tells it, and a
    man's name in O alone, since ANN is a woman's ANNA."""
    if beneficiary.sex not in ("M", "F") or facts.sex_of(typed) == beneficiary.sex or \
            (leading := _leading_names_apart(typed, beneficiary)) is None:
        return False
    typed_first, recorded_first = leading
    man, woman = (recorded_first, typed_first) if beneficiary.sex == "M" else (typed_first, recorded_first)
    if man.endswith("O"):
        return woman == man[:-1] + "A"
    return beneficiary.sex == "M" and man[-1] not in _VOWELS and woman == man + "A"


_VOWELS = frozenset("AEIOUY")


def _leading_names_apart(typed: str, beneficiary: Beneficiary) -> tuple[str, str] | None:
    """The first typed and the first recorded first names, when neither is found in the other list; else None."""
    typed_names, recorded_names = given_names(typed), given_names(" ".join(beneficiary.first_names))
    if not typed_names or not recorded_names or typed_names[0] in recorded_names or recorded_names[0] in typed_names:
        return None
    return typed_names[0], recorded_names[0]


def _two_names_a_slip_apart(typed: str, recorded: tuple[str, ...], facts: NameFacts) -> bool:
    """A typed first name agrees with a recorded one only by a keying slip, and both are names borne here in their
    own right (their sex learnt from enough records) that do not sound alike: DONALD and RONALD, twins as often as
    a slip. Spellings of one name that sound alike (BRIAN, BRYAN) are not two names."""
    shares, recorded_names = facts.share_by_name, given_names(" ".join(recorded))
    for name in given_names(typed):
        if name in recorded_names or name not in facts.sex_by_name:
            continue
        close = [other for other in recorded_names if spelling_similarity(name, other) >= SLIP]
        if close and all(other in facts.sex_by_name and sound_key(other) != sound_key(name)
                         and _alike_common(shares.get(name, 0.0), shares.get(other, 0.0)) for other in close):
            return True
    return False


def _alike_common(one: float, other: float) -> bool:
    """Two shares of records of one order: a keying slip of a common name is borne far more seldom (JAEN, JEAN)."""
    return 0 < min(one, other) and COMMON_ALIKE * max(one, other) <= min(one, other)


COMMON_ALIKE = 0.1
