"""First names' sexes and shares are learnt from the records, and only trusted when the records are clear."""

from datetime import date

import pytest

from domain.matching.blocking import record_sounds
from domain.matching.name_facts import NO_FACTS, NameFacts
from tests.support.builders import person


def _learnt() -> NameFacts:
    return NameFacts.learn([
        ("F", "MARIE", 99), ("M", "MARIE", 1),  # one record of a man keyed 'Marie' by mistake
        ("M", "JEAN-PIERRE PAUL", 40), ("M", "CLAUDE", 30), ("F", "CLAUDE", 30), ("F", "ODETTE", 5),
    ])


def test_a_first_name_tells_a_sex_only_when_the_records_agree_on_it_often_enough() -> None:
    facts = _learnt()
    assert facts.sex_of("Marie Louise") == "F"
    assert facts.sex_of("Jean-Pierre") == "M" and facts.sex_of("Jean Pierre") is None
    assert facts.sex_of("Claude") is None  # given to both
    assert facts.sex_of("Odette") is None  # too few records to be sure


def test_only_the_sex_told_by_a_known_name_contradicts_a_record() -> None:
    facts = _learnt()
    assert facts.contradicts("Marie", "M")
    assert not facts.contradicts("Marie", "F")
    assert not facts.contradicts("Claude", "M")
    assert not facts.contradicts("Marie", None)
    assert not NO_FACTS.contradicts("Marie", "M")


def test_the_chance_that_first_names_agree_is_the_share_of_records_bearing_the_shared_ones() -> None:
    facts = _learnt()
    assert facts.chance_of_agreeing("Marie Thérèse", "MARIE") == 100 / 205
    assert facts.chance_of_agreeing("Jean-Pierre Paul", "JEAN-PIERRE PAUL") == (40 / 205) ** 2
    assert facts.chance_of_agreeing("Zoé", "ZOE") == 1.0  # unknown here: no evidence of rarity
    assert facts.chance_of_agreeing("Marie", "MAIRE") == 100 / 205  # a slip in the record: the typed name's share
    assert NO_FACTS.chance_of_agreeing("Marie", "MARIE") == 1.0
    assert facts.chance_of_agreeing("Jean Pierre Paul", "JEAN-PIERRE") == 40 / 205  # the hyphen dropped
    # The record dropped the hyphen: the compound shares its parts (before, 1.0, which made 'Astrid-Marianne' look
    # common, and a married woman searched by her birth name so was missed).
    assert facts.chance_of_agreeing("Claude-Odette", "CLAUDE ODETTE") == (60 / 205) * (5 / 205)


def test_a_typed_slip_that_a_record_repeats_does_not_make_first_names_seem_rare() -> None:
    facts = NameFacts.learn([("M", "JOHN", 300), ("M", "JLHN", 1), ("F", "MARY", 100)])
    # 'Jlhn' agrees with JOHN by a slip: the clerk's slip, borne once, is not the name that agrees by chance.
    assert facts.chance_of_agreeing("Jlhn", "JOHN") == 300 / 401
    assert facts.chance_of_agreeing("John", "JLHN") == 300 / 401


def test_a_surname_share_is_the_share_of_records_bearing_its_sound_and_a_year_tells_how_many_are_born_a_day() -> None:
    facts = NameFacts.learn([("M", "JEAN", 10)], [("MARTIN", 7), ("LEFEVRE", 3), ("DUPONT", 3), ("DUPONT", 1)],
                            [(1930, 730), (1931, 365)])
    assert facts.share_by_sound == {"MARTIN": 0.7, "LEFEVRE": 0.3, "DUPONT": 0.4}
    # Per day, the busiest of the year before, the year and the year after: 2 records born a day in 1930.
    assert facts.bearers_by_chance({"DUPONT"}, date(1931, 3, 1), 50) == pytest.approx(0.4 * 730 / 365.25 * 50)
    assert facts.bearers_by_chance({"DUPONT", "MARTIN"}, date(1931, 3, 1), 1) == pytest.approx(0.7 * 730 / 365.25)
    assert facts.bearers_by_chance({"DURAND"}, date(1931, 3, 1), 50) == 0.0
    assert NO_FACTS.bearers_by_chance({"MARTIN"}, date(1931, 3, 1), 50) is None


def test_facts_learnt_from_people_agree_with_facts_learnt_from_rows() -> None:
    people = [person(iodas_id="1", usage_name="LEFÈVRE", birth_name="MARTIN", first_names="MARIE",
                     birth_date=date(1930, 1, 1)),
              person(iodas_id="2", usage_name="LEFEBVRE", birth_name=None, first_names="JEAN PAUL",
                     birth_date=date(1931, 1, 1))]
    facts = NameFacts.of(people)
    lefevre, martin = record_sounds("LEFÈVRE", "MARTIN")
    assert facts == NameFacts.learn([(p.sex, " ".join(p.first_names), 1) for p in people],
                                    [(lefevre, 2), (martin, 1)], [(1930, 1), (1931, 1)],
                                    [("LEFÈVRE", 1), ("MARTIN", 1), ("LEFEBVRE", 1)])
    assert (facts.bearers_of("Lefèvre"), facts.bearers_of("lefevre"), facts.bearers_of("Durand")) == (1, 1, 0)
    assert facts.share_by_sound == {lefevre: 1.0, martin: 0.5}  # both spellings sound alike, each record counts once
