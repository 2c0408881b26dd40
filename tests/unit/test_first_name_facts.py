"""First names' sexes and shares are learnt from the records, and only trusted when the records are clear."""

from domain.matching.first_name_facts import NO_FACTS, FirstNameFacts


def _learnt() -> FirstNameFacts:
    return FirstNameFacts.learn([
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
