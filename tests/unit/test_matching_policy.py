"""The decision policy on the hard cases: it decides when one person fits, and defers on genuine doubt."""

from dataclasses import replace
from datetime import date

import pytest

from domain.aid import Aid
from domain.identity import DeceasedIdentity
from domain.matching.name_facts import NameFacts
from domain.matching.phonetic import sound_key
from domain.matching.policy import ThresholdPolicy
from domain.matching.result import MatchStatus
from tests.support.builders import identity, person

policy = ThresholdPolicy()
FATHER = person(iodas_id="1", usage_name="PETIT", birth_name="PETIT", first_names="LOUIS", birth_date=date(1930, 5, 12))
SON = replace(FATHER, iodas_id="2", birth_date=date(1957, 8, 3))


def _louis(born: date = date(1930, 5, 12)) -> DeceasedIdentity:
    return identity(last_name="Petit", first_names="Louis", birth_date=born)


def test_a_father_is_told_from_his_son_by_the_birth_date() -> None:
    found = policy.match(_louis(), [FATHER, SON])
    assert (found.status, found.beneficiary) == (MatchStatus.UNIQUE, FATHER)
    assert policy.match(_louis(date(1957, 8, 3)), [FATHER]).status is MatchStatus.NO_MATCH


def test_a_wrong_decade_digit_only_raises_a_doubt() -> None:
    found = policy.match(_louis(date(1960, 5, 12)), [FATHER])
    assert found.status is MatchStatus.AMBIGUOUS


def test_someone_whose_day_of_birth_is_unknown_on_one_side_is_a_doubt_never_an_answer() -> None:
    """'Né en 1935': the record holds the 1st of January (or the 31st of December), the death certificate the day a
    later paper gave, or the other way round. The year alone agrees: an agent checks, with the reason said."""
    presumed = person(usage_name="BENSALEM", birth_name=None, first_names="MOHAMED", birth_date=date(1935, 1, 1),
                      sex="M")
    searched = identity(last_name="Bensalem", first_names="Mohamed", birth_date=date(1935, 7, 14))
    found = policy.match(searched, [presumed])
    assert found.status is MatchStatus.AMBIGUOUS and "présumée" in found.evidence.reason
    recorded_day = replace(presumed, birth_date=date(1935, 7, 14))
    typed_year = replace(searched, birth_date=date(1935, 12, 31))
    assert policy.match(typed_year, [recorded_day]).status is MatchStatus.AMBIGUOUS
    assert policy.match(replace(searched, birth_date=date(1936, 7, 14)), [presumed]).status is MatchStatus.NO_MATCH
    assert policy.match(searched, [presumed, recorded_day]).beneficiary == recorded_day  # the day itself is on record


def test_one_slip_finds_a_person_but_two_slips_at_once_are_a_doubt() -> None:
    legacy = person(usage_name="KERBRAT", birth_name=None, first_names="YVONNE", birth_date=date(1931, 12, 4))
    assert policy.match(identity(last_name="Kerbrat", first_names="Yvonne Marie"), [legacy]).status \
        is MatchStatus.UNIQUE
    slipped = replace(legacy, usage_name="KERBRTA")
    assert policy.match(identity(last_name="Kerbrat", first_names="Yvonne"), [slipped]).status \
        is MatchStatus.AMBIGUOUS


def test_a_slip_in_the_surname_and_one_in_the_first_names_are_the_person_born_that_day_when_both_names_are_rare() -> None:
    legacy = person(usage_name="KERBRTA", birth_name=None, first_names="YVONNNE", birth_date=date(1931, 4, 12))
    searched = identity(last_name="Kerbrat", first_names="Yvonne")
    years = {1930: 1000, 1931: 1000, 1932: 1000}
    rare = NameFacts(share_by_name={"YVONNE": 0.01}, share_by_sound={"KERBRA": 0.0001}, born_by_year=years)
    assert policy.match(searched, [legacy], rare).beneficiary == legacy
    assert policy.match(searched, [legacy], replace(rare, share_by_sound={"KERBRA": 0.01})).status \
        is MatchStatus.AMBIGUOUS
    assert policy.match(searched, [legacy]).status is MatchStatus.AMBIGUOUS  # nothing known of how common they are
    # A third slip, in the date: no block finds her (not the sound, the date nor the first name as typed).
    assert policy.match(replace(searched, birth_date=date(1931, 4, 13)), [legacy], rare).status \
        is MatchStatus.NO_MATCH


def test_a_slip_in_one_name_and_one_in_the_birth_date_are_the_person_when_such_namesakes_would_be_rare() -> None:
    """'Talanchvel Pierre Gérard' born 9 October 1956, TALANCHVVEL PIERRE GERARD born 1954 on record: 62 members in
    235,000 searches were deferred so. Chance is counted over the dates a slip away, not the day alone."""
    legacy = person(usage_name="TALANCHVVEL", birth_name=None, first_names="PIERRE GERARD",
                    birth_date=date(1954, 10, 9))
    searched = identity(last_name="Talanchvel", first_names="Pierre Gérard", birth_date=date(1956, 10, 9))
    years = {1953: 1000, 1954: 1000, 1955: 1000, 1956: 1000, 1957: 1000}
    rare = NameFacts(share_by_name={"PIERRE": 0.05, "GERARD": 0.02}, share_by_sound={"TALANCVEL": 0.00002},
                     born_by_year=years)
    assert policy.match(searched, [legacy], rare).beneficiary == legacy
    # Rare enough born that very day, not on the fifty dates a slip away: a doubt.
    assert policy.match(searched, [legacy], replace(rare, share_by_sound={"TALANCVEL": 0.002})).status \
        is MatchStatus.AMBIGUOUS
    assert policy.match(searched, [legacy]).status is MatchStatus.AMBIGUOUS  # nothing known of how common they are
    # Born on the day and month swapped: one date, as specific as the day itself (25 members were doubts in 127,000
    # searches when the swap counted as the fifty dates a slip away).
    swapped = replace(legacy, birth_date=date(1956, 9, 10))
    assert policy.match(searched, [swapped], replace(rare, share_by_sound={"TALANCVEL": 0.002})).beneficiary == swapped


def test_a_record_without_first_names_is_only_ever_a_doubt() -> None:
    nameless = person(usage_name="KERBRAT", birth_name=None, first_names="", birth_date=date(1931, 4, 12))
    assert nameless.first_names == ()
    assert policy.match(identity(last_name="Kerbrat", first_names="Yvonne"), [nameless]).status \
        is MatchStatus.AMBIGUOUS
    assert policy.match(identity(last_name="Dupont", first_names="Yvonne"), [nameless]).status \
        is MatchStatus.NO_MATCH


def test_a_common_surname_found_only_as_part_of_a_compound_one_is_a_doubt() -> None:
    """'Martin-Dubois' agrees with a recorded 'MARTIN' as a part: a Marie Martin born that day is common here."""
    martin = person(usage_name="MARTIN", birth_name=None, first_names="MARIE", birth_date=date(1936, 9, 3))
    searched = identity(last_name="Martin-Dubois", birth_name=None, first_names="Marie", birth_date=date(1936, 9, 3))
    years = {1935: 1000, 1936: 1000, 1937: 1000}
    common = NameFacts(share_by_name={"MARIE": 0.1}, share_by_sound={"MARTIN": 0.02}, born_by_year=years)
    assert policy.match(searched, [martin], common).status is MatchStatus.AMBIGUOUS
    rare = replace(common, share_by_sound={"MARTIN": 0.0001})
    assert policy.match(searched, [martin], rare).beneficiary == martin


def test_two_neighbouring_spellings_each_borne_by_others_are_two_families_not_a_slip() -> None:
    aldtone = person(usage_name="GREENWELLE", birth_name="ALDTINE", first_names="PATRICIA", birth_date=date(1976, 5, 8))
    searched = identity(last_name="Aldtone", birth_name=None, first_names="Patricia", birth_date=date(1976, 5, 8))
    years = {1975: 1000, 1976: 1000, 1977: 1000}
    typo = NameFacts(share_by_name={"PATRICIA": 0.01}, share_by_sound={"ALDTON": 0.0001}, born_by_year=years,
                     bearers_by_spelling={"ALDTONE": 5, "ALDTINE": 1})  # no one else is spelt ALDTINE: a slip
    assert policy.match(searched, [aldtone], typo).beneficiary == aldtone
    # One other record spelt so: her husband's, the slip copied from file to file (CSHMIT FERNAND, and CSHMIT née
    # LEVY), not yet a family.
    couple = replace(typo, bearers_by_spelling={"ALDTONE": 5, "ALDTINE": 2})
    assert policy.match(searched, [aldtone], couple).beneficiary == aldtone
    families = replace(typo, bearers_by_spelling={"ALDTONE": 5, "ALDTINE": 3})
    assert policy.match(searched, [aldtone], families).status is MatchStatus.AMBIGUOUS


@pytest.mark.parametrize(("typed", "recorded"), [("Thibaut", "THIBAULT"), ("Lefebvre", "LEFEVRE"),
                                                 ("Gautier", "GAUTHIER"), ("Michaux", "MICHAUD"),
                                                 ("Aldton", "ALDTONE"), ("Colin", "COLLIN"), ("Perrin", "PERIN"),
                                                 ("Bennet", "BENNETT"), ("Kharpentier", "CHARPENTIER"),
                                                 ("Merkier", "MERCIER"), ("Cadiou", "KADIOU"),
                                                 ("Andersen", "ANDERSON"), ("Johnson", "JOHNSEN"), ("Weis", "WEISS"),
                                                 ("Wats", "WATTS"), ("Nicholls", "NICHOLS"), ("Rousel", "ROUSSEL"),
                                                 ("Mason", "MASSON"), ("Parsens", "PARSONS"),
                                                 ("Delatre", "DELATTRE")])
def test_a_spelling_that_sounds_like_the_record_s_is_another_family_even_where_no_one_bears_it(typed: str,
                                                                                              recorded: str) -> None:
    """The issue's phonetic twins: Thibaut is a family of its own beside THIBAULT, with or without bearers here
    (measured on corpora built from real surnames, a non-member of the other family born the same day with the
    same first names was given the record's file); so is Colin beside COLLIN, a consonant doubled between vowels
    or at the end as families spell it (26 of the 110 wrong answers in 10,000 searches of the independent corpora). A
    letter doubled as families never do (a vowel, a letter tripled, one before a consonant) is still a slip, and so
    is a doubling that changes the sound, but for an S (MOREUNNAUD reads 'morinnaud'; MASON 'mazon' and MASSON are
    both families'). A K for a C is a family's spelling whatever the sound (24 of the 46 wrong answers in 5,000
    searches of an independent corpus, 'Kharpentier' given CHARPENTIER's file): the keys lie far apart. So is -SEN
    for -SON (ANDERSEN, ANDERSON), and an L, S or T doubled at the end or before a last S (WEISS, WATTS). Two
    neighbouring letters swapped are a slip even where the sound stays (TOHMAS, JAKCSON: 9 members were doubts in
    127,000 searches)."""
    record = person(usage_name=recorded, birth_name=None, first_names="JEANNE", birth_date=date(1936, 5, 8))
    years = {1935: 1000, 1936: 1000, 1937: 1000}
    facts = NameFacts(share_by_name={"JEANNE": 0.001}, share_by_sound={"TIBO": 0.0001}, born_by_year=years)
    searched = identity(last_name=typed, first_names="Jeanne", birth_date=date(1936, 5, 8))
    found = policy.match(searched, [record], facts)
    assert found.status is MatchStatus.AMBIGUOUS and "autre famille" in found.evidence.reason
    for slip, name in (("Moreunnaud", "MOREUNAUD"), ("Berrnard", "BERNARD"), ("Viidard", "VIDARD"),
                       ("Julllier", "JULLIER"), ("Martinn", "MARTIN"), ("Lokcham", "LOCKHAM"),
                       ("Tohmas", "THOMAS"), ("Jakcson", "JACKSON"), ("Jonh", "JOHN")):
        recorded_so = replace(record, usage_name=name)
        assert policy.match(replace(searched, last_name=slip), [recorded_so], facts).beneficiary == recorded_so, slip


def test_a_slip_of_a_common_surname_that_a_few_records_repeat_is_still_a_slip() -> None:
    """SMMITH on 10 records beside 1,372 SMITH is a slip some records share, not a family (62 members in 235,000
    searches were deferred as 'two families'). A keying slip of the whole name is judged as an exact one: however
    many Susan Smiths are born that day, a namesake's record would need that very slip too."""
    smmith = person(usage_name="SMMITH", birth_name=None, first_names="SUSAN", birth_date=date(1950, 3, 2))
    searched = identity(last_name="Smith", birth_name=None, first_names="Susan", birth_date=date(1950, 3, 2))
    years = {1949: 1000, 1950: 1000, 1951: 1000}
    facts = NameFacts(share_by_name={"SUSAN": 0.001}, share_by_sound={"SMI": 0.01}, born_by_year=years,
                      bearers_by_spelling={"SMITH": 1372, "SMMITH": 10})
    assert policy.match(searched, [smmith], facts).beneficiary == smmith
    common = replace(facts, share_by_name={"SUSAN": 0.05})
    assert policy.match(searched, [smmith], common).beneficiary == smmith  # 0.5 Susan Smith born that day
    smyth = replace(facts, bearers_by_spelling={"SMITH": 1372, "SMMITH": 40})  # 3 %: a family of its own
    assert policy.match(searched, [smmith], smyth).status is MatchStatus.AMBIGUOUS


def test_a_near_birth_date_is_not_enough_when_the_surname_is_common_here() -> None:
    slip = person(iodas_id="1", usage_name="MARTIN", birth_name=None, first_names="JEAN", birth_date=date(1931, 4, 13))
    martins = [person(iodas_id=f"M{n}", usage_name="MARTIN", birth_name=None, first_names="PAUL",
                      birth_date=date(1930, 9, 2)) for n in range(30)]
    facts = NameFacts(share_by_name={"JEAN": 0.01})
    searched = identity(first_names="Jean")
    assert policy.match(searched, [slip], facts).beneficiary == slip
    assert policy.match(searched, [slip, *martins], facts).status is MatchStatus.AMBIGUOUS
    assert policy.match(searched, [slip]).status is MatchStatus.AMBIGUOUS  # nothing known of how common Jean is


def test_how_common_a_surname_is_comes_from_the_whole_base_when_it_was_learnt() -> None:
    """One other Martin born near the date says little; Martin's share of a whole base says how often a Martin Jean
    is born one slip away by chance."""
    slip = person(iodas_id="1", usage_name="MARTIN", birth_name=None, first_names="JEAN", birth_date=date(1931, 4, 13))
    other = person(iodas_id="2", usage_name="MARTIN", birth_name=None, first_names="PAUL", birth_date=date(1930, 9, 2))
    searched = identity(first_names="Jean")
    years = {1930: 1000, 1931: 1000, 1932: 1000}
    rare = NameFacts(share_by_name={"JEAN": 0.05}, share_by_sound={"MARTIN": 0.0001}, born_by_year=years)
    common = replace(rare, share_by_sound={"MARTIN": 0.01})
    assert policy.match(searched, [slip, other], rare).beneficiary == slip
    assert policy.match(searched, [slip, other], common).status is MatchStatus.AMBIGUOUS
    namesake = replace(other, iodas_id="3", first_names=("JEAN",))
    assert policy.match(searched, [slip, namesake], rare).status is MatchStatus.AMBIGUOUS  # a namesake is near


def test_a_woman_whose_married_and_birth_names_both_agree_is_rare_whatever_each_name() -> None:
    """Hughes née Scott, a year digit away: Hughes and Scott are each common, a Hughes born a Scott is not. Women
    bearing only one of the two names are no namesakes of hers."""
    slip = person(iodas_id="1", usage_name="HUGHES", birth_name="SCOTT", first_names="ELIZABETH",
                  birth_date=date(1907, 6, 4), sex="F")
    scott = person(iodas_id="2", usage_name="SCOTT", birth_name="SCOTT", first_names="ELIZABETH ANN",
                   birth_date=date(1933, 10, 6), sex="F")
    years = {1906: 1000, 1907: 1000, 1908: 1000, 1916: 1000, 1917: 1000, 1918: 1000}
    facts = NameFacts(share_by_name={"ELIZABETH": 0.05}, share_by_sound={"UG": 0.01, "SKO": 0.01}, born_by_year=years)
    searched = identity(last_name="Hughes", birth_name="Scott", first_names="Elizabeth", birth_date=date(1917, 6, 4))
    assert policy.match(searched, [slip, scott], facts).beneficiary == slip
    assert policy.match(replace(searched, birth_name=None), [slip, scott], facts).status is MatchStatus.AMBIGUOUS
    hers = replace(scott, iodas_id="3", usage_name="HUGHES", birth_date=date(1950, 1, 1))
    assert policy.match(searched, [slip, hers], facts).status is MatchStatus.AMBIGUOUS  # a woman bearing both


def test_a_woman_bearing_one_of_her_two_names_alone_is_no_rival_to_the_record_of_both() -> None:
    """Rousseau, née Léger, Jeannine: her record holds both names and her very identity; ROUSSEAU, née THIBIER,
    JEANINE born that day is a sister-in-law, not a doubt. A copy of her record bearing both names still is."""
    hers = person(iodas_id="1", usage_name="ROUSSEAU", birth_name="LEGER", first_names="JEANNINE", sex="F",
                  birth_date=date(1939, 10, 3))
    in_law = replace(hers, iodas_id="2", birth_name="THIBIER", first_names=("JEANINE",))
    searched = identity(last_name="Rousseau", birth_name="Léger", first_names="Jeannine", birth_date=date(1939, 10, 3))
    assert policy.match(searched, [hers, in_law]).beneficiary == hers
    assert policy.match(replace(searched, birth_name=None), [hers, in_law]).status is MatchStatus.AMBIGUOUS
    copy = replace(hers, iodas_id="3", first_names=("JEANINE",))
    assert policy.match(searched, [hers, in_law, copy]).status is MatchStatus.AMBIGUOUS


def test_a_sister_in_law_is_no_rival_to_a_record_whose_names_contradict_neither_typed_one() -> None:
    """Auger, née Robert, 'Crhistiane Marie Bernadette': her record, a slip in a first name; AUGER, née MARTIN, MARIE
    born three months later is a sister-in-law (a whole name another, not a slip). Alone, she stays a doubt."""
    hers = person(iodas_id="1", usage_name="AUGER", birth_name="ROBERT", first_names="CHRISTIANE MARIE BERNADETTE",
                  sex="F", birth_date=date(1937, 5, 31))
    in_law = person(iodas_id="2", usage_name="AUGER", birth_name="MARTIN", first_names="MARIE", sex="F",
                    birth_date=date(1937, 8, 31))
    searched = identity(last_name="Auger", birth_name="Robert", first_names="Crhistiane Marie Bernadette",
                        birth_date=date(1937, 5, 31))
    assert policy.match(searched, [hers, in_law]).beneficiary == hers
    assert policy.match(searched, [in_law]).status is MatchStatus.AMBIGUOUS
    assert policy.match(replace(searched, birth_name=None), [hers, in_law]).status is MatchStatus.AMBIGUOUS


def test_a_rival_that_chance_explains_does_not_stand_against_a_fit_that_chance_does_not() -> None:
    """'Martin Yvette Louise Madeleine Marthe' born 30/12/1924: MAARTIN (a slip) with those four first names born that
    day, against MARTIN YVETTE born a year later. Among many Martins, such a Martin Yvette is chance's; under a rare
    name, she stays a rival."""
    def facts(martins: float) -> NameFacts:
        return NameFacts(share_by_sound={sound_key("MARTIN"): martins},
                         share_by_name={"YVETTE": 0.05, "LOUISE": 0.02, "MADELEINE": 0.02, "MARTHE": 0.02},
                         born_by_year={year: 36_525 for year in range(1920, 1930)})  # 100 people born a day
    slip = person(iodas_id="1", usage_name="MAARTIN", birth_name="GROSJEAN", sex="F",
                  first_names="YVETTE LOUISE MADELEINE MARTHE", birth_date=date(1924, 12, 30))
    yvette = person(iodas_id="2", usage_name="MARTIN", birth_name="THOMAS", first_names="YVETTE", sex="F",
                    birth_date=date(1925, 12, 30))
    searched = identity(last_name="Martin", first_names="Yvette Louise Madeleine Marthe", birth_date=date(1924, 12, 30))
    assert policy.match(searched, [slip, yvette], facts(0.01)).beneficiary == slip  # 2.5 such Yvettes by chance
    assert policy.match(searched, [slip, yvette], facts(0.000001)).status is MatchStatus.AMBIGUOUS  # 0.00025
    assert policy.match(searched, [yvette], facts(0.01)).status is MatchStatus.AMBIGUOUS  # alone, a doubt


def test_a_lone_recorded_first_name_not_typed_is_hers_when_her_married_and_birth_names_both_agree() -> None:
    """MARTINE on record, 'Marie Jeanne' typed (she is Martine Marie Jeanne): a twin sister would bear the birth name
    and the birth day, seldom the married name too. Searched by one name, she may be that twin: a doubt."""
    martine = person(usage_name="GERMANO", birth_name="GOUROIS", first_names="MARTINE", birth_date=date(1943, 10, 29),
                     sex="F")
    searched = identity(last_name="Germano", birth_name="Gourois", first_names="Marie Jeanne",
                        birth_date=date(1943, 10, 29))
    assert policy.match(searched, [martine]).beneficiary == martine
    assert policy.match(replace(searched, birth_name=None), [martine]).status is MatchStatus.AMBIGUOUS
    assert policy.match(replace(searched, last_name="Gourois"), [martine]).status is MatchStatus.AMBIGUOUS
    unmarried = replace(martine, usage_name="GOUROIS")
    assert policy.match(replace(searched, last_name="Gourois"), [unmarried]).status is MatchStatus.AMBIGUOUS
    assert policy.match(replace(searched, birth_date=date(1943, 10, 28)), [martine]).status is MatchStatus.AMBIGUOUS
    later = replace(martine, first_names=("MARTINE", "JEANNE"))  # only her later name typed: no twin sister either
    assert policy.match(replace(searched, first_names="Jeanne"), [later]).beneficiary == later
    assert policy.match(replace(searched, first_names="Jeanne", birth_name=None), [later],
                        NameFacts(share_by_name={"JEANNE": 0.05})).status is MatchStatus.AMBIGUOUS


def test_her_married_and_birth_names_with_a_year_digit_wrong_and_an_unchecked_first_name_are_a_doubt() -> None:
    """BOCHUD née BENSAID ANDREE born 1922 for 'Bochud', née 'Bensaïd', 'Marie' born 1928 (missed on a corpus written
    blind): her two names are seldom another woman's, but a sister married to a brother bears both. A doubt, never
    an answer; a name typed otherwise, or first names that disagree, leave nothing to check."""
    andree = person(usage_name="BOCHUD", birth_name="BENSAID", first_names="ANDREE", birth_date=date(1922, 6, 16),
                    sex="F")
    searched = identity(last_name="Bochud", birth_name="Bensaïd", first_names="Marie", birth_date=date(1928, 6, 16))
    assert policy.match(searched, [andree]).status is MatchStatus.AMBIGUOUS
    assert policy.match(replace(searched, birth_name=None), [andree]).status is MatchStatus.NO_MATCH
    assert policy.match(replace(searched, last_name="Bochut"), [andree]).status is MatchStatus.NO_MATCH
    two_names = replace(andree, first_names=("ANDREE", "LUCIE"))
    assert policy.match(searched, [two_names]).status is MatchStatus.NO_MATCH


def test_a_day_and_month_swap_is_a_slip_even_under_a_common_surname_unless_a_namesake_is_near() -> None:
    swapped = person(iodas_id="1", usage_name="MARTIN", birth_name=None, first_names="JEAN",
                     birth_date=date(1931, 12, 4))
    other = person(iodas_id="2", usage_name="MARTIN", birth_name=None, first_names="PAUL", birth_date=date(1931, 2, 9))
    namesake = replace(other, iodas_id="3", first_names=("JEAN",))
    searched = identity(first_names="Jean", birth_date=date(1931, 4, 12))
    assert policy.match(searched, [swapped, other]).beneficiary == swapped
    assert policy.match(searched, [swapped, other, namesake]).status is MatchStatus.AMBIGUOUS


def test_a_day_and_month_swapped_with_a_year_digit_is_a_doubt_unless_namesakes_born_so_are_common() -> None:
    """'Treloz Henriette' born 07/11/1935 against TRELOZ HENRIETTE born 11/07/1931: two slips in one date, a doubt
    (7 members of the third generator's corpora were missed so, in 10,000 searches). A 'Martin Marie' born so is
    another Martin Marie."""
    def facts(surname: str, share: float, first_name: str, borne: float) -> NameFacts:
        return NameFacts(share_by_sound={sound_key(surname): share}, share_by_name={first_name: borne},
                         born_by_year={year: 3650 for year in range(1925, 1940)})
    treloz = person(usage_name="TRELOZ", birth_name=None, first_names="HENRIETTE", birth_date=date(1931, 7, 11))
    searched = identity(last_name="Treloz", first_names="Henriette", birth_date=date(1935, 11, 7))
    found = policy.match(searched, [treloz], facts("TRELOZ", 0.0001, "HENRIETTE", 0.01))
    assert found.status is MatchStatus.AMBIGUOUS and found.evidence.candidates[0].in_doubt
    martin = replace(treloz, usage_name="MARTIN", first_names=("MARIE",))
    assert policy.match(replace(searched, last_name="Martin", first_names="Marie"), [martin],
                        facts("MARTIN", 0.02, "MARIE", 0.1)).status is MatchStatus.NO_MATCH
    ten_years = replace(treloz, birth_date=date(1941, 7, 11))  # and a decade digit: no keying slip
    assert policy.match(searched, [ten_years], facts("TRELOZ", 0.0001, "HENRIETTE", 0.01)).status \
        is MatchStatus.NO_MATCH


def test_first_names_agreeing_in_part_and_a_date_a_slip_away_are_no_doubt_where_chance_gives_such_namesakes() -> None:
    """Moreau 'Paul Joseph' born 20/01/1927 against MOREAU JACQUES ALBERT JOSEPH JEAN born 21/01/1927: a shared
    'Joseph' and a day apart. Under a rare surname, a doubt; where at least one Moreau sharing 'Joseph' would be
    born on the dates a slip away by chance, another bearer of the name. A day and month swapped is one date."""
    def facts(share: float) -> NameFacts:
        return NameFacts(share_by_sound={sound_key("MOREAU"): share}, share_by_name={"JOSEPH": 0.05, "PAUL": 0.05},
                         born_by_year={year: 36_525 for year in range(1920, 1935)})  # 100 people born a day
    jacques = person(usage_name="MOREAU", birth_name="MOREAU", first_names="JACQUES ALBERT JOSEPH JEAN", sex="M",
                     birth_date=date(1927, 1, 21))
    searched = identity(last_name="Moreau", first_names="Paul Joseph", birth_date=date(1927, 1, 20))
    assert policy.match(searched, [jacques], facts(0.001)).status is MatchStatus.AMBIGUOUS  # 0.25 such namesakes
    assert policy.match(searched, [jacques], facts(0.004)).status is MatchStatus.NO_MATCH  # 1.0
    on_the_swap = replace(jacques, first_names=("JACQUES",), birth_date=date(1927, 12, 1))
    by_swap = replace(searched, first_names="Paul", birth_date=date(1927, 1, 12))
    assert policy.match(by_swap, [on_the_swap], facts(0.004)).status is MatchStatus.AMBIGUOUS  # one date: 0.4
    assert policy.match(by_swap, [on_the_swap], facts(0.02)).status is MatchStatus.NO_MATCH  # 2.0


def test_the_same_first_names_in_another_order_are_the_same_person_despite_a_slip() -> None:
    recorded = person(usage_name="LANANTOT", birth_name=None, first_names="PIERRE BERNARD")
    assert policy.match(identity(last_name="Lanantoot", first_names="Bernard Pierre"), [recorded]).beneficiary \
        == recorded


def test_a_keying_slip_in_the_surname_does_not_need_the_first_names_in_civil_order() -> None:
    """'Aubbry Antoine Jean' for 'AUBRY JEAN' born that day: the record kept one of his first names, the surname
    holds one slip. Neither is weighed by chance, however common Aubry: a namesake's record would need that very
    slip, and a legacy record keeps one name. A record holding later names too keeps the chance test ('Aubbry Jean'
    for AUBRY ANTOINE JEAN); a close date, a sibling's mark, still needs the first names in order."""
    recorded = person(usage_name="AUBRY", birth_name=None, first_names="JEAN", birth_date=date(1923, 8, 11))
    years = {1922: 1000, 1923: 1000, 1924: 1000}
    rare = NameFacts(share_by_name={"JEAN": 0.05, "ANTOINE": 0.01}, share_by_sound={"OBRI": 0.0001},
                     born_by_year=years)
    common = replace(rare, share_by_sound={"OBRI": 0.05})
    searched = identity(last_name="Aubbry", first_names="Antoine Jean", birth_date=date(1923, 8, 11))
    assert policy.match(searched, [recorded], rare).beneficiary == recorded
    assert policy.match(searched, [recorded], common).beneficiary == recorded
    both = replace(recorded, first_names=("ANTOINE", "JEAN"))
    assert policy.match(replace(searched, first_names="Jean"), [both], common).status is MatchStatus.AMBIGUOUS
    near_date = replace(searched, last_name="Aubry", birth_date=date(1923, 8, 12))
    assert policy.match(near_date, [recorded], rare).status is MatchStatus.AMBIGUOUS


def test_a_record_that_kept_one_of_the_typed_first_names_is_no_doubt_unless_someone_else_is_plausible() -> None:
    """'Bernard Alexandre Charles' born that day for BERNARD CHARLES, among many Bernards: the name he went by, kept
    alone by a legacy record. Beside a BERNARD born that day whose lone first name was not typed, a doubt: which of
    the two is the deceased is the agent's."""
    years = {1929: 36_525, 1930: 36_525, 1931: 36_525}
    common = NameFacts(share_by_name={"CHARLES": 0.05, "ALEXANDRE": 0.01}, share_by_sound={sound_key("BERNARD"): 0.01},
                       born_by_year=years)
    charles = person(iodas_id="1", usage_name="BERNARD", birth_name="BERNARD", first_names="CHARLES", sex="M",
                     birth_date=date(1930, 11, 4))
    searched = identity(last_name="Bernard", first_names="Alexandre Charles", birth_date=date(1930, 11, 4))
    assert policy.match(searched, [charles], common).beneficiary == charles
    brother = replace(charles, iodas_id="2", first_names=("PIERRE",))
    assert policy.match(searched, [charles, brother], common).status is MatchStatus.AMBIGUOUS
    alone = replace(searched, first_names="Charles Alexandre")  # in civil order: a fit as any other
    assert policy.match(alone, [charles], common).beneficiary == charles


def test_who_slipped_is_a_guess_when_another_person_is_exact_where_the_best_one_slipped() -> None:
    exact = person(iodas_id="1", usage_name="BERIRES", birth_name=None, first_names="ANDRE")
    slipped = person(iodas_id="2", usage_name="BERERES", birth_name=None, first_names="JEAN")
    assert policy.match(identity(last_name="Berirès", first_names="Jean Paul"), [exact, slipped]).status \
        is MatchStatus.AMBIGUOUS


def test_two_slips_in_a_surname_are_a_doubt_only_when_the_first_names_and_the_date_agree_within_a_slip() -> None:
    """'Guillée' for GUJLLES: a slip in the record and another by the clerk. Beside a presumed birth date, a first
    name the record lacks, or a 'Jeanne' for JEANNINE ('Morel' for MOREAU, born that day): another person. So is
    it beside a slip in the date, since the two names do not sound alike: a third discrepancy."""
    recorded = person(usage_name="GUJLLES", birth_name="LIOTINE", first_names="JEANNINE PAULETTE",
                      birth_date=date(1938, 4, 24))
    searched = identity(last_name="Guillée", first_names="Jeannine", birth_date=date(1938, 4, 24))
    assert policy.match(searched, [recorded]).status is MatchStatus.AMBIGUOUS
    assert policy.match(replace(searched, birth_date=date(1938, 4, 25)), [recorded]).status is MatchStatus.NO_MATCH
    assert policy.match(replace(searched, first_names="Jeanine"), [recorded]).status is MatchStatus.AMBIGUOUS
    presumed = replace(recorded, birth_date=date(1938, 1, 1))  # the year alone was known
    assert policy.match(searched, [presumed]).status is MatchStatus.NO_MATCH
    assert policy.match(replace(searched, first_names="Jeannine Marie"), [recorded]).status is MatchStatus.NO_MATCH
    morel = person(usage_name="MOREAU", birth_name=None, first_names="JEANNINE", birth_date=date(1938, 4, 24))
    assert policy.match(replace(searched, last_name="Morel", first_names="Jeanne"), [morel]).status \
        is MatchStatus.NO_MATCH


def test_a_person_found_by_a_first_name_alone_is_the_person_when_chance_would_seldom_explain_him() -> None:
    """PASUQIER does not sound like Pasquier, and was born in 1958: found by the first name and the day and month
    (domain/matching/blocking.py). A slip in the surname and one in the date are the person when such namesakes
    would be rare by chance, as for any two slips, and a doubt when they would be merely seldom; else he is set
    aside, neither answer nor doubt: at a million people, a stranger with the same first name, born a slip away and
    named a slip away, is common. PASUQEIR, two slips, is another person; born that very day, a doubt as before."""
    searched = identity(last_name="Pasquier", first_names="Jean-Jacques", birth_date=date(1950, 3, 21))
    years = {year: 1000 for year in range(1949, 1960)}
    rare = NameFacts(share_by_name={"JEANJACQUES": 0.01}, share_by_sound={"PASKI": 0.00001, "PAZUKI": 0.00001},
                     born_by_year=years)
    seldom = replace(rare, share_by_sound={"PASKI": 0.0001, "PAZUKI": 0.0001})
    common = replace(rare, share_by_sound={"PASKI": 0.001, "PAZUKI": 0.001})

    def pasquier(usage_name: str, born: date, facts: NameFacts) -> MatchStatus:
        return policy.match(searched, [person(usage_name=usage_name, birth_name=None, first_names="JEAN-JACQUES",
                                              birth_date=born, sex="M")], facts).status

    assert pasquier("PASUQIER", date(1958, 3, 21), rare) is MatchStatus.UNIQUE
    assert pasquier("PASUQIER", date(1958, 3, 21), seldom) is MatchStatus.AMBIGUOUS
    assert pasquier("PASUQIER", date(1958, 3, 21), common) is MatchStatus.NO_MATCH
    assert pasquier("PASUQEIR", date(1958, 3, 21), rare) is MatchStatus.NO_MATCH
    assert pasquier("PASUQEIR", date(1950, 3, 21), rare) is MatchStatus.AMBIGUOUS


def test_one_edit_in_a_surname_of_two_or_three_letters_is_a_doubt_never_an_answer() -> None:
    """'Gay' for GY, 'Cxo' for COX: as often ROY for RAY, two families, as a slip. The agent checks."""
    gy = person(usage_name="GY", birth_name="GY", first_names="LOUIS", birth_date=date(1932, 12, 6))
    searched = identity(last_name="Gay", birth_name="Gay", first_names="Louis", birth_date=date(1932, 12, 6))
    assert policy.match(searched, [gy]).status is MatchStatus.AMBIGUOUS
    cox = replace(gy, usage_name="COX", birth_name=None)
    assert policy.match(replace(searched, last_name="Cxo", birth_name=None), [cox]).status is MatchStatus.AMBIGUOUS
    assert policy.match(replace(searched, last_name="Roy", birth_name=None, first_names="Marc"), [cox]).status \
        is MatchStatus.NO_MATCH
    found = policy.match(replace(searched, last_name="Cox", birth_name=None), [cox, replace(cox, usage_name="COY")])
    assert (found.status, found.beneficiary) == (MatchStatus.UNIQUE, cox)  # the exact name is no doubt


def test_a_particle_and_one_slip_are_one_slip_but_a_part_of_a_compound_with_a_slip_is_a_doubt() -> None:
    ltatre = person(usage_name="LTATRE", birth_name=None, first_names="JEAN", birth_date=date(1925, 4, 10))
    searched = identity(last_name="de Lattre", first_names="Jean Joseph", birth_date=date(1925, 4, 10))
    assert policy.match(searched, [ltatre]).beneficiary == ltatre
    llyod = replace(ltatre, usage_name="LLYOD", first_names=("PHYLLIS",))
    found = policy.match(replace(searched, last_name="Lloyd Jones", first_names="Phyllis"), [llyod])
    assert found.status is MatchStatus.AMBIGUOUS


def test_a_letter_a_scanner_misread_is_a_slip() -> None:
    """Records captured from paper: 'FIELCL' for FIELD, 'SMITLI' for SMITH."""
    field = person(usage_name="FIELCL", birth_name=None, first_names="THOMAS WILLIAM", birth_date=date(1960, 4, 30))
    found = policy.match(identity(last_name="Field", first_names="Thomas William", birth_date=date(1960, 4, 30)), [field])
    assert (found.status, found.beneficiary) == (MatchStatus.UNIQUE, field)


def test_phonetic_twin_families_born_the_same_day_are_a_doubt() -> None:
    lefevre = person(iodas_id="1", usage_name="LEFEVRE", birth_name=None, first_names="MARIE")
    lefebvre = person(iodas_id="2", usage_name="LEFEBVRE", birth_name=None, first_names="MARIE")
    searched = identity(last_name="Lefebvre", first_names="Marie")
    assert policy.match(searched, [lefevre, lefebvre]).status is MatchStatus.AMBIGUOUS


def test_a_twin_of_the_other_gender_is_never_taken_for_the_deceased() -> None:
    brother = person(usage_name="PETIT", birth_name=None, first_names="JEAN")
    assert policy.match(identity(last_name="Petit", first_names="Jeanne"), [brother]).status is not MatchStatus.UNIQUE


FACTS = NameFacts(sex_by_name={"PAUL": "M", "MARIE": "F", "JEAN": "M"},
                       share_by_name={"JEANNE": 0.001, "MARIE": 0.3, "JEAN": 0.001, "PAUL": 0.01})


def test_a_twin_whose_first_name_tells_the_other_sex_is_another_person() -> None:
    brother = person(usage_name="PETIT", birth_name=None, first_names="PAUL", sex="M")
    sister = identity(last_name="Petit", first_names="Marie")
    assert policy.match(sister, [brother]).status is MatchStatus.AMBIGUOUS  # nothing known of the names
    assert policy.match(sister, [brother], FACTS).status is MatchStatus.NO_MATCH
    assert policy.match(sister, [replace(brother, sex="F")], FACTS).status is MatchStatus.AMBIGUOUS


def test_a_twin_named_a_slip_away_in_the_other_sex_is_another_person() -> None:
    """PAUL and PAULA, MARK and MARY: one keystroke apart, a brother and a sister. Measured before this rule, on
    English-language corpora, a brother born the day of his beneficiary sister was given her file 313 times in 317."""
    facts = NameFacts(sex_by_name={"PAUL": "M", "PAULA": "F", "MARK": "M", "MARY": "F"},
                      share_by_name={"PAUL": 0.01, "PAULA": 0.001, "MARK": 0.01, "MARY": 0.001})
    sister = person(usage_name="PETIT", birth_name=None, first_names="PAULA", sex="F")
    brother = identity(last_name="Petit", first_names="Paul")
    assert policy.match(brother, [sister], facts).status is MatchStatus.NO_MATCH
    assert policy.match(brother, [sister]).status is MatchStatus.UNIQUE  # nothing learnt: a keying slip
    assert policy.match(identity(last_name="Petit", first_names="Paula"), [sister], facts).beneficiary == sister
    paul = replace(sister, first_names=("PAUL",), sex="M")
    assert policy.match(identity(last_name="Petit", first_names="Paula"), [paul]).status is MatchStatus.AMBIGUOUS
    mary = person(usage_name="PETIT", birth_name=None, first_names="MARY", sex="F")
    assert policy.match(identity(last_name="Durand", first_names="Mark"), [mary], facts).status \
        is MatchStatus.NO_MATCH  # nor is he a woman searched by her birth name


def test_only_a_later_first_name_typed_is_a_doubt_when_a_twin_could_bear_it_as_his_own() -> None:
    """'Michel' for MOHAMED JEAN-CLAUDE MICHEL: the name he went by, or a twin brother's first name (about 3 % of
    people are born twins, sharing surname and birth day). Measured on a corpus never used while building: a twin
    'Pierre' given his brother JEAN-FRANCOIS PIERRE's file."""
    record = person(usage_name="MOREAU", birth_name=None, first_names="MOHAMED JEAN-CLAUDE MICHEL", sex="M")
    common = NameFacts(share_by_name={"MICHEL": 0.04, "MOHAMED": 0.01, "JEANCLAUDE": 0.02})
    rare = NameFacts(share_by_name={"MICHEL": 0.01, "MOHAMED": 0.01, "JEANCLAUDE": 0.02})
    found = policy.match(identity(last_name="Moreau", first_names="Michel"), [record], common)
    assert found.status is MatchStatus.AMBIGUOUS and "jumeau" in found.evidence.reason
    assert policy.match(identity(last_name="Moreau", first_names="Michel"), [record], rare).beneficiary == record
    for typed in ("Mohamed", "Michel Mohamed", "Mohamed Jean-Claude Michel"):
        assert policy.match(identity(last_name="Moreau", first_names=typed), [record], common).beneficiary == record


def test_a_woman_born_into_another_family_than_the_record_s_is_a_doubt_even_with_the_same_married_name() -> None:
    """Two women married into one family, sisters-in-law: the married name agrees, the birth names do not. Found on
    a corpus never used while building: 'Verervillon née Veractillon Marie' given VERERVILLON née MICHAUD MARIE,
    born a month-digit apart."""
    record = person(usage_name="VERERVILLON", birth_name="MICHAUD", first_names="MARIE")
    found = policy.match(identity(last_name="Verervillon", birth_name="Veractillon", first_names="Marie"), [record])
    assert found.status is MatchStatus.AMBIGUOUS and "nom de naissance" in found.evidence.reason
    michaux = identity(last_name="Verervillon", birth_name="Michaux", first_names="Marie")  # another family's spelling
    assert policy.match(michaux, [record]).status is MatchStatus.AMBIGUOUS
    mivhaid = replace(michaux, birth_name="Mivhaid")  # two slips, or another family: a doubt either way
    assert policy.match(mivhaid, [record]).status is MatchStatus.AMBIGUOUS
    for typed in ("Mixhaud", "Verervillon", None):  # a slip, the married name typed twice, no birth name typed
        searched = identity(last_name="Verervillon", birth_name=typed, first_names="Marie")
        assert policy.match(searched, [record]).beneficiary == record
    unmarried = person(usage_name="VERERVILLON", birth_name="VERERVILLON", first_names="MARIE")
    assert policy.match(identity(last_name="Verervillon", birth_name="Veractillon", first_names="Marie"),
                        [unmarried]).beneficiary == unmarried  # the record may repeat the usage name for want of one


def test_a_daughter_of_the_family_the_record_married_into_is_a_doubt() -> None:
    """'Morinrec née Ferelraud Germaine Odette Catherine' was given FERELAUD née VENELCHHELLE CATHERINE, born that
    day, on a corpus never used while building: her birth name is the record's married name, and the record's birth
    name is no name of hers. A record that crossed its fields still answers."""
    record = person(usage_name="FERELAUD", birth_name="VENELCHHELLE", first_names="CATHERINE")
    searched = identity(last_name="Morinrec", birth_name="Ferelraud", first_names="Catherine")
    found = policy.match(searched, [record])
    assert found.status is MatchStatus.AMBIGUOUS and "nom de naissance" in found.evidence.reason
    crossed = replace(record, birth_name="MORINREC")
    assert policy.match(searched, [crossed]).beneficiary == crossed


def test_a_woman_married_into_another_family_than_the_record_s_is_a_doubt_even_born_the_same() -> None:
    """Sisters born into one family, married into two (or a woman remarried since): 'Rederford née Whitemores Mary'
    was given MILLAFIELDE née WHITEMORES MARY JESSICA, born that day, on a corpus never used while building."""
    record = person(usage_name="MILLAFIELDE", birth_name="WHITEMORES", first_names="MARY JESSICA")
    found = policy.match(identity(last_name="Rederford", birth_name="Whitemores", first_names="Mary"), [record])
    assert found.status is MatchStatus.AMBIGUOUS and "nom d'usage" in found.evidence.reason
    for last_name, birth_name in (("Millafield", "Whitemores"), ("Whitemores", None), ("Whitemores", "Whitemores"),
                                  ("Whitemores", "Millafielde")):  # a slip; her birth name alone; fields crossed
        searched = identity(last_name=last_name, birth_name=birth_name, first_names="Mary")
        assert policy.match(searched, [record]).beneficiary == record


def test_a_woman_remarried_since_her_record_was_written_is_found_unless_a_twin_sister_could_be_her() -> None:
    """Her birth name, every recorded first name and her birth day, another married name: remarried since
    ('Bernard née Sorraud Yvette' for BOYER née SORRAUD YVETTE, 103 doubts in 25,000 searches of a corpus never used
    while building). A twin sister married into another family would need to bear those first names too: not
    when they are seldom borne; a common lone name ('Marie'), or a recorded name not typed, stays a doubt."""
    record = person(usage_name="BOYER", birth_name="SORRAUD", first_names="YVETTE")
    searched = identity(last_name="Bernard", birth_name="Sorraud", first_names="Yvette")
    seldom = NameFacts(share_by_name={"YVETTE": 0.005, "MARIE": 0.1, "JEANNE": 0.02})
    assert policy.match(searched, [record], seldom).beneficiary == record
    assert policy.match(replace(searched, first_names="Yvette Jeanne"), [record], seldom).beneficiary == record
    assert policy.match(searched, [record]).status is MatchStatus.AMBIGUOUS  # nothing learnt: no chance is known
    marie = replace(record, first_names=("MARIE",))
    found = policy.match(replace(searched, first_names="Marie"), [marie], seldom)
    assert found.status is MatchStatus.AMBIGUOUS and "nom d'usage" in found.evidence.reason
    both = replace(record, first_names=("MARIE", "JEANNE"))  # two names a sister seldom shares, even Marie
    assert policy.match(replace(searched, first_names="Marie Jeanne"), [both], seldom).beneficiary == both
    assert policy.match(replace(searched, first_names="Marie"), [both], seldom).status is MatchStatus.AMBIGUOUS
    assert policy.match(replace(searched, birth_date=date(1931, 4, 13)), [record], seldom).status \
        is not MatchStatus.UNIQUE  # the day too must be hers


def test_typed_first_names_none_of_them_the_lone_recorded_one_are_a_doubt_not_another_person() -> None:
    """One or several typed first names none of which is the recorded one may be the names the person went by (the
    clerk gives any of them, in any order; the record kept the first) or a twin's: a doubt, unless they tell the
    other sex. Found on corpora whose clerks give k of n names at random: taking several for a twin's missed
    0.86 % and 0.96 % of 5,000 searches, against 0.20 % now."""
    brother = person(usage_name="PETIT", birth_name=None, first_names="LOUIS", sex="M")
    facts = NameFacts(sex_by_name={"LOUIS": "M", "PIERRE": "M", "HENRI": "M", "MARIE": "F"},
                      share_by_name={"LOUIS": 0.01, "PIERRE": 0.01, "HENRI": 0.01, "JEAN": 0.03, "PAUL": 0.01,
                                     "JEANPAUL": 0.005, "MARIE": 0.05})
    for first_names in ("Pierre", "Pierre Henri", "Jean Paul", "Pierre L."):
        assert policy.match(identity(last_name="Petit", first_names=first_names), [brother], facts).status \
            is MatchStatus.AMBIGUOUS, first_names
    assert policy.match(identity(last_name="Petit", first_names="Marie Henri"), [brother], facts).status \
        is MatchStatus.NO_MATCH  # a sister


def test_a_woman_searched_by_her_birth_name_whose_record_holds_only_her_married_name_is_a_doubt() -> None:
    wife = person(usage_name="MARTIN", birth_name=None, first_names="JEANNE")
    searched = identity(last_name="Durand", first_names="Jeanne")
    found = policy.match(searched, [wife], FACTS)
    assert found.status is MatchStatus.AMBIGUOUS and "ne porte qu'un nom" in found.evidence.reason
    # 'Durand' typed in both fields is still one surname, the birth name (a corpus written blind typed married women
    # so: 107 members missed in 10,000 searches); a married name and another birth name typed are neither hers.
    assert policy.match(replace(searched, birth_name="DURAND"), [wife], FACTS).status is MatchStatus.AMBIGUOUS
    assert policy.match(replace(searched, birth_name="Lefort"), [wife], FACTS).status is MatchStatus.NO_MATCH
    # Typed twice with a keying slip in one ('Durrand', née 'Durand'): still one surname (the blind corpora typed 19
    # of their 240 missed women so); a longer name beginning alike is another.
    for typed, status in (("Durrand", MatchStatus.AMBIGUOUS), ("Duarnd", MatchStatus.AMBIGUOUS),
                          ("Durandeau", MatchStatus.NO_MATCH)):
        assert policy.match(replace(searched, last_name=typed, birth_name="Durand"), [wife], FACTS).status \
            is status, typed
    assert policy.match(searched, [replace(wife, sex="M")], FACTS).status is MatchStatus.NO_MATCH
    assert policy.match(searched, [replace(wife, birth_date=date(1931, 4, 13))], FACTS).status is MatchStatus.NO_MATCH


def test_a_wife_recorded_under_her_birth_name_alone_searched_by_her_married_name_is_a_doubt_if_her_names_are_rare(
) -> None:
    """'Molle Huguette', born that day, against VAUCHAUD née VAUCHAUD HUGUETTE LUCIENNE: a wife whose record holds
    her birth name as both names, as an unmarried woman's. Most such records are unmarried women's, so a doubt only
    when women born that day with those first names are ten times rarer than for a record without a birth
    name (a corpus written blind recorded 3 % of married women so: 16 of its 78 misses in 20,000 searches)."""
    wife = person(usage_name="VAUCHAUD", birth_name="VAUCHAUD", first_names="HUGUETTE LUCIENNE", sex="F")
    searched = identity(last_name="Molle", first_names="Huguette")
    rare = NameFacts(share_by_name={"HUGUETTE": 0.005})
    found = policy.match(searched, [wife], rare)
    assert found.status is MatchStatus.AMBIGUOUS and "ne porte qu'un nom" in found.evidence.reason
    assert [c.iodas_id for c in found.evidence.candidates if c.in_doubt] == [wife.iodas_id]
    # 0.02 of records: a doubt since the bar is 0.03 (at 0.01, 33 créances missed for 44 fewer doubts in 90,000)
    assert policy.match(searched, [wife], NameFacts(share_by_name={"HUGUETTE": 0.02})).status is MatchStatus.AMBIGUOUS
    common = NameFacts(share_by_name={"HUGUETTE": 0.05})  # yet rare enough for a record without a birth name
    assert policy.match(searched, [wife], common).status is MatchStatus.NO_MATCH
    assert policy.match(searched, [replace(wife, birth_name=None)], common).status is MatchStatus.AMBIGUOUS
    assert policy.match(searched, [replace(wife, sex="M")], rare).status is MatchStatus.NO_MATCH
    assert policy.match(replace(searched, birth_name="Durand"), [wife], rare).status is MatchStatus.NO_MATCH
    assert policy.match(searched, [replace(wife, birth_date=date(1931, 4, 13))], rare).status is MatchStatus.NO_MATCH


def test_no_birth_name_doubt_when_women_born_that_day_share_those_first_names_by_chance() -> None:
    maries = [person(iodas_id=str(n), usage_name=name, birth_name=None, first_names="MARIE")
              for n, name in enumerate(("MARTIN", "BERNARD", "PETIT"))]
    assert policy.match(identity(last_name="Durand", first_names="Marie"), maries, FACTS).status \
        is MatchStatus.NO_MATCH


def test_a_woman_whose_record_lacks_the_name_typed_born_on_the_day_and_month_swapped_is_a_doubt_if_rarer_still(
) -> None:
    """'Crotezu Françoise Lucienne' born 5 March 1931 against FAURE FRANCOISE LUCIENNE born 3 May, without a birth
    name: the name typed is not on her record and its date swapped day and month, two slips at once. A doubt only
    when women agreeing so would be ten times rarer by chance than for the day itself."""
    wife = person(usage_name="FAURE", birth_name=None, first_names="FRANCOISE LUCIENNE", sex="F",
                  birth_date=date(1931, 5, 3))
    searched = identity(last_name="Crotezu", first_names="Françoise Lucienne", birth_date=date(1931, 3, 5))
    rare = NameFacts(share_by_name={"FRANCOISE": 0.02, "LUCIENNE": 0.01})
    found = policy.match(searched, [wife], rare)
    assert found.status is MatchStatus.AMBIGUOUS and "jour et mois inversés" in found.evidence.reason
    assert [c.iodas_id for c in found.evidence.candidates if c.in_doubt] == [wife.iodas_id]
    assert policy.match(searched, [replace(wife, birth_date=date(1931, 5, 4))], rare).status is MatchStatus.NO_MATCH
    # A twentieth of the records: a doubt on the day itself (at most 0.3 expected by chance), not on the day swapped
    # (at most 0.03).
    common, francoise = NameFacts(share_by_name={"FRANCOISE": 0.05}), replace(searched, first_names="Françoise")
    assert policy.match(francoise, [wife], common).status is MatchStatus.NO_MATCH
    assert policy.match(francoise, [wife], NameFacts(share_by_name={"FRANCOISE": 0.02})).status \
        is MatchStatus.AMBIGUOUS  # 0.02 expected: a fiftieth of the records
    on_the_day = policy.match(francoise, [replace(wife, birth_date=date(1931, 3, 5))], common)
    assert on_the_day.status is MatchStatus.AMBIGUOUS and "jour et mois inversés" not in on_the_day.evidence.reason
    # Recorded under her birth name alone, ten times rarer again (`birth_name_only_chance`): 2e-4 is below 3e-3.
    alone = replace(wife, birth_name="FAURE")
    assert policy.match(searched, [alone], rare).status is MatchStatus.AMBIGUOUS
    assert policy.match(searched, [alone], NameFacts(share_by_name={"FRANCOISE": 0.1, "LUCIENNE": 0.05})).status \
        is MatchStatus.NO_MATCH


def test_a_near_birth_date_under_a_common_surname_is_accepted_when_the_first_names_are_rare_here() -> None:
    slip = person(iodas_id="1", usage_name="MARTIN", birth_name=None, first_names="JEAN", birth_date=date(1931, 4, 13))
    other = person(iodas_id="2", usage_name="MARTIN", birth_name=None, first_names="PAUL", birth_date=date(1930, 9, 2))
    common = NameFacts(share_by_name={"JEAN": 0.05})
    searched = identity(first_names="Jean")
    assert policy.match(searched, [slip, other], FACTS).beneficiary == slip
    assert policy.match(searched, [slip, other], common).status is MatchStatus.AMBIGUOUS


def test_a_married_name_or_a_birth_name_finds_the_same_woman() -> None:
    wife = person(usage_name="MARTIN", birth_name="DURAND")
    for typed in (identity(last_name="Durand"), identity(last_name="Martin", birth_name="Durand")):
        assert policy.match(typed, [wife]).beneficiary == wife


def test_the_evidence_explains_each_candidate_for_agents() -> None:
    result = policy.match(identity(), [person(iodas_id="1"), person(iodas_id="2")])
    assert result.status is MatchStatus.AMBIGUOUS
    assert "2 bénéficiaires" in result.evidence.reason
    assert [c.iodas_id for c in result.evidence.candidates] == ["1", "2"]
    assert set(result.evidence.candidates[0].field_scores) == {"surname", "first_names", "birth_date"}


def test_stricter_thresholds_turn_a_slip_into_a_doubt() -> None:
    slipped = [person(usage_name="MARTNI", birth_name=None)]
    assert policy.match(identity(), slipped).status is MatchStatus.UNIQUE
    strict = ThresholdPolicy(accept_total=0.99)
    assert strict.match(identity(), slipped).status is MatchStatus.AMBIGUOUS


DUPONT_JEAN = person(iodas_id="7", usage_name="DUPONT", birth_name=None, first_names="JEAN", sex="M",
                     birth_date=date(1931, 4, 12))
SHARES = NameFacts(share_by_name={"JEAN": 0.03, "THOMAS": 0.01, "MARTIN": 0.002})


def test_surname_and_first_name_keyed_in_each_other_field_still_find_the_person() -> None:
    """'Jean' typed as the surname and 'Dupont' as the first name: the same person, born that very day."""
    crossed = identity(last_name="Jean", first_names="Dupont", birth_date=date(1931, 4, 12))
    found = policy.match(crossed, [DUPONT_JEAN], SHARES)
    assert (found.status, found.beneficiary) == (MatchStatus.UNIQUE, DUPONT_JEAN)
    assert "intervertis" not in found.evidence.reason and "l'un pour l'autre" in found.evidence.reason
    legacy = replace(DUPONT_JEAN, usage_name="JEAN", first_names=("DUPONT",))  # crossed in the record this time
    assert policy.match(identity(last_name="Dupont", first_names="Jean", birth_date=date(1931, 4, 12)), [legacy],
                        SHARES).beneficiary == legacy


def test_crossed_names_are_only_a_doubt_when_they_are_common_first_names_or_slipped() -> None:
    martin = person(usage_name="MARTIN", birth_name=None, first_names="THOMAS", birth_date=date(1931, 4, 12))
    both_ways = identity(last_name="Thomas", first_names="Martin", birth_date=date(1931, 4, 12))
    assert policy.match(both_ways, [martin], SHARES).status is MatchStatus.AMBIGUOUS
    slipped = identity(last_name="Jean", first_names="Dupond", birth_date=date(1931, 4, 12))
    doubt = policy.match(slipped, [DUPONT_JEAN], SHARES)
    assert doubt.status is MatchStatus.AMBIGUOUS
    assert [c.iodas_id for c in doubt.evidence.candidates] == ["7"]  # the person the agent may choose
    # Crossed, 'Louis' for a record keeping only 'JEAN': a doubt, as it would be typed the right way round.
    unverified = identity(last_name="Louis", first_names="Dupont", birth_date=date(1931, 4, 12))
    assert policy.match(replace(unverified, last_name="Dupont", first_names="Louis"), [DUPONT_JEAN], SHARES).status \
        is MatchStatus.AMBIGUOUS
    assert policy.match(unverified, [DUPONT_JEAN], SHARES).status is MatchStatus.AMBIGUOUS
    # ...but not when what was typed as first names is a common first name: a namesake by chance is no crossing.
    assert policy.match(unverified, [DUPONT_JEAN], replace(SHARES, share_by_name={"DUPONT": 0.01})).status \
        is MatchStatus.NO_MATCH


def test_crossed_names_need_the_very_birth_date_and_a_single_typed_first_name() -> None:
    assert policy.match(identity(last_name="Jean", first_names="Dupont", birth_date=date(1931, 4, 21)),
                        [DUPONT_JEAN], SHARES).status is MatchStatus.NO_MATCH
    assert policy.match(identity(last_name="Jean", first_names="Dupont Louis", birth_date=date(1931, 4, 12)),
                        [DUPONT_JEAN], SHARES).status is MatchStatus.NO_MATCH


def test_a_crossed_answer_does_not_depend_on_unrelated_people_born_that_day() -> None:
    """The index drops them before the policy sees them, the SQL directory does not: both must answer alike."""
    crossed = identity(last_name="Jean", first_names="Dupont", birth_date=date(1931, 4, 12))
    crowd = [person(iodas_id=str(100 + i), usage_name=f"AUTRE{chr(65 + i % 26)}{i}", first_names="PAUL",
                    birth_date=date(1931, 4, 12)) for i in range(60)]
    alone = policy.match(crossed, [DUPONT_JEAN], SHARES)
    among_them = policy.match(crossed, [DUPONT_JEAN, *crowd], SHARES)
    assert (alone.status, alone.beneficiary) == (among_them.status, among_them.beneficiary) == \
        (MatchStatus.UNIQUE, DUPONT_JEAN)


def test_a_short_form_finds_the_person_but_not_a_twin_of_the_other_sex() -> None:
    """'Bill' is WILLIAM; 'Pat' may be PATRICIA or her twin brother PATRICK: a doubt, never a guess."""
    william = person(usage_name="HOLWELL", birth_name=None, first_names="WILLIAM", sex="M")
    assert policy.match(identity(last_name="Holwell", first_names="Bill"), [william]).beneficiary == william
    patricia = replace(william, first_names=("PATRICIA",), sex="F")
    assert policy.match(identity(last_name="Holwell", first_names="Pat"), [patricia]).status is MatchStatus.AMBIGUOUS
    slipped = identity(last_name="Holwell", first_names="Bill", birth_date=date(1931, 4, 13))
    assert policy.match(slipped, [william]).status is MatchStatus.AMBIGUOUS  # and a date slip: two slips at once


def test_a_rare_person_seemingly_entered_twice_with_a_slip_is_a_doubt() -> None:
    """KERBRAT YVONNE born on the 12th, and KERBRAT YVONE born on the 13th: one person entered twice in IODAS
    (her aids may be split between the two files), unless such near namesakes are common by chance here."""
    exact = person(iodas_id="1", usage_name="KERBRAT", birth_name=None, first_names="YVONNE", birth_date=date(1931, 4, 12))
    twice = replace(exact, iodas_id="2", first_names=("YVONE",), birth_date=date(1931, 4, 13))
    searched = identity(last_name="Kerbrat", first_names="Yvonne", birth_date=date(1931, 4, 12))
    years = {1930: 1000, 1931: 1000, 1932: 1000}
    rare = NameFacts(share_by_name={"YVONNE": 0.01}, share_by_sound={"KERBRA": 0.0001}, born_by_year=years)
    assert policy.match(searched, [exact, twice], rare).status is MatchStatus.AMBIGUOUS
    common = NameFacts(share_by_name={"YVONNE": 0.05}, share_by_sound={"KERBRA": 0.1}, born_by_year=years)
    assert policy.match(searched, [exact, twice], common).beneficiary == exact
    far = replace(twice, birth_date=date(1931, 8, 13))  # two slips in the date: another person
    assert policy.match(searched, [exact, far], rare).beneficiary == exact


def test_a_copy_born_that_very_day_is_weighed_against_namesakes_born_that_day_alone() -> None:
    """NEVEU OLIVIER PIERRE and NEVEU OLIVIER, born the same day, searched as 'Neveu Pierre': namesakes that close
    are counted over that day, not over the dates a slip away (a corpus built on real name lists gave the first
    copy's file)."""
    full = person(iodas_id="1", usage_name="NEVEU", birth_name=None, first_names="OLIVIER PIERRE", sex="M",
                  birth_date=date(1964, 8, 20))
    copy = replace(full, iodas_id="2", first_names=("OLIVIER",))
    searched = identity(last_name="Neveu", first_names="Pierre", birth_date=date(1964, 8, 20))
    years = {1963: 1000, 1964: 1000, 1965: 1000}
    facts = NameFacts(share_by_name={"OLIVIER": 0.05, "PIERRE": 0.02}, share_by_sound={"NEVEU": 0.01},
                      born_by_year=years)
    found = policy.match(searched, [full, copy], facts)
    assert found.status is MatchStatus.AMBIGUOUS and "saisie deux fois" in found.evidence.reason
    slipped = replace(copy, birth_date=date(1964, 8, 21))  # a slip away: such namesakes are common enough here
    assert policy.match(searched, [full, slipped], facts).beneficiary == full


def test_a_copy_that_lost_the_birth_name_she_was_searched_by_is_the_same_woman_entered_twice() -> None:
    """STANLEY née HAYNES SALLY and STANLEY SALLY, born the same day, the second without her birth name: searched
    as 'Haynes Sally', only the first agrees, yet both files are hers."""
    full = person(iodas_id="1", usage_name="STANLEY", birth_name="HAYNES", first_names="SALLY",
                  birth_date=date(1959, 7, 18))
    copy = replace(full, iodas_id="2", birth_name=None)
    searched = identity(last_name="Haynes", first_names="Sally", birth_date=date(1959, 7, 18))
    found = policy.match(searched, [full, copy])
    assert found.status is MatchStatus.AMBIGUOUS and "saisie deux fois" in found.evidence.reason
    assert [c.iodas_id for c in found.evidence.candidates] == ["1", "2"]  # the agent may choose the copy
    assert policy.match(searched, [full, replace(copy, first_names=("ROSE",))]).beneficiary == full


def test_a_woman_searched_by_a_birth_name_her_record_lacks_is_offered_to_the_agent() -> None:
    """'Durand Jeanne', born that day, against MARTIN JEANNE whose record holds no birth name: perhaps her, by her
    married name. A doubt whose candidate the agent can choose: the doubt is settled among its evidence."""
    wife = person(iodas_id="5", usage_name="MARTIN", birth_name=None, first_names="JEANNE", sex="F",
                  birth_date=date(1936, 5, 8))
    searched = identity(last_name="Durand", first_names="Jeanne", birth_date=date(1936, 5, 8))
    found = policy.match(searched, [wife], NameFacts(share_by_name={"JEANNE": 0.01}))
    assert found.status is MatchStatus.AMBIGUOUS and "ne porte qu'un nom" in found.evidence.reason
    [offered] = found.evidence.candidates
    assert (offered.iodas_id, offered.field_scores["first_names"], offered.field_scores["birth_date"]) == ("5", 1, 1)


def test_a_record_without_its_sex_counted_as_a_woman_s_is_told_so_to_the_agent() -> None:
    """An extract may leave the sex out: such a record may still be the woman searched by a name it lacks, and the
    agent reads that its sex is not known, rather than that it is a woman's."""
    record = person(iodas_id="5", usage_name="MARTIN", birth_name=None, first_names="JEANNE", sex=None,
                    birth_date=date(1936, 5, 8))
    searched = identity(last_name="Durand", first_names="Jeanne", birth_date=date(1936, 5, 8))
    facts = NameFacts(share_by_name={"JEANNE": 0.01})
    unknown = policy.match(searched, [record], facts).evidence.reason
    assert unknown.startswith("1 femme(s) ou personne(s) de sexe non renseigné née(s) ce jour-là")
    woman = policy.match(searched, [replace(record, sex="F")], facts).evidence.reason
    assert woman.startswith("1 femme(s) née(s) ce jour-là")


def test_a_doubt_also_offers_a_woman_whose_record_lacks_the_birth_name_typed() -> None:
    """DURAND MARIE may be 'Durand Jeanne' (a lone recorded first name, not typed): a doubt, and MARTIN JEANNE, born
    that day without a recorded birth name, may be her too; the agent is offered both (measured on the independent
    corpora: 6 member doubts in 988 lacked the member among their candidates before)."""
    durand = person(iodas_id="4", usage_name="DURAND", birth_name=None, first_names="MARIE", sex="F",
                    birth_date=date(1936, 5, 8))
    wife = replace(durand, iodas_id="5", usage_name="MARTIN", first_names=("JEANNE",))
    searched = identity(last_name="Durand", first_names="Jeanne", birth_date=date(1936, 5, 8))
    found = policy.match(searched, [durand, wife], NameFacts(share_by_name={"JEANNE": 0.01, "MARIE": 0.05}))
    assert found.status is MatchStatus.AMBIGUOUS
    assert [(c.iodas_id, c.in_doubt) for c in found.evidence.candidates] == [("4", True), ("5", True)]


def test_another_spelling_borne_by_no_one_else_beside_a_family_of_the_typed_name_is_a_slip_in_the_record() -> None:
    """JONES typed, JONEZ on this record alone while forty records bear JONES: the record slipped, it is not a
    phonetic twin family (the blind corpora deferred 5 to 25 members in 5,000 searches so, none of them another
    person). Both spellings borne by several, the typed one borne by no one here, or the record's other surname a
    slip of that spelling (GARNIRE, née GARNIER: a family that spells itself so) stay doubts."""
    record = person(usage_name="JONEZ", birth_name=None, first_names="EDITH", birth_date=date(1936, 5, 8))
    years = {1935: 1000, 1936: 1000, 1937: 1000}
    facts = NameFacts(share_by_name={"EDITH": 0.001}, share_by_sound={"JON": 0.0001}, born_by_year=years,
                      bearers_by_spelling={"JONES": 40, "JONEZ": 1})
    searched = identity(last_name="Jones", first_names="Edith", birth_date=date(1936, 5, 8))
    assert policy.match(searched, [record], facts).beneficiary == record
    crauisac = replace(record, usage_name="CRAUISAC")  # two edits, one sound: the record's spelling all the same
    assert policy.match(replace(searched, last_name="Croisac"), [crauisac],
                        replace(facts, bearers_by_spelling={"CROISAC": 3, "CRAUISAC": 1},
                                share_by_sound={"KROIZAK": 0.0001})).beneficiary == crauisac
    for bearers in ({"JONES": 40, "JONEZ": 3}, {"JONES": 1, "JONEZ": 1}):
        assert policy.match(searched, [record], replace(facts, bearers_by_spelling=bearers)).status \
            is MatchStatus.AMBIGUOUS, bearers
    garnire = replace(record, usage_name="GARNIRE", birth_name="GARNIER", sex="F")
    garnir = replace(facts, bearers_by_spelling={"GARNIR": 40, "GARNIRE": 1, "GARNIER": 1},
                     share_by_sound={"GARNI": 0.0001})
    assert policy.match(replace(searched, last_name="Garnir"), [garnire], garnir).status is MatchStatus.AMBIGUOUS


def test_a_fit_on_a_slip_whose_every_aid_started_after_the_death_is_a_doubt() -> None:
    """WESTLEY PHILIP born the 22nd, granted his aid in 2018, is not the Philip Westley born the 25th who died in
    2016 (a namesake the blind generator planted, the one wrong answer in 10,000 of its unseen seed 8): a doubt,
    as a mistyped death date would be. Born that very day, or aided before the death, he is the deceased; the
    test can be turned off for an extract whose aid dates may follow a death."""
    aided = person(usage_name="WESTLEY", birth_name="WESTLEY", first_names="PHILIP", birth_date=date(1935, 5, 22),
                   sex="M")
    aided = replace(aided, aids=(Aid(code="APA", start=date(2018, 4, 27)),))
    searched = identity(last_name="Westley", first_names="Philip", birth_date=date(1935, 5, 25),
                        death_date=date(2016, 2, 21))
    years = {1934: 1000, 1935: 1000, 1936: 1000}
    facts = NameFacts(share_by_name={"PHILIP": 0.001}, share_by_sound={"WESTLEY": 0.0001}, born_by_year=years)
    found = policy.match(searched, [aided], facts)
    assert found.status is MatchStatus.AMBIGUOUS and "après la date de décès" in found.evidence.reason
    assert policy.match(replace(searched, death_date=date(2019, 1, 3)), [aided], facts).beneficiary == aided
    assert policy.match(replace(searched, birth_date=date(1935, 5, 22)), [aided], facts).beneficiary == aided
    assert ThresholdPolicy(aids_after_death=0).match(searched, [aided], facts).beneficiary == aided
    also_before = replace(aided, aids=(Aid(code="AM", start=date(2012, 1, 1)), *aided.aids))
    assert policy.match(searched, [also_before], facts).beneficiary == also_before


def test_the_reason_counts_the_people_weighed_as_french_writes_it() -> None:
    """« 1 candidat examiné, 1 comparé », not « 1 candidats examinés »: agents and `notaires match` read it."""
    alone = policy.match(_louis(), [FATHER]).evidence.reason
    assert alone.endswith("(1 candidat examiné, 1 comparé)")
    nobody = policy.match(_louis(), []).evidence.reason
    assert nobody == "aucun bénéficiaire ne correspond (0 candidat examiné, 0 comparé)"
    both = policy.match(_louis(), [FATHER, SON]).evidence.reason
    assert both.endswith("(2 candidats examinés, 1 comparé)")  # the son, born 27 years later, is not compared


def test_two_records_of_both_her_names_born_a_day_apart_are_one_woman_entered_twice_however_common_each_name() -> None:
    """CHEVALIER née ROUX THERESE twice, born on the 8th and the 9th, one file holding her APA, the other her ASH:
    searched as 'Chevalier Thérèse' born on the 8th, the exact file alone was answered (an audit's case: the
    ASH's créance missed), as namesakes of CHEVALIER THERESE born within a slip are common. Two distinct women
    would have to share both names that both records hold: that is rare, and the agent is asked."""
    apa = person(iodas_id="1", sex="F", usage_name="CHEVALIER", birth_name="ROUX", first_names="THERESE",
                 birth_date=date(1929, 8, 8), aids=("APA",))
    ash = person(iodas_id="2", sex="F", usage_name="CHEVALIER", birth_name="ROUX", first_names="THERESE",
                 birth_date=date(1929, 8, 9), aids=("ASH",))
    common = NameFacts(share_by_name={"THERESE": 0.2}, born_by_year={1928: 20_000, 1929: 20_000, 1930: 20_000},
                       share_by_sound={sound_key("CHEVALIER"): 0.01, sound_key("ROUX"): 0.0001})
    searched = identity(last_name="Chevalier", first_names="Thérèse", birth_date=date(1929, 8, 8))
    found = policy.match(searched, [apa, ash], common)
    assert found.status is MatchStatus.AMBIGUOUS and "saisie deux fois" in found.evidence.reason
    assert [c.iodas_id for c in found.evidence.candidates][:2] == ["1", "2"]
    unmarried = replace(apa, birth_name="CHEVALIER")  # nothing more on the records than what was typed
    assert policy.match(searched, [unmarried, replace(ash, birth_name="CHEVALIER")], common).beneficiary == unmarried


def test_a_copy_doubt_says_what_differs_between_the_two_files() -> None:
    """GARNIER SIMONE twice, born the same day, one file without her birth name: nothing is « à une faute de frappe
    près »; STANLEY SALLY with a slip in the day says so."""
    full = person(iodas_id="1", usage_name="STANLEY", birth_name="HAYNES", first_names="SALLY",
                  birth_date=date(1959, 7, 18))
    searched = identity(last_name="Haynes", first_names="Sally", birth_date=date(1959, 7, 18))
    same = policy.match(searched, [full, replace(full, iodas_id="2", birth_name=None)]).evidence.reason
    assert same.startswith("un autre dossier porte ces nom et prénoms, né le même jour : peut-être la même personne")
