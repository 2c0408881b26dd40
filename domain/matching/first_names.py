"""The first names typed against those recorded, as one score (see `first_names_score`)."""

from functools import lru_cache

from domain.beneficiary import Beneficiary
from domain.identity import DeceasedIdentity
from domain.matching.name_facts import NO_FACTS, NameFacts
from domain.matching.name_variants import borne_by_both_sexes, full_names, is_short_form
from domain.matching.normalize import first_name_units, given_names, name_key
from domain.matching.short_slips import mended
from domain.matching.siblings import Sibling, sibling_told
from domain.matching.similarity import OTHER_GENDER, SLIP, first_name_similarity, is_other_gender

UNVERIFIED = 0.5
PARTIAL = 0.6
SHORT_FORM_BORNE_HERE = 0.6  # a doubt


def first_names_score(identity: DeceasedIdentity, beneficiary: Beneficiary,
                      facts: NameFacts = NO_FACTS) -> float:
    """First names agree when every recorded one was typed, or every typed one is recorded.

    Legacy records often keep only the first; clerks give one, several or all, in any order, with or
    without hyphens. A lone recorded name that was not typed cannot be checked (UNVERIFIED): the clerk may
    have given the name the family used, or several later ones ('Jeanne Thérèse' for MARIE, who is Marie
    Thérèse Jeanne), or the deceased is a twin; nor can a record without first names. (Taking several typed names
    none of which is the record's for a twin's left 0.9 % of the members unfound where clerks give any of the
    names in any order.) Other partial overlaps (a shared 'Marie') are weak evidence. When the names do not agree
    and the typed one tells the other sex than the record's, it is another person (a twin), unless a final E alone
    makes the difference beside other names typed as recorded or telling the record's sex (`_a_final_e_slipped`): a
    doubt. A short form of either sex ('Pat') is the name of the record's sex when the other typed first names tell
    that sex ('Pat Mary'). Names
    that agree only through a short form that records here bear as a name in its own right ('Nancy' for ANNE) are
    a doubt: measured, such agreements gave two wrong answers in 10,000 searches (a Nancy and an Anne born the
    same day). A lone recorded name that leads a typed compound one (JEAN for 'Jean-Pierre') is a doubt too. Names
    that agree within a slip but tell a brother or a sister (MARK for MARY, DONALD for RONALD: `siblings`) are
    another person, or a doubt.
    """
    agreement, overlap = _first_names_agreement(identity.first_names, beneficiary.first_names)
    if agreement < SLIP and beneficiary.sex and (others := _beside_short_forms(identity.first_names)) is not None \
            and _one_sex(others, facts) == beneficiary.sex:
        agreement, overlap = _first_names_agreement(identity.first_names, beneficiary.first_names, beneficiary.sex)
    if agreement >= SLIP and _short_forms_borne_here(identity.first_names, beneficiary.first_names, facts) and \
            _first_names_agreement(identity.first_names, beneficiary.first_names, variants=False)[0] < SLIP:
        agreement = overlap = SHORT_FORM_BORNE_HERE
    if agreement < SLIP and (read := mended(identity.first_names, beneficiary.first_names, facts)) and \
            _first_names_agreement(*read)[0] >= SLIP:
        agreement = overlap = SLIP  # 'Mry' for MARY: a letter missed in a short name (`short_slips`)
    if agreement >= SLIP and (sibling := sibling_told(identity.first_names, beneficiary, facts, agreement)):
        if sibling is Sibling.OTHER_SEX and \
                _a_final_e_slipped(identity.first_names, beneficiary.first_names, beneficiary.sex, facts):
            return PARTIAL  # 'René Claire' for RENEE CLAIRE, 'Andréé Albert' for ANDRE ALBERT: a doubt
        return _SIBLING_SCORES[sibling]
    if agreement == _NOTHING_TO_COMPARE:
        return UNVERIFIED  # no first name on record (a legacy gap): nothing agrees, nothing disagrees
    if agreement >= SLIP:
        return agreement
    if facts.contradicts(identity.first_names, beneficiary.sex):
        if _a_final_e_slipped(identity.first_names, beneficiary.first_names, beneficiary.sex, facts):
            return PARTIAL  # 'Rene Raymonde Lucienne' for RENEE: her other names tell a woman
        return 0.0
    if _initials_agree(identity.first_names, beneficiary.first_names):
        return UNVERIFIED  # 'John' for JAMES J: the name he went by, or a twin whose name shares the initial
    if len(beneficiary.first_names) == 1 and overlap < OTHER_GENDER:
        if _leads_a_typed_compound(identity.first_names, beneficiary.first_names[0]):
            return PARTIAL
        return UNVERIFIED
    return min(PARTIAL, overlap)


def _a_final_e_slipped(typed_text: str, recorded: tuple[str, ...], sex: str | None, facts: NameFacts) -> bool:
    """One typed first name is a recorded one's other gender by a final E alone ('René' for RENEE, 'Andréé' for
    ANDRE), while every other typed name is recorded as typed, or tells the record's sex ('Rene Raymonde Lucienne'
    for RENEE, whose record kept her first name alone), and none of them tells the other sex than the record's: a
    letter dropped or doubled by the clerk, or a twin of the other sex, who seldom shares every other first name,
    and never bears names of his sister's sex. Measured over 92,000 searches of 18 corpora: 2 members missed before
    are doubts (one of a corpus written blind, one of the third generator), no other answer changed, nor any of
    20,000 at a million; the other names telling her sex, 2 more (one at a blind million), no other answer changed."""
    typed, known = given_names(typed_text), given_names(" ".join(recorded))
    gendered = [(t, k) for t in typed for k in known if len(t) - len(k) in (1, -1) and is_other_gender(t, k)]
    if len(gendered) != 1 or len(typed) < 2:
        return False
    slipped = gendered[0][0]
    others = [t for t in typed if t != slipped]
    return len(others) == len(typed) - 1 and all(facts.sex_by_name.get(t, sex) == sex for t in others) and \
        (all(t in known for t in others) or (sex is not None and all(t in facts.sex_by_name for t in others)))


_NOTHING_TO_COMPARE = -1.0
# Another person of the other sex; a form of the other gender, as Jean for JEANNE; a doubt.
_SIBLING_SCORES = {Sibling.OTHER_SEX: 0.0, Sibling.LATIN_FEMININE: OTHER_GENDER, Sibling.OTHER_NAME: PARTIAL}


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
    'BETTY'): a 'Nancy' is then as likely another person as an ANNE known by her short form. A short form that
    records hold only as what people were called (JIM, POLLY, BARB: a legacy record's nickname) is no name of its
    own: borne by fewer than `NAME_OF_ITS_OWN` of the bearers of its full names (measured on a corpus written
    blind, such nicknames were 0.6–3 % of them; names in their own right, NANCY, BETTY, JACK, KAY, 6 % and more)."""
    if not facts.share_by_name:
        return False
    return any(_a_name_of_its_own(name, facts) for name in _short_forms_typed(typed) + _short_forms_recorded(recorded))


NAME_OF_ITS_OWN = 0.05


def _a_name_of_its_own(short: str, facts: NameFacts) -> bool:
    borne = facts.share_by_name.get(short, 0.0)
    return borne > 0.0 and borne >= NAME_OF_ITS_OWN * sum(facts.share_by_name.get(n, 0.0) for n in full_names(short))


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


def recorded_first_names_agree(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Two records' first names, every one of either list found in the other within a slip."""
    return _first_names_agreement(" ".join(one), other)[0] >= SLIP


def leading_first_names_agree(identity: DeceasedIdentity, beneficiary: Beneficiary,
                              facts: NameFacts = NO_FACTS) -> bool:
    """The first typed first name is the first recorded one, or both lists hold the same names in another order:
    the clerk kept the civil status, only reordered. A sibling shares a name, rarely all of them. A short name's
    slip is read as the name (`short_slips`)."""
    typed_text, recorded_names = identity.first_names, beneficiary.first_names
    if read := mended(typed_text, recorded_names, facts):
        typed_text, recorded_names = read
    typed, recorded = given_names(typed_text), given_names(" ".join(recorded_names))
    if not (typed and recorded):
        return False
    if first_name_similarity(typed[0], recorded[0]) >= SLIP:
        return True
    return len(recorded) > 1 and min(_all_found(recorded, first_name_units(typed_text)),
                                     _all_found(typed, first_name_units(" ".join(recorded_names)))) >= SLIP


def only_later_names_agree(identity: DeceasedIdentity, beneficiary: Beneficiary) -> bool:
    """Every typed first name is a later recorded one, and the first recorded one was not typed: 'Michel' for
    MOHAMED JEAN-CLAUDE MICHEL. The clerk may have typed the name the person went by, or the deceased is a twin
    brother whose own first name is his twin's second one."""
    if len(beneficiary.first_names) < 2 or \
            _all_found(given_names(beneficiary.first_names[0]), first_name_units(identity.first_names)) >= SLIP:
        return False
    return _all_found(given_names(identity.first_names),
                      first_name_units(" ".join(beneficiary.first_names[1:]))) >= SLIP


def every_recorded_name_typed(identity: DeceasedIdentity, beneficiary: Beneficiary) -> bool:
    """Each recorded first name was typed (within a slip), whatever else the clerk typed: the record holds no first
    name of its own that the search lacks."""
    recorded = given_names(" ".join(beneficiary.first_names))
    return bool(recorded) and _all_found(recorded, first_name_units(identity.first_names)) >= SLIP


def _all_found(names: tuple[str, ...], among: frozenset[str], sex: str | None = None, variants: bool = True) -> float:
    """'Jean-Pierre' is found in 'Jean Pierre Marie', but not in 'Jean-Paul'; 'Marie Christine', typed without
    its hyphen, is found in 'Marie-Christine Fatima': a name glued to its neighbour may be found as one. An
    initial ('Mary J.' for 'MARY JANE', or the other way) is found as a slip, but only beside a name found whole:
    'Hélène M. J.' is not 'JOSETTE'. A compound shortened to an initial ('J PIERRE', 'J-Pierre') is found in the
    compound ('JEAN-PIERRE'), and the other way, as a slip."""
    if _only_initials(names):
        return 0.0
    scores, whole, by_initial = [], False, False
    for i, name in enumerate(names):
        if len(name) == 1:
            found = any(unit.startswith(name) for unit in among) or _shortens_a_compound(names, i, among)
            scores.append(SLIP if found else 0.0)
            by_initial |= found
            continue
        alone = _best(among, {name}, sex, variants)
        glued = {names[i - 1] + name} if i > 0 else set()
        if i + 1 < len(names):
            glued.add(name + names[i + 1])
        score = max(alone, _best(among, glued, sex, variants)) if alone < SLIP and glued else alone
        if score < SLIP and (_shortens_a_compound(names, i, among) or _shortened_among(name, among)):
            score = SLIP
        if score >= SLIP:
            whole = True
        elif name[0] in among:  # a recorded initial
            score, by_initial = SLIP, True
        scores.append(score)
    if by_initial and not whole:
        return 0.0
    return min(scores, default=0.0)


def _shortens_a_compound(names: tuple[str, ...], i: int, among: frozenset[str]) -> bool:
    """names[i] and its neighbour, an initial and a name, shorten a compound among the others: J and PIERRE, or
    JEAN and P, for JEANPIERRE."""
    name = names[i]
    before = names[i - 1] if i > 0 else ""
    after = names[i + 1] if i + 1 < len(names) else ""
    if len(name) == 1:
        return (len(after) > 1 and any(unit[0] == name and unit.endswith(after) and len(unit) > len(after) + 1
                                       for unit in among)) or \
            (len(before) > 1 and any(unit.startswith(before + name) and len(unit) > len(before) + 1
                                     for unit in among))
    return (len(before) == 1 and any(unit[0] == before and unit.endswith(name) and len(unit) > len(name) + 1
                                     for unit in among)) or \
        (len(after) == 1 and any(unit.startswith(name + after) and len(unit) > len(name) + 1 for unit in among))


def _shortened_among(name: str, among: frozenset[str]) -> bool:
    """A compound name ('JEANPIERRE') is held shortened to an initial among the others: an initial and a name, both
    among them, glued (JPIERRE or JEANP)."""
    return any(len(unit) > 2 and unit != name and (
        unit[0] == name[0] and unit[0] in among and unit[1:] in among and name.endswith(unit[1:])
        or unit[-1] in among and unit[:-1] in among and name.startswith(unit[:-1]) and len(name) > len(unit)
        and name[len(unit) - 1] == unit[-1]) for unit in among)


@lru_cache(maxsize=100_000)
def _initials_agree(typed_text: str, recorded_names: tuple[str, ...]) -> bool:
    """Every typed name is a recorded one or begins with a recorded initial, and some agree only by an initial:
    'John' for JAMES J, 'Kay' for JOYCE K, 'George W' for WILLIAM G. A record that keeps a middle name as its
    initial, searched by that middle name: as a lone recorded name that was not typed, it cannot be checked."""
    recorded = given_names(" ".join(recorded_names))
    initials = {name for name in recorded if len(name) == 1}
    typed = given_names(typed_text)
    if not initials or not any(len(name) > 1 for name in typed):
        return False
    full = first_name_units(" ".join(name for name in recorded if len(name) > 1))
    by_initial = False
    for name in typed:
        if len(name) == 1:
            if not any(unit.startswith(name) for unit in full | initials):
                return False
        elif _best(full, {name}) < SLIP:
            if name[0] not in initials:
                return False
            by_initial = True
    return by_initial


_INITIALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _only_initials(names: tuple[str, ...]) -> bool:
    return len("".join(names)) == len(names)  # every name one letter long (a join is cheaper than a loop)


def _best(known: frozenset[str] | set[str], typed: frozenset[str] | set[str], sex: str | None = None,
          variants: bool = True) -> float:
    return max((first_name_similarity(t, k, sex, variants) for t in typed for k in known), default=0.0)
