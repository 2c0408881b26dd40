"""First names that agree through a slip the spellings alone cannot call one, read with the collectivité's records.

- A letter missed, added or mistyped in a short first name: 'MRY' for MARY, 'Jhn' for JOHN, 'RNE' for RENE. Three
  letters are too few for `similarity.spelling_similarity` to call one edit a slip on its own: ANN and ANNA, MAY
  and MARY, EVE and EVA are names of their own.
- A slip in a listed variant of a name on the other list (`name_variants.listed_with`): 'EDDE' for EDDIE, which
  is Edward's short form; 'DQNALD' for DONALD, which Don shortens; 'EDVVARD' for EDWARD, which Eddie shortens. A
  short form and a slip together are two steps no spelling rule takes at once; but RONALD, a slip away from DONALD,
  is no Don.
- Two keying slips in a name of five letters or more that the records hardly bear: 'MARIAI' for MARIE,
  'Sebaitan' for SEBASTIAN, PIERRAI for Pierre.
- A final E added or dropped that turns a name into its other gender's (`similarity.is_other_gender`): 'Andréée'
  for ANDREE, MARIEE for Marie, DIAN for Diane. Read as the name only where the records bear the spelling far
  more seldom: LOUIS and LOUISE, borne alike, stay a brother and a sister, and the sex the typed names tell still
  parts a SIMONE from a SIMON (`siblings`).
The records tell a slip from a name (`name_facts`): a spelling borne here far more seldom than its neighbour
(`siblings.COMMON_ALIKE`) is that neighbour mistyped, as the keying slips of a name are borne far more seldom than
the name; two names borne alike are two names.
"""

from collections.abc import Mapping
from functools import lru_cache

from rapidfuzz.distance import OSA

from domain.matching.name_facts import NameFacts
from domain.matching.name_variants import listed_with
from domain.matching.normalize import given_names
from domain.matching.siblings import COMMON_ALIKE
from domain.matching.similarity import SLIP, is_other_gender, spelling_similarity

SHORTEST = 3  # 'JO' for JOE is a short form as often as a slip


def mended(typed: str, recorded: tuple[str, ...], facts: NameFacts) -> tuple[str, tuple[str, ...]] | None:
    """The typed and recorded first names, each slip of a name on the other list, or of a listed variant of it,
    read as that name or variant; None when there is none (or nothing was learnt)."""
    shares = facts.share_by_name
    if not shares:
        return None
    typed_names, recorded_names = given_names(typed), given_names(" ".join(recorded))
    if not _may_have_slipped(typed_names, recorded_names):
        return None  # the common case, for nothing
    new_typed = tuple(_read_as(name, recorded_names, shares) for name in typed_names)
    new_recorded = tuple(_read_as(name, typed_names, shares) for name in recorded_names)
    if new_typed == typed_names and new_recorded == recorded_names:
        return None
    return " ".join(new_typed), new_recorded


_LONG_ENOUGH = 4  # from four letters on, one edit is a slip whatever the records say (see `spelling_similarity`)


def _may_have_slipped(typed: tuple[str, ...], recorded: tuple[str, ...]) -> bool:
    """Whether any reading below may apply: a short name, a listed one, or two names a final E or two edits apart."""
    return any(SHORTEST <= len(name) < _LONG_ENOUGH or listed_with(name) for name in typed + recorded) or any(
        _final_e_apart(t, r) or _two_edits_apart(t, r) for t in typed for r in recorded)


def _read_as(name: str, others: tuple[str, ...], shares: Mapping[str, float]) -> str:
    """`name`, or the one name of `others` it is a slip of (short, a final E, two edits), or the one listed variant
    of them it is a slip of."""
    slipped = [other for other in others if _short_slip(name, other, shares) or _gender_slip(name, other, shares)
               or _two_slips(name, other, shares)] or \
        list({variant for other in others if name not in others
              for variant in listed_with(other) if _variant_slip(name, variant, other, shares)})
    return slipped[0] if len(slipped) == 1 else name


def _short_slip(name: str, other: str, shares: Mapping[str, float]) -> bool:
    """One edit apart, the shorter of three letters, and `name` borne far more seldom here than `other`."""
    if name == other or min(len(name), len(other)) != SHORTEST or not _one_edit(name, other):
        return False
    return _far_more_seldom(name, other, shares)


def _far_more_seldom(name: str, than: str, shares: Mapping[str, float], ratio: float = COMMON_ALIKE) -> bool:
    """`than` borne here, and `name` by fewer than `ratio` times as many records: a slip of it, not a name."""
    common = shares.get(than, 0.0)
    return common > 0 and shares.get(name, 0.0) < ratio * common


def _final_e_apart(one: str, other: str) -> bool:
    return len(one) - len(other) in (1, -1) and is_other_gender(one, other)


def _two_edits_apart(one: str, other: str) -> bool:
    return min(len(one), len(other)) >= _TWO_SLIPS_LENGTH and OSA.distance(one, other, score_cutoff=2) == 2


def _gender_slip(name: str, other: str, shares: Mapping[str, float]) -> bool:
    """`name` the other gender of `other` by a final E, and borne here far more seldom: DIAN on record for Diane (4
    records against 282 in a corpus written blind), where LOUIS and LOUISE, borne alike, are a brother and a
    sister. Measured over 112,000 searches of 19 corpora: 40 members deferred before are answered ('Gabrielle' for
    GABRIELLEE, 'Marie' for MARIEE, 'Josettee' for JOSETTE), 3 missed are doubts, no other answer changed; at the
    generated million, 1 member answered ('Andrée' for ANDREEE)."""
    return _final_e_apart(name, other) and _far_more_seldom(name, other, shares)


def _two_slips(name: str, other: str, shares: Mapping[str, float]) -> bool:
    """`name` two keying edits from `other` (five letters or more: 'MARIAI' for MARIE, 'Sebaitan' for SEBASTIAN),
    borne by at most one record in ten thousand (`RARE_SPELLING`) and a hundred times more seldom than `other`, and no
    name one edit from it borne here a tenth as often as `other`. Two edits reach other names: KARINE and MARIE,
    MANUEL and MARCEL, borne in their own right; 'Lousie', one edit from LOUISE, is two from LOUIS, her twin
    brother's name (measured on a generator's corpus before that last test: a wrong answer). Measured over 112,000
    searches of 19 corpora: 19 members answered instead of doubted (10 of them FEBRL's), 1 miss made a doubt, 1
    non-member doubted ('Michou Jean', read crosswise as JEAN MICHEL), no other answer changed, nor any at the
    generated million; with the ten-times bar alone, 38 answered but 1 wrong and 11 non-members doubted."""
    if not (_two_edits_apart(name, other) and shares.get(name, 0.0) < RARE_SPELLING
            and _far_more_seldom(name, other, shares, COMMON_ALIKE * COMMON_ALIKE)):
        return False
    common = shares[other]
    return not any(shares.get(near, 0.0) >= COMMON_ALIKE * common for near in _one_edit_away(name) if near != other)


RARE_SPELLING = 0.0001
_TWO_SLIPS_LENGTH = 5
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@lru_cache(maxsize=10_000)
def _one_edit_away(name: str) -> frozenset[str]:
    """Every spelling one letter deleted, swapped with the next, replaced or added away from `name`."""
    cuts = [(name[:i], name[i:]) for i in range(len(name) + 1)]
    return frozenset({a + b[1:] for a, b in cuts if b} | {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
                     | {a + c + b[1:] for a, b in cuts if b for c in _LETTERS}
                     | {a + c + b for a, b in cuts for c in _LETTERS})


def _variant_slip(name: str, variant: str, listed: str, shares: Mapping[str, float]) -> bool:
    """`name` a slip of `variant` (a variant of `listed`), and borne here far more seldom than it. (Than `listed`
    would not do: JOEL, a name, is a slip of JOE, Joseph's short form, and is borne far more seldom than JOSEPH.)"""
    if name == variant or name in listed_with(listed) or spelling_similarity(name, variant) != SLIP:
        return False
    return _far_more_seldom(name, variant, shares)


@lru_cache(maxsize=50_000)
def _one_edit(a: str, b: str) -> bool:
    return OSA.distance(a, b, score_cutoff=1) == 1
