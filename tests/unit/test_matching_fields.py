"""Normalisation, the French sound key and the per-field scores."""

from datetime import date

import pytest

from domain.beneficiary import Beneficiary
from domain.matching.blocking import RARE_FIRST_NAME, blocking_keys, record_given, record_sounds
from domain.matching.name_facts import NameFacts
from domain.matching.normalize import civil_parts, core_key, first_name_units, given_names
from domain.matching.phonetic import sound_key
from domain.matching.policy import ThresholdPolicy
from domain.matching.first_names import PARTIAL, UNVERIFIED, first_names_score
from domain.matching.scoring import (DECADE_DIGIT, ONE_DIGIT, PRESUMED, SWAPPED, SWAPPED_AND_SLIPPED, _keying_slip,
                                     birth_date_score, surname_similarity)
from domain.matching.name_variants import Variant, variant_of
from domain.matching.similarity import OTHER_GENDER, SLIP, first_name_similarity, is_other_gender, spelling_similarity
from tests.support.builders import identity, person


@pytest.mark.parametrize("a, b", [
    ("Lefèvre", "LEFEBVRE"), ("Thibault", "THIBAUT"), ("Giraud", "GIRAULT"), ("Rousseau", "ROUSSAU"),
    ("Gauthier", "GAUTIER"), ("Mathieu", "MATTHIEU"), ("N'Diaye", "NDIAYE"), ("Le Brun", "LEBRUN"),
    ("Schmitt", "SCHMIDT"), ("Dupont", "DUPOND"), ("Catherine", "KATHERINE"), ("Smith", "SMYTH"),
    ("Saint-Martin", "ST MARTIN"), ("Sainte-Marie", "STE-MARIE"), ("Tanguy", "TANGUI"), ("Nguyen", "NGUIEN"),
])
def test_spelling_variants_of_a_name_share_a_sound_key(a: str, b: str) -> None:
    assert sound_key(a) == sound_key(b) != ""


@pytest.mark.parametrize("a, b", [("Martin", "Morel"), ("Petit", "Richard"), ("Durand", "Dubois")])
def test_different_names_keep_different_sound_keys(a: str, b: str) -> None:
    assert sound_key(a) != sound_key(b)


def test_particles_and_compound_first_names_are_keyed_every_way() -> None:
    assert core_key("de La Fontaine") == core_key("FONTAINE") == "FONTAINE"
    assert first_name_units("Jean-Pierre") == {"JEANPIERRE"}
    assert {"JEAN", "PIERRE", "JEANPIERRE"} <= first_name_units("Jean Pierre")


@pytest.mark.parametrize("typed, known", [
    ("de La Fontaine", "LAFONTAINE"), ("de La Fontaine", "DELAFONTAINE"), ("Le Goff", "LEGOFF"),
    ("Dupont", "DUPONT-MOREAU"), ("N'Diaye", "N DIAYE"), ("Lefevre", "LEFEBVRE"), ("Rousseau", "ROUSEAU"),
    ("Martin", "DUPONT EP MARTIN"), ("Dupont épouse Martin", "DUPONT"), ("veuve Martin", "MARTIN"),
    ("Dupont", "MARTIN NEE DUPONT"), ("de Lattre", "LTATRE"), ("Leborgne", "LE BORGNE-TARDARD"),
    ("Le Borgne", "LEBORGNE-TARDARD"),
])
def test_a_surname_written_otherwise_still_agrees(typed: str, known: str) -> None:
    assert surname_similarity(typed, known) >= SLIP


def test_one_keying_slip_is_told_apart_from_another_name() -> None:
    assert spelling_similarity("MARTIN", "MATRIN") == SLIP
    assert spelling_similarity("MARTIN", "MORIN") < SLIP


@pytest.mark.parametrize("typed, recorded", [("FIELD", "FIELCL"), ("SMITH", "SMITLI"), ("DEANE", "CLEANE"),
                                             ("WATTS", "VVATTS"), ("BARNES", "BAMES"), ("DOROTHY", "DOROTLIY")])
def test_a_letter_a_scanner_read_as_two_or_two_as_one_is_a_slip(typed: str, recorded: str) -> None:
    assert spelling_similarity(typed, recorded) == spelling_similarity(recorded, typed) == SLIP


@pytest.mark.parametrize("typed, known", [("Lloyd Jones", "LLYOD"), ("Dupont-Moreau", "DUPOND"), ("Gay", "GY"),
                                          ("Cxo", "COX"), ("Roy", "RAY")])
def test_a_slip_in_a_part_of_a_compound_or_in_a_name_of_three_letters_is_a_doubt_not_a_slip(typed: str,
                                                                                           known: str) -> None:
    assert ThresholdPolicy().surname_doubt_floor <= surname_similarity(typed, known) < SLIP


@pytest.mark.parametrize("typed, known", [("Guillée", "GUJLLES"), ("David", "DAVAUD"), ("Nascimento", "NASCIMNETOS"),
                                          ("Kerbrat", "KERBARTT")])
def test_two_slips_in_a_name_of_five_letters_or_more_are_a_doubt_whatever_its_length(typed: str, known: str) -> None:
    assert ThresholdPolicy().surname_doubt_floor <= surname_similarity(typed, known) < SLIP


@pytest.mark.parametrize("typed, known", [("Roux", "RIOS"), ("Moreau", "MORIN"), ("Martin", "BERTON")])
def test_names_three_edits_apart_or_two_in_four_letters_are_other_names(typed: str, known: str) -> None:
    assert surname_similarity(typed, known) < ThresholdPolicy().surname_doubt_floor


@pytest.mark.parametrize("a, b", [("HOLM", "LIOLN"), ("DUPONT", "CLUPONTS"), ("MOREL", "RNOREAU"), ("FORD", "FOCL")])
def test_a_misreading_and_another_slip_are_no_slip(a: str, b: str) -> None:
    assert spelling_similarity(a, b) < SLIP


@pytest.mark.parametrize("a, b", [("JEAN", "JEANNE"), ("LOUIS", "LOUISE"), ("MICHEL", "MICHELLE"),
                                  ("HENRI", "HENRIETTE"), ("ANDRE", "ANDREE"), ("MICHHELE", "MICHEL"),
                                  ("LYNN", "LYNNE")])
def test_a_first_name_and_its_feminine_form_are_two_people(a: str, b: str) -> None:
    assert is_other_gender(a, b) or a.endswith("E") != b.endswith("E")
    assert first_names_score(identity(first_names=a), person(first_names=b)) == OTHER_GENDER


@pytest.mark.parametrize("typed, recorded", [("Pierr", "PIERRE"), ("Moniqu", "MONIQUE"), ("Anni", "ANNIE"),
                                              ("Claudett", "CLAUDETTE"), ("Isabell", "ISABELLE")])
def test_a_final_e_dropped_by_a_slip_that_leaves_no_man_s_name_is_a_slip(typed: str, recorded: str) -> None:
    assert not is_other_gender(typed.upper(), recorded)
    assert first_names_score(identity(first_names=typed), person(first_names=recorded)) == SLIP


@pytest.mark.parametrize("typed, recorded", [
    ("Jeanne", "JEANNE MARIE"), ("Marie Jeanne", "JEANNE MARIE"), ("Jean Pierre", "JEAN-PIERRE"),
    ("Jean Pierre Marie", "JEAN"), ("Jeane", "JEANNE"), ("Pierre André", "ANDRE PIERRE"),
    ("Marie Christine", "MARIE-CHRISTINE FATIMA"), ("Jean-Claude", "JEAN CLAUDE DENIS"),
])
def test_first_names_agree_in_any_order_and_form(typed: str, recorded: str) -> None:
    assert first_names_score(identity(first_names=typed), person(first_names=recorded)) >= SLIP


@pytest.mark.parametrize("typed, recorded", [("Jean", "JEAN-PIERRE"), ("Marie-France", "MARIE"),
                                             ("Jean-Marie", "JEAN")])
def test_a_hyphenated_first_name_is_one_name_not_two(typed: str, recorded: str) -> None:
    assert first_names_score(identity(first_names=typed), person(first_names=recorded)) < SLIP


def test_a_lone_recorded_first_name_that_was_not_typed_cannot_be_checked() -> None:
    assert first_names_score(identity(first_names="Christian"), person(first_names="JEAN-CLAUDE")) == UNVERIFIED


def test_a_shared_second_first_name_is_weak_evidence() -> None:
    typed = identity(first_names="Nathalie Suzanne Marie")
    assert first_names_score(typed, person(first_names="MARIE NICOLE")) == PARTIAL
    assert first_names_score(identity(first_names="Jean-Paul"), person(first_names="JEAN-PIERRE")) < SLIP


@pytest.mark.parametrize("typed, known, expected", [
    (date(1931, 4, 12), date(1931, 4, 12), 1.0),
    (date(1931, 4, 12), date(1931, 12, 4), SWAPPED),
    (date(1931, 4, 12), date(1932, 4, 12), ONE_DIGIT),
    (date(1931, 4, 12), date(1931, 4, 21), ONE_DIGIT),
    (date(1939, 4, 12), date(1940, 4, 12), ONE_DIGIT),
    (date(1931, 4, 12), date(1961, 4, 12), DECADE_DIGIT),
    (date(1931, 4, 12), date(1941, 4, 12), ONE_DIGIT),  # ten years: no generation apart
    (date(1936, 4, 12), date(1963, 4, 12), DECADE_DIGIT),  # swapped digits, 27 years: a father and a son
    (date(1931, 4, 19), date(1931, 4, 20), ONE_DIGIT),  # the next day, two digits apart
    (date(1931, 4, 30), date(1931, 5, 1), ONE_DIGIT),
    (date(1931, 12, 31), date(1932, 1, 1), ONE_DIGIT),
    (date(1931, 4, 19), date(1931, 4, 21), 0.0),
    (date(1935, 11, 7), date(1931, 7, 11), SWAPPED_AND_SLIPPED),  # two slips: only a doubt
    (date(1935, 11, 7), date(1945, 7, 11), 0.0),  # swapped, and ten years: a decade digit is no keying slip here
    (date(1935, 11, 11), date(1931, 11, 11), ONE_DIGIT),  # nothing to swap
    (date(1931, 4, 12), date(1931, 7, 30), 0.0),
    (date(1931, 4, 12), date(1958, 9, 3), 0.0),
])
def test_birth_dates_forgive_a_swap_one_keystroke_or_one_day(typed: date, known: date, expected: float) -> None:
    assert birth_date_score(typed, known) == expected


@pytest.mark.parametrize("typed, known, expected", [
    (date(1935, 7, 14), date(1935, 1, 1), PRESUMED),  # 'né en 1935' on record, the day on the death certificate
    (date(1935, 1, 1), date(1935, 7, 14), PRESUMED),  # and the other way round
    (date(1935, 12, 31), date(1935, 3, 5), PRESUMED),
    (date(1935, 1, 1), date(1935, 1, 7), ONE_DIGIT),  # a keying slip reads better
    (date(1935, 7, 14), date(1936, 1, 1), 0.0),  # another year: nothing agrees
    (date(1935, 7, 14), date(1935, 7, 1), 0.0),  # the 1st of a month is a day like any other
])
def test_a_date_that_may_stand_for_its_year_alone_agrees_with_that_year_as_a_doubt(typed: date, known: date,
                                                                                 expected: float) -> None:
    assert birth_date_score(typed, known) == expected


def test_the_date_comparison_agrees_with_a_digit_by_digit_reading() -> None:
    """Shortcuts (no digit read when year, month and day all differ) change no score: every date one keystroke,
    one transposition or one year away from a reference, and far dates, scored against the plain reading."""
    def plain(typed: date, known: date) -> float:
        if typed == known:
            return 1.0
        if (typed.year, typed.month, typed.day) == (known.year, known.day, known.month):
            return SWAPPED
        if abs((typed - known).days) == 1:
            return ONE_DIGIT
        return _keying_slip(typed.isoformat().replace("-", ""), known.isoformat().replace("-", ""))

    reference = date(1938, 11, 29)
    digits = reference.isoformat().replace("-", "")
    variants = {digits[:i] + d + digits[i + 1:] for i in range(8) for d in "0123456789"}
    variants |= {digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:] for i in range(7)}
    dates = {date(reference.year + k, 11, 29) for k in (-11, -10, -1, 1, 30)} | {date(1940, 1, 2), date(1939, 12, 11)}
    dates |= {date(1938, 11, 30), date(1938, 12, 1), date(1938, 11, 28)}
    for text in variants:
        try:
            dates.add(date(int(text[:4]), int(text[4:6]), int(text[6:])))
        except ValueError:
            continue
    assert len(dates) > 40
    for known in dates:
        assert birth_date_score(reference, known) == plain(reference, known), known


@pytest.mark.parametrize("typed, recorded", [("Mary J.", "MARY JANE"), ("Mary Jane", "MARY J"),
                                             ("John F Kennedy", "JOHN FITZGERALD"), ("Jean P", "JEAN PAUL")])
def test_an_initial_agrees_with_the_names_it_begins(typed: str, recorded: str) -> None:
    assert first_names_score(identity(first_names=typed), person(first_names=recorded)) >= SLIP


@pytest.mark.parametrize("typed, recorded", [("Mary J.", "MARY ANN"), ("J.", "JOHN"), ("J P", "JEAN PIERRE"),
                                             ("Hélène M. J.", "JOSETTE"), ("Noël J. P. C.", "PIERRE PHILIPPE")])
def test_an_initial_that_disagrees_or_stands_alone_is_no_agreement(typed: str, recorded: str) -> None:
    """Another initial is another name; initials alone are too common to tell anyone, and so are initials beside
    whole names that were not found (a sister 'Hélène M. J.' is not 'JOSETTE')."""
    assert first_names_score(identity(first_names=typed), person(first_names=recorded)) < SLIP


@pytest.mark.parametrize("typed, recorded", [
    ("Marie-Thérèse", "M THERESE"), ("Marie-Thérèse", "M-THERESE"), ("Marie Thérèse", "M.THERESE"),
    ("Jean-Pierre", "JEAN-P"), ("Jean-Pierre", "J PIERRE"), ("J.-Pierre", "JEAN-PIERRE"),
    ("Jean-Pierre Marie", "J-PIERRE MARIE"), ("Pierre-Jean", "PIERRE-J")])
def test_a_compound_first_name_shortened_to_an_initial_agrees_with_the_compound(typed: str, recorded: str) -> None:
    """Legacy records short of room write 'J-PIERRE' or 'M. THERESE'; a clerk may too."""
    assert first_names_score(identity(first_names=typed), person(first_names=recorded)) >= SLIP


@pytest.mark.parametrize("typed, recorded", [("Jean-Paul", "J PIERRE"), ("Jean-Pierre", "J-PAUL"),
                                             ("Jean-Pierre", "M-PIERRE"), ("Pierre-Jean", "PIERRE-M")])
def test_a_shortened_compound_of_another_name_is_no_agreement(typed: str, recorded: str) -> None:
    assert first_names_score(identity(first_names=typed), person(first_names=recorded)) < SLIP


def test_only_a_hyphen_or_a_dot_joins_an_initial_to_a_name() -> None:
    """'N'Golo' is a name, not an initial and GOLO."""
    assert given_names("J.-Pierre M-Thérèse N'Golo") == ("J", "PIERRE", "M", "THERESE", "NGOLO")
    assert given_names("Jean-Pierre") == ("JEANPIERRE",)


@pytest.mark.parametrize("typed, recorded", [("John", "JAMES J"), ("Kay", "JOYCE K"), ("George W", "WILLIAM G"),
                                             ("Marie", "CHRISTINE M")])
def test_a_name_that_only_a_recorded_initial_agrees_with_cannot_be_checked(typed: str, recorded: str) -> None:
    """A record keeping a middle name as its initial, searched by that middle name: the name the person went by,
    or a twin whose name begins with that letter. A doubt, as a lone recorded name that was not typed."""
    assert first_names_score(identity(first_names=typed), person(first_names=recorded)) == UNVERIFIED


@pytest.mark.parametrize("typed, recorded", [("Paul", "JAMES J"), ("J", "JAMES J"), ("John Paul", "JAMES J")])
def test_a_name_no_recorded_initial_or_name_explains_disagrees(typed: str, recorded: str) -> None:
    assert first_names_score(identity(first_names=typed), person(first_names=recorded)) < UNVERIFIED


def test_a_name_of_civil_status_holds_two_surnames_of_one_person() -> None:
    assert civil_parts("Dupont épouse Martin") == ("DUPONT", "MARTIN") and civil_parts("Dupont") == ()
    assert surname_similarity("Martin", "DUPONT EP MARTIN") == 1.0
    assert surname_similarity("Durand", "DUPONT EP MARTIN") < SLIP
    assert set(record_sounds("DUPONT EP MARTIN", None)) == {sound_key("Dupont"), sound_key("Martin")}


@pytest.mark.parametrize("typed, recorded", [
    ("Bill", "WILLIAM"), ("William", "BILL"), ("Peggy", "MARGARET"), ("Jim", "JAMES"), ("Liz", "ELIZABETH"),
    ("Bob Henry", "ROBERT HENRY"), ("Henry Bob", "ROBERT"),
])
def test_a_short_form_of_a_first_name_is_the_name_itself(typed: str, recorded: str) -> None:
    """Spelling alone would not see it: 'BILL' and 'WILLIAM' share no letter."""
    assert first_names_score(identity(first_names=typed), person(first_names=recorded)) == SLIP


def test_a_short_form_borne_by_both_sexes_is_only_a_doubt() -> None:
    """'Pat' is PATRICK or PATRICIA: a brother and a sister born that day would be its two readings."""
    assert variant_of("PAT", "PATRICIA") is Variant.EITHER_SEX
    assert first_names_score(identity(first_names="Pat"), person(first_names="PATRICIA")) == PARTIAL
    assert first_names_score(identity(first_names="Patty"), person(first_names="PATRICIA")) == SLIP


@pytest.mark.parametrize("a, b", [("BILL", "ROBERT"), ("PEGGY", "MARY"), ("JEAN", "JEANNE"), ("JACK", "JAMES")])
def test_a_short_form_of_another_name_is_no_agreement(a: str, b: str) -> None:
    assert variant_of(a, b) is None
    assert first_name_similarity(a, b) < SLIP


def test_a_short_form_of_either_sex_is_the_name_of_the_sex_the_other_first_names_tell() -> None:
    """'Pat Mary' is a woman: PATRICIA, whom no twin brother PATRICK could be typed as."""
    facts = NameFacts(sex_by_name={"MARY": "F", "JOHN": "M"})
    patricia = person(first_names="PATRICIA", sex="F")
    assert first_names_score(identity(first_names="Pat Mary"), patricia, facts) == SLIP
    assert first_names_score(identity(first_names="Pat John"), patricia, facts) < SLIP
    assert first_names_score(identity(first_names="Pat"), patricia, facts) == PARTIAL
    assert first_names_score(identity(first_names="Pat Mary"), patricia) == PARTIAL  # nothing learnt of the names


@pytest.mark.parametrize("typed, recorded", [
    ("Muhammad", "MOHAMED"), ("Hussein", "HOCINE"), ("Youssouf", "YOUSSEF"), ("Mostefa", "MUSTAPHA"),
    ("Hacène", "HASSAN"), ("Khedidja", "KHADIJA"), ("Mohamed Ali", "MOHAMMAD ALI"),
])
def test_another_transliteration_of_a_first_name_is_the_name_itself(typed: str, recorded: str) -> None:
    """The death certificate keeps one transliteration of an Arabic name, a case file perhaps another."""
    assert first_names_score(identity(first_names=typed), person(first_names=recorded)) >= SLIP


def test_transliterations_of_two_names_stay_two_names() -> None:
    assert variant_of("MOHAMED", "AHMED") is None
    assert first_name_similarity("HOCINE", "HASSAN") < SLIP


def test_a_short_form_borne_here_as_a_name_in_its_own_right_is_only_a_doubt() -> None:
    """Where records hold women named NANCY, a 'Nancy' born the day an ANNE was is as likely her sister, or a
    stranger, as that ANNE known by her short form; 'Bill', which no record bears, is still WILLIAM."""
    facts = NameFacts(share_by_name={"NANCY": 0.004, "ANNE": 0.02, "WILLIAM": 0.03, "MARY": 0.05})
    assert first_names_score(identity(first_names="Nancy"), person(first_names="ANNE"), facts) == PARTIAL
    assert first_names_score(identity(first_names="Anne"), person(first_names="NANCY"), facts) == PARTIAL
    assert first_names_score(identity(first_names="Bill"), person(first_names="WILLIAM"), facts) == SLIP
    assert first_names_score(identity(first_names="Mary Nancy"), person(first_names="MARY"), facts) == 1.0


def test_a_short_form_records_hold_only_as_a_nickname_is_still_the_name() -> None:
    """Legacy records that wrote what people were called (JIM for a JAMES) bear the short form, but as a nickname:
    a handful against its full name's bearers. It is no name of its own, and 'Jim' is still JAMES (a corpus written
    blind held such nicknames at 0.6–3 % of their full names; NANCY against ANNE, above, is 20 %)."""
    facts = NameFacts(share_by_name={"JIM": 0.0004, "JAMES": 0.04})
    assert first_names_score(identity(first_names="Jim"), person(first_names="JAMES", sex="M"), facts) == SLIP
    assert first_names_score(identity(first_names="James"), person(first_names="JIM", sex="M"), facts) == SLIP
    named = NameFacts(share_by_name={"JIM": 0.004, "JAMES": 0.04})  # 10 %: a name some were given
    assert first_names_score(identity(first_names="Jim"), person(first_names="JAMES", sex="M"), named) == PARTIAL


def test_a_lone_recorded_name_that_leads_a_typed_compound_one_is_a_doubt_not_another_person() -> None:
    """A legacy record that kept 'the first first name' may have stopped at the hyphen: JEAN for 'Jean-Pierre
    Louis'. Several typed names none of which is the record's cannot be checked: later names, or a twin's."""
    facts = NameFacts(share_by_name={"JEAN": 0.05, "JEANPIERRE": 0.01, "LOUIS": 0.02})
    jean = person(first_names="JEAN", sex="M")
    assert first_names_score(identity(first_names="Jean-Pierre Louis"), jean, facts) == PARTIAL
    assert first_names_score(identity(first_names="Pierre Louis"), jean, facts) == UNVERIFIED


@pytest.mark.parametrize("typed, recorded, sex", [
    ("Mark", "MARY", "F"), ("Paul", "PAULA", "F"), ("Eric John", "ERICA", "F"), ("Francis", "FRANCES", "F"),
    ("Mary", "MARK", "M"), ("Renee", "RNEE", "M"),  # a name mistyped on record tells no sex: the record's does
])
def test_names_a_slip_apart_that_tell_two_sexes_are_a_brother_and_a_sister(typed: str, recorded: str,
                                                                          sex: str) -> None:
    facts = NameFacts(sex_by_name={"MARK": "M", "MARY": "F", "PAUL": "M", "PAULA": "F", "ERIC": "M", "ERICA": "F",
                                   "FRANCIS": "M", "FRANCES": "F", "RENEE": "F", "RENE": "M"})
    sibling = person(first_names=recorded, sex=sex)
    assert first_names_score(identity(first_names=typed), sibling) >= SLIP  # nothing learnt: a slip
    assert first_names_score(identity(first_names=typed), sibling, facts) == 0.0


def test_a_final_e_dropped_or_doubled_beside_first_names_typed_as_recorded_is_a_doubt_not_a_sibling() -> None:
    """'René Claire' for RENEE CLAIRE, 'Andréé Albert' for ANDRE ALBERT: every other first name is the record's and
    tells its sex; a twin of the other sex would seldom share them all. A doubt, never a file given (two members of
    the corpora written blind and of the third generator were missed so)."""
    facts = NameFacts(sex_by_name={"RENE": "M", "RENEE": "F", "CLAIRE": "F", "ANDRE": "M", "ANDREE": "F",
                                   "ALBERT": "M", "MARIE": "F", "JEAN": "M", "JEANNE": "F", "RAYMONDE": "F",
                                   "LUCIENNE": "F", "RAYMOND": "M"})
    renee = person(first_names="RENEE CLAIRE", sex="F")
    assert first_names_score(identity(first_names="René Claire"), renee, facts) == PARTIAL
    assert first_names_score(identity(first_names="Andréé Albert"), person(first_names="ANDRE ALBERT", sex="M"),
                             facts) == PARTIAL
    # Beside names the record lacks that tell her sex (the record kept her first name alone): a brother never bears
    # them.
    alone = person(first_names="RENEE", sex="F")
    assert first_names_score(identity(first_names="Rene Raymonde Lucienne"), alone, facts) == PARTIAL
    assert first_names_score(identity(first_names="Rene Raymond"), alone, facts) == 0.0
    # Alone, or beside a name the record lacks, or one that tells the other sex: a brother or a sister.
    assert first_names_score(identity(first_names="René"), renee, facts) == 0.0
    assert first_names_score(identity(first_names="René Paul"), renee, facts) == 0.0
    assert first_names_score(identity(first_names="Andrée Marie"), person(first_names="ANDRE MARIE", sex="M"),
                             facts) == 0.0
    # Two letters of gender are another name, not a slip: Jeanne is Jean's sister.
    assert first_names_score(identity(first_names="Jeanne Claire"), person(first_names="JEAN CLAIRE", sex="M"),
                             facts) < PARTIAL


def test_the_sexes_of_names_never_part_the_same_names_in_another_order_nor_a_record_whose_sex_was_mistyped() -> None:
    facts = NameFacts(sex_by_name={"MARIE": "F", "JEAN": "M", "MARY": "F", "MARK": "M", "ANNE": "F", "ANNA": "F"})
    assert first_names_score(identity(first_names="Marie Jean"), person(first_names="JEAN MARIE", sex="M"),
                             facts) >= SLIP
    assert first_names_score(identity(first_names="Mary"), person(first_names="MARY", sex="M"), facts) == 1.0
    assert first_names_score(identity(first_names="Mark"), person(first_names="MARY", sex="M"), facts) >= SLIP
    assert first_names_score(identity(first_names="Anne"), person(first_names="ANNA", sex="F"), facts) >= SLIP


@pytest.mark.parametrize("typed, recorded, sex", [
    ("Paula", "PAUL", "M"), ("Roberta", "ROBERT", "M"), ("Maria", "MARIO", "M"), ("Mario", "MARIA", "F"),
    ("Antonia", "ANTONIO", "M"),
])
def test_a_latin_feminine_of_a_man_s_name_is_a_doubt_when_the_records_tell_nothing_of_it(typed: str, recorded: str,
                                                                                          sex: str) -> None:
    assert first_names_score(identity(first_names=typed), person(first_names=recorded, sex=sex)) == OTHER_GENDER


def test_a_name_in_a_is_no_feminine_of_a_woman_s_name_nor_of_a_record_without_a_sex() -> None:
    assert first_names_score(identity(first_names="Ann"), person(first_names="ANNA", sex="F")) != OTHER_GENDER
    assert first_names_score(identity(first_names="Anna"), person(first_names="ANN", sex="F")) != OTHER_GENDER
    assert first_names_score(identity(first_names="Paula"), person(first_names="PAUL", sex=None)) >= SLIP
    assert first_names_score(identity(first_names="Andrea"), person(first_names="ANDRE", sex="M")) >= SLIP


def test_two_common_names_a_keystroke_apart_that_sound_otherwise_are_a_doubt_not_a_slip() -> None:
    """DONALD and RONALD, twins as often as a slip (found on a corpus never used while building: a twin 'Donald'
    given his brother RONALD MATTHEW's file). A slip of a common name is borne far more seldom (JAEN for JEAN), and
    spellings of one name sound alike (BRIAN, BRYAN): those stay slips."""
    facts = NameFacts(sex_by_name={"DONALD": "M", "RONALD": "M", "JEAN": "M", "JAEN": "M", "BRIAN": "M", "BRYAN": "M"},
                      share_by_name={"DONALD": 0.011, "RONALD": 0.007, "JEAN": 0.05, "JAEN": 0.0003, "BRIAN": 0.01,
                                     "BRYAN": 0.004, "MATTHEW": 0.01})
    assert first_names_score(identity(first_names="Donald"), person(first_names="RONALD MATTHEW", sex="M"),
                             facts) == PARTIAL
    assert first_names_score(identity(first_names="Donald"), person(first_names="RONALD", sex="M")) >= SLIP
    assert first_names_score(identity(first_names="Jaen"), person(first_names="JEAN", sex="M"), facts) >= SLIP
    assert first_names_score(identity(first_names="Bryan"), person(first_names="BRIAN", sex="M"), facts) >= SLIP


@pytest.mark.parametrize("typed, recorded", [
    ("Mary", "MRY"), ("Jhn", "JOHN"), ("René", "RNE"), ("Eic", "ERIC"), ("Yves Marc", "YVS"),
])
def test_a_letter_missed_in_a_short_first_name_is_a_slip_when_the_records_seldom_bear_that_spelling(
        typed: str, recorded: str) -> None:
    """'MRY' and 'JHN' on record, three letters, are too short for one edit to be a slip on spelling alone (ANN and
    ANNA are two names), but no one here is named so (89 members in 235,000 searches were deferred for it)."""
    facts = NameFacts(share_by_name={"MARY": 0.05, "MRY": 0.0001, "JOHN": 0.04, "RENE": 0.01, "ERIC": 0.01,
                                     "YVES": 0.01, "JANE": 0.01, "MARC": 0.01})
    assert first_names_score(identity(first_names=typed), person(first_names=recorded), facts) == SLIP
    assert first_names_score(identity(first_names=typed), person(first_names=recorded)) < SLIP  # nothing learnt


@pytest.mark.parametrize("typed, recorded", [
    ("Edward", "EDDE ALLEN"), ("Don", "DQNALD CHARLES"), ("Eddie John", "EDVVARD J"), ("Edde", "EDWARD"),
])
def test_a_slip_in_a_short_form_or_in_the_name_it_shortens_is_a_slip_when_the_records_seldom_bear_it(
        typed: str, recorded: str) -> None:
    """A short form and a keying slip together ('EDDE' on record for Edward: EDDIE mistyped), found missed on corpora
    written blind. Nothing learnt, the spellings alone do not tell it."""
    facts = NameFacts(share_by_name={"EDWARD": 0.02, "EDDIE": 0.001, "DONALD": 0.01, "ALLEN": 0.003,
                                     "CHARLES": 0.01, "JOHN": 0.04, "EDDE": 0.00001, "DQNALD": 0.00001})
    assert first_names_score(identity(first_names=typed), person(first_names=recorded, sex="M"), facts) == SLIP
    assert first_names_score(identity(first_names=typed), person(first_names=recorded, sex="M")) < SLIP


def test_a_name_of_its_own_a_slip_away_from_a_short_form_s_full_name_is_another_name() -> None:
    """RONALD is a slip away from DONALD, which Don shortens; but RONALD is borne here as a name: a brother."""
    facts = NameFacts(share_by_name={"DONALD": 0.011, "RONALD": 0.007, "DON": 0.0005})
    assert first_names_score(identity(first_names="Don"), person(first_names="RONALD", sex="M"), facts) < SLIP


def test_a_final_e_added_or_dropped_is_a_slip_where_the_records_seldom_bear_that_spelling() -> None:
    """GABRIELLEE, MARIEE, DIAN on record (corpora written blind): a final E is a keystroke, and such spellings are
    borne by a few records. LOUIS and LOUISE, borne alike, are a brother and a sister; and a SIMON recorded as a man
    is a twin brother of 'Simone' whatever his name's rarity."""
    facts = NameFacts(sex_by_name={"SIMON": "M", "SIMONE": "F", "LOUIS": "M", "LOUISE": "F"},
                      share_by_name={"SIMON": 0.001, "SIMONE": 0.03, "LOUIS": 0.03, "LOUISE": 0.03, "DIAN": 0.00005,
                                     "DIANE": 0.004, "EVELYN": 0.01, "MARIE": 0.1, "MARIEE": 0.0001})
    def woman(first_names: str) -> Beneficiary:
        return person(first_names=first_names, sex="F")

    assert first_names_score(identity(first_names="Evelyn Diane"), woman("DIAN EVELYN"), facts) == SLIP
    assert first_names_score(identity(first_names="Marie"), woman("MARIEE"), facts) == SLIP
    assert first_names_score(identity(first_names="Simone"), woman("SIMON"), facts) == SLIP
    assert first_names_score(identity(first_names="Simone"), person(first_names="SIMON", sex="M"), facts) == 0.0
    assert first_names_score(identity(first_names="Louise"), woman("LOUIS"), facts) < SLIP
    assert first_names_score(identity(first_names="Evelyn Diane"), woman("DIAN EVELYN")) < SLIP


def test_two_slips_in_a_long_first_name_the_records_hardly_bear_are_a_slip() -> None:
    """MARIAI, PIERRAI, 'Sebaitan' (corpora written blind, FEBRL): two keystrokes in a name of five letters or more,
    a spelling borne by at most one record in ten thousand. Not a name of its own borne here (KARINE for MARIE), nor
    a spelling one edit from another common name ('Lousie' is LOUISE's slip before it is LOUIS's)."""
    facts = NameFacts(share_by_name={"MARIE": 0.1, "MARIAI": 0.00002, "KARINE": 0.0005, "SEBASTIAN": 0.002,
                                     "LOUIS": 0.03, "LOUISE": 0.03, "SIMONE": 0.02})
    assert first_names_score(identity(first_names="Mariai Simone"), person(first_names="MARIE"), facts) == SLIP
    assert first_names_score(identity(first_names="Sebaitan"), person(first_names="SEBASTIAN", sex="M"),
                             facts) == SLIP
    assert first_names_score(identity(first_names="Karine"), person(first_names="MARIE"), facts) < SLIP
    assert first_names_score(identity(first_names="Lousie"), person(first_names="LOUIS", sex="M"), facts) < SLIP
    assert first_names_score(identity(first_names="Mariai Simone"), person(first_names="MARIE")) < SLIP


@pytest.mark.parametrize("typed, recorded", [("May", "MARY"), ("Ann", "ANNA"), ("Eva", "EVE"), ("Jo", "JOE")])
def test_short_names_one_edit_apart_that_the_records_both_bear_stay_two_names(typed: str, recorded: str) -> None:
    facts = NameFacts(share_by_name={"MAY": 0.006, "MARY": 0.05, "ANN": 0.01, "ANNA": 0.01, "EVA": 0.002, "EVE": 0.003,
                                     "JO": 0.0, "JOE": 0.01})
    assert first_names_score(identity(first_names=typed), person(first_names=recorded), facts) < SLIP


def test_only_first_names_borne_by_few_records_are_blocking_keys() -> None:
    """At a million records, a first name borne by 1 % of them is a key, one borne by 2 % is not: its bearers born
    on a day and month would be too many to fetch for each search, and chance would explain any of them. Names
    typed apart count glued too, as a record holds a hyphenated name: its first one is its key."""
    shares = {"JEANJACQUES": RARE_FIRST_NAME / 1_000_000, "ANDRE": 2 * RARE_FIRST_NAME / 1_000_000}
    keys = blocking_keys("Pasquier", None, date(1950, 3, 21), first_names="Jean Jacques André",
                         bearers=(shares, 1_000_000))
    assert keys.givens == ("JEANJACQUES",)
    assert record_given("JEAN-JACQUES ANDRE") == "JEANJACQUES" and record_given("") == ""
    assert blocking_keys("Pasquier", None, date(1950, 3, 21), first_names="Jean Jacques André",
                         bearers=(shares, 100_000)).givens == ("ANDRE", "JEANJACQUES")
