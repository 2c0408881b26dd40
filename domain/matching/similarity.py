"""How alike two spellings of one name are, on a 0..1 scale that reads as a verdict.

1.0 same spelling; 0.9 one keying slip (a letter missed, doubled, swapped or mistyped), one letter a scanner
read as two or two as one ('FIELCL' for FIELD, `misread`), the same sound, or a listed variant of a first name:
a short form ('Bill'/'WILLIAM') or a transliteration ('Muhammad'/'MOHAMED'); 0.6 a short form borne by both
sexes ('Pat'/'PATRICIA': a doubt); 0.5 a first name and its feminine form (Jean/Jeanne, Louis/Louise), which
belong to two people; below, the plain edit similarity, capped so that it never reads as a slip.
"""

from functools import lru_cache

from rapidfuzz.distance import OSA

from domain.matching.phonetic import sound_key
from domain.matching.name_variants import Variant, variant_of

SAME = 1.0
SLIP = 0.9
EITHER_SEX_SHORT_FORM = 0.6
OTHER_GENDER = 0.5
_FAR_CAP = 0.8
_FEMININE_ENDINGS = ("E", "NE", "LE", "TE", "TTE", "ETTE", "INE")


def is_other_gender(a: str, b: str) -> bool:
    """'JEAN'/'JEANNE', 'MICHEL'/'MICHELLE', 'HENRI'/'HENRIETTE': the same root, two people. A final E dropped
    by a slip leaves a spelling no man's name ends with ('PIERR', 'MONIQU', 'ANNI'): a slip, not a brother."""
    short, long = sorted((a, b), key=len)
    ending = long[len(short):]
    if len(short) < 3 or not long.startswith(short) or ending not in _FEMININE_ENDINGS:
        return False
    return ending != "E" or _may_end_a_man_s_name(short)


def _may_end_a_man_s_name(name: str) -> bool:
    """A man's name whose feminine adds an E ends in E (ANDRE) or in a consonant (LOUIS, DANIEL), never in another
    vowel nor in these doubled letters (PIERR, CLAUDETT, ISABELL). LYNN and LYNNE may be a brother and a sister."""
    return name[-1] not in _OTHER_VOWELS and name[-2:] not in _NO_MAN_S_ENDINGS


_OTHER_VOWELS = frozenset("AIOUY")
_NO_MAN_S_ENDINGS = frozenset({"LL", "RR", "SS", "TT"})


@lru_cache(maxsize=500_000)
def spelling_similarity(a: str, b: str) -> float:
    """Two folded, space-free spellings."""
    if not a or not b:
        return 0.0
    if a == b:
        return SAME
    distance = OSA.distance(a, b)
    if distance == 1 and min(len(a), len(b)) >= 4:
        return SLIP
    if sound_key(a) == sound_key(b) and len(sound_key(a)) >= 3:
        return SLIP
    if distance == 2 and min(len(a), len(b)) >= 4 and misread(a, b):
        return SLIP
    return round(min(_FAR_CAP, 1 - distance / max(len(a), len(b))), 4)


# A letter that a scanner reads as two, or two as one: records captured from paper forms hold such misreadings
# ('SMITLI' for SMITH, 'CLEANE' for DEANE); a clerk's keyboard does not make them. One-for-one misreadings
# (I/L, O/Q, U/V) are one edit already.
_MISREAD = (("RN", "M"), ("CL", "D"), ("LI", "H"), ("VV", "W"))


def _read_as_glyphs(key: str) -> str:
    """`key` with each pair of letters that a scanner takes for one letter replaced by that letter."""
    for pair, glyph in _MISREAD:
        if pair in key:
            key = key.replace(pair, glyph)
    return key


def misread(a: str, b: str) -> bool:
    """`a` and `b` differ by one letter that a scanner read as two, or two as one."""
    return abs(len(a) - len(b)) == 1 and a != b and _read_as_glyphs(a) == _read_as_glyphs(b)


@lru_cache(maxsize=500_000)
def first_name_similarity(a: str, b: str, sex: str | None = None, variants: bool = True) -> float:
    """`sex`: the sex the other typed first names tell, if they do ('Pat Mary' is a woman): a short form borne by
    both sexes then reads as the full name of that sex. `variants`: False to compare spellings alone."""
    if a != b and is_other_gender(a, b):
        return OTHER_GENDER
    similar = spelling_similarity(a, b)
    if similar == SLIP and a.endswith("E") != b.endswith("E") and OSA.distance(a, b) > 1:
        return OTHER_GENDER  # the sound key drops a final E: a mistyped 'MICHHELE' is still not 'MICHEL'
    if similar < SLIP and variants and (variant := variant_of(a, b, sex)):
        return SLIP if variant is Variant.SAME_PERSON else max(similar, EITHER_SEX_SHORT_FORM)
    return similar
