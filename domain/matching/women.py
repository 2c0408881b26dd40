"""A married woman's two names: which the clerk typed, which her record holds, and what a woman bearing one of them
alone may be (`policy`: the rules on a woman searched by a name her record lacks, and on her rivals)."""

from collections.abc import Sequence

from domain.beneficiary import Beneficiary
from domain.identity import DeceasedIdentity
from domain.matching.first_names import UNVERIFIED, first_names_score
from domain.matching.name_facts import NameFacts
from domain.matching.normalize import name_key
from domain.matching.scoring import FieldScores, surname_similarity
from domain.matching.similarity import SLIP, spelling_similarity


def one_surname_typed(identity: DeceasedIdentity) -> bool:
    """The clerk typed one surname: the birth name field empty, or holding the surname again, spelt alike or a keying
    slip away ('Dupont', née 'Dupont', or 'Hefferron', née 'Hefferon', says nothing of a married name)."""
    return not identity.birth_name or name_key(identity.birth_name) == name_key(identity.last_name) or \
        spelling_similarity(name_key(identity.birth_name), name_key(identity.last_name)) >= SLIP


def both_names_agree(identity: DeceasedIdentity, someone: Beneficiary, floor: float = SLIP) -> bool:
    """A married woman searched by two names, her married name and her birth name, and recorded with two that agree
    with them one for one (within a slip; `floor` 1.0: exactly): few women bear both, whatever the commonness of
    each."""
    typed, recorded = (identity.last_name, identity.birth_name), (someone.usage_name, someone.birth_name)
    if not (typed[1] and recorded[1]) or name_key(typed[0]) == name_key(typed[1]) \
            or name_key(recorded[0]) == name_key(recorded[1]):
        return False
    return all(surname_similarity(t, r) >= floor for t, r in zip(typed, recorded))


SWAPPED_WIFE_RARER = 10  # how much rarer by chance a woman born on the day and month swapped (`_unknown_birth_name`)


def agreeing_seldom(identity: DeceasedIdentity, women: Sequence[Beneficiary], facts: NameFacts,
                    chance: float) -> list[Beneficiary]:
    """The women whose first names agree with the typed ones, when so many women would agree so by chance no more
    than `chance` times."""
    if not women or len(women) * facts.least_chance_of_agreeing(identity.first_names) > chance:
        return []  # even agreeing on every typed first name, such a woman would be common by chance here
    return [b for b in women  # the chance first: it rules out most of them, and costs less
            if len(women) * facts.chance_of_agreeing(identity.first_names, " ".join(b.first_names)) <= chance
            and first_names_score(identity, b, facts) >= SLIP]


def rivals_to_her_two_names(identity: DeceasedIdentity, best: Beneficiary, scores: FieldScores,
                            rivals: list[Beneficiary]) -> list[Beneficiary]:
    """A woman searched by her married and her birth names, recorded with both exactly, her first names and birth
    day exactly hers, has no rival in a woman who bears one of the two names alone (TURWOOD, née JONES, MARY against
    LLOYD-JONES MARY born that day; ROUSSEAU, née LEGER, JEANNINE against ROUSSEAU, née THIBIER, JEANINE, a
    sister-in-law): that one would be her only if the first record were another woman's of the very same married
    name, birth name, first names and birth day. Measured: 7 members answered instead of doubted in 92,000
    searches of 18 corpora and 20,000 at the first blind generator's million, 1 at the generated million, no other
    answer changed."""
    if rivals and scores.inexact() == 0 and both_names_agree(identity, best, floor=1.0):
        return [b for b in rivals if both_names_agree(identity, b)]
    return rivals


def a_wife_s_unchecked_name(identity: DeceasedIdentity, best: Beneficiary, scores: FieldScores) -> bool:
    """The lone recorded first name was not typed, or only in part (the clerk gave later names, 'Marie Jeanne' for
    MARTINE, or the deceased is a twin), but she was searched by her married and her birth name, both exactly hers,
    and born that very day: a twin sister bears the birth name and the birth day, seldom the married name too. The
    rest is judged as for a fit."""
    return UNVERIFIED <= scores.first_names < SLIP and scores.birth_date == 1.0 and len(best.first_names) == 1 \
        and both_names_agree(identity, best, floor=1.0)
