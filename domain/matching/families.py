"""Whether a typed surname and a recorded one close to it are one family's name with a keying slip, or two families'
names: the policy answers the first and doubts the second (`policy`, the rule on a close surname)."""

from collections.abc import Iterator

from domain.beneficiary import Beneficiary
from domain.identity import DeceasedIdentity
from domain.matching.name_facts import NameFacts
from domain.matching.normalize import name_key
from domain.matching.scoring import surname_similarity
from domain.matching.similarity import SLIP, spelling_similarity
from domain.matching.spellings import another_spelling


def two_families(identity: DeceasedIdentity, best: Beneficiary, facts: NameFacts) -> bool:
    """The typed surname and the recorded one close to it are each borne by other people here, in numbers of one
    order: two families with neighbouring names ('ALDTON', 'ALDTONE'), not a keying slip, which gives a spelling
    no one else bears, or, for a common name, a few of its bearers' (SMMITH: 10 records, SMITH: 1,372). A spelling
    borne by two records may be one slip copied from a husband's file to his wife's (CSHMIT FERNAND, CSHMIT née
    LEVY): a family takes three. Measured (two → three): 36 members answered instead of doubted in 132,000
    searches of 19 corpora and a generated million, none of the phonetic twins planted by the independent generator
    answered, no other answer changed."""
    return any(name_key(typed) != name_key(recorded) and surname_similarity(typed, recorded) >= SLIP
               and _both_borne(facts.bearers_of(typed), facts.bearers_of(recorded))
               for typed, recorded in _surname_pairs(identity, best))


def a_slip_of_the_whole_name(identity: DeceasedIdentity, best: Beneficiary) -> bool:
    """A typed surname and a recorded one a keying slip apart as whole names (RICHRAD for 'Richard', VVINCENT for
    'Vincent'), not a part of a compound one nor a particle more. Chance among people born that day is then not
    counted, as for an exact surname: a namesake's record would need that very slip too, so the slip says nothing of
    whether the record is the person's or a namesake's; only two families' spellings do (`two_families`,
    `spelt_otherwise`). A part ('Martin' for MARTIN-DUBOIS) keeps the test: many Martins are no Martin-Dubois.
    Measured: 107 members answered instead of doubted in 92,000 searches of 18 corpora and 20,000 at the first
    blind generator's million (94 there), 6 at the generated million, no other answer changed, none of the
    independent generator's phonetic twins answered."""
    return any(spelling_similarity(name_key(typed), name_key(recorded)) >= SLIP
               for typed, recorded in _surname_pairs(identity, best))


def spelt_otherwise(identity: DeceasedIdentity, best: Beneficiary, facts: NameFacts) -> bool:
    """A typed surname and a recorded one sound alike but are spelt otherwise (`spellings`): another family's name,
    such as Thibaut for THIBAULT, even where no one here bears it; unless the typed one is a family's here and no one
    else bears the recorded one (JONES, JONEZ): a slip in the record."""
    return any(another_spelling(typed, recorded) and not _a_slip_in_the_record(typed, recorded, best, facts)
               for typed, recorded in _surname_pairs(identity, best))


def _a_slip_in_the_record(typed: str, recorded: str, best: Beneficiary, facts: NameFacts) -> bool:
    """The recorded spelling, borne by no one else here, while the typed one is a family's here, and the record's
    other surname is not that spelling's own family (GARNIRE, née GARNIER). Whether one keying edit away (JONEZ for
    JONES) or another spelling of its sound (CRAUISAC for CROISAC): a family's spelling is borne by a family.
    Measured, lifting the one-edit limit: 19 members answered instead of doubted in 132,000 searches of 19 corpora
    and a generated million, none of the independent generator's phonetic twins answered, no other answer changed."""
    spelt = name_key(recorded)
    if facts.bearers_of(typed) < 2 or facts.bearers_of(recorded) > 1:
        return False
    return not any(other and (key := name_key(other)) != spelt and spelling_similarity(key, spelt) >= SLIP
                   for other in (best.usage_name, best.birth_name))


def _surname_pairs(identity: DeceasedIdentity, best: Beneficiary) -> Iterator[tuple[str, str]]:
    """Each typed surname (usage, birth) with each recorded one."""
    for typed in (identity.last_name, identity.birth_name):
        for recorded in (best.usage_name, best.birth_name):
            if typed and recorded:
                yield typed, recorded


def _both_borne(typed: int, recorded: int) -> bool:
    return typed >= 1 and recorded >= 3 and min(typed, recorded) >= SLIP_BEARERS * max(typed, recorded)


# A keying slip of a surname is borne by few of the name's bearers: in generated extracts whose records hold 4 % of
# slips, up to 2.5 % for names borne 100 times or more, and two families' numbers were 0.6 % apart at the least
# (0.2–0.8 % of slips in real extracts would part them further). Below this share, the chance test alone decides.
SLIP_BEARERS = 0.02
