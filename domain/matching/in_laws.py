"""Women who share a married name or a birth name with a record, yet belong to other families.

A clerk who types both a married name and a birth name tells two families; a record holding both tells two too.
When one of the two agrees and the other does not, neither reading as the other field, the search and the record
are two women related by marriage or by birth: sisters-in-law, or sisters married into two families; so are they
when the record's birth name reads as no name the clerk typed.
"""

from domain.beneficiary import Beneficiary
from domain.identity import DeceasedIdentity
from domain.matching.scoring import surname_similarity
from domain.matching.spellings import another_spelling


def other_birth_families(identity: DeceasedIdentity, best: Beneficiary, floor: float) -> bool:
    """The clerk typed a birth name (not the usage name again), the record holds another one (not its usage name
    again), and the record's reads as neither typed name (all below `floor`): two women born into two families,
    sisters-in-law, whether they share the married name or the search's birth name is the record's married name
    ('Morinrec née Ferelraud' against FERELAUD née VENELCHHELLE: a daughter of the family, and a wife who married
    into it). Fields the record crossed leave its birth name reading as the typed usage name."""
    typed, recorded = identity.birth_name, best.birth_name
    if not typed or not recorded or surname_similarity(recorded, best.usage_name) >= floor \
            or surname_similarity(typed, identity.last_name) >= floor:
        return False
    return another_spelling(typed, recorded) or \
        max(surname_similarity(typed, recorded), surname_similarity(identity.last_name, recorded)) < floor


def other_married_names(identity: DeceasedIdentity, best: Beneficiary, floor: float) -> bool:
    """The clerk typed a married name besides a birth name, the record holds one too, and neither reads as the
    other nor as the other field (all below `floor`): sisters born into one family, married into two (or a woman
    remarried since the record was written). A married name misread by two letters reads so too: a doubt."""
    typed, recorded = identity.last_name, best.usage_name
    if not identity.birth_name or not best.birth_name or surname_similarity(identity.birth_name, typed) >= floor \
            or surname_similarity(best.birth_name, recorded) >= floor:
        return False
    return max(surname_similarity(typed, recorded), surname_similarity(typed, best.birth_name),
               surname_similarity(identity.birth_name, recorded)) < floor
