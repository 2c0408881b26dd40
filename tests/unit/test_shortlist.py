"""The shortlist drops exactly the people whose surname the policy ignores, whatever the spelling."""

from dataclasses import replace
from datetime import date
from itertools import product

import pytest

from domain.matching.blocking import NO_BEARERS, blocking_keys, record_sounds
from domain.matching.name_facts import NameFacts
from domain.matching.normalize import name_key
from domain.matching.phonetic import sound_key
from domain.matching.policy import ThresholdPolicy
from domain.matching.scoring import surname_score
from domain.matching.shortlist import Shortlist
from domain.matching import surname_reach
from domain.matching.surname_reach import _reached, reaching_score, typed_names
from tests.support.builders import identity, person

# Particles, compounds, apostrophes, phonetic twins, keying slips (one or two), misreadings, far and vaguely similar
# names.
SPELLINGS = ["de La Fontaine", "LAFONTAINE", "FONTAINE", "Fontaine (de)", "Le Goff", "GOFF", "LEGOFF", "N'Diaye",
             "NDIAYE", "Dupont", "DUPONT-MOREAU", "Moreau Dupont", "MOREAU", "Lefèvre", "LEFEBVRE", "LEFEVRE",
             "Thibault", "THIBAUT", "Giraud", "GIRAULT", "Martin", "MARTNI", "MARTIN", "MARTINEZ", "Mart",
             "Kerbrat", "KERBRTA", "PETIT", "PETITJEAN", "Van der Berg", "VANDERBERG", "BERG", "D'Arc", "DARC",
             "O", "Ô", "De", "DE LA", "Lê", "LE", "Œuvray", "OEUVRAY", "Muller", "MÜLLER", "Beaumont",
             "BEAUMONT-LE-ROY", "Saint-Martin", "ST MARTIN", "St", "STE", "DUPONT EP MARTIN", "Martin née Dupont",
             "veuve Martin", "MARTNI EPOUSE DURAND", "Smith", "SMITLI", "Field", "FIELCL", "Deane", "CLEANE",
             "VVATTS", "Watts", "BARNES", "BAMES", "de Lattre", "LTATRE", "LATTRE", "Lloyd Jones", "LLYOD",
             "LE BORGNE-TARDARD", "LEBORGNE", "Le Borgne", "LEBORGNE-TARDARD", "Dupond", "Gay", "GY", "COX", "CXO",
             "Guillée", "GUJLLES", "DAVID", "DAVAUD", "NASCIMNETOS", "Nascimento", "MOREL", "MOREAU"]
POLICIES = [ThresholdPolicy(), ThresholdPolicy(surname_doubt_floor=0.6), ThresholdPolicy(surname_doubt_floor=0.95)]


@pytest.mark.parametrize("policy", POLICIES, ids=["default", "lenient", "strict"])
def test_a_person_is_dropped_exactly_when_no_surname_reaches_the_floor(policy: ThresholdPolicy) -> None:
    floor = policy.surname_floor
    for typed, birth_typed in product(SPELLINGS, [None, "Durand", "de La Fontaine"]):
        searched = identity(last_name=typed, birth_name=birth_typed)
        keep = Shortlist(policy, searched)
        for usage, birth in product(SPELLINGS, [None, "DURANT", "LEFEVRE"]):
            expected = surname_score(searched, person(usage_name=usage, birth_name=birth)) >= floor
            assert keep.surname_may_count(usage, birth, *record_sounds(usage, birth)) is expected, (typed, birth_typed, usage, birth)


def test_a_namesake_is_kept_even_when_the_policy_would_not_compare_him() -> None:
    strict = ThresholdPolicy(surname_doubt_floor=0.99)
    assert strict.surname_floor < strict.surname_doubt_floor  # a slip of the name still counts as a homonym
    assert Shortlist(strict, identity(last_name="Martin")).surname_may_count("MARTNI", None,
                                                                           *record_sounds("MARTNI", None))


def test_a_woman_born_that_day_whose_record_holds_one_name_is_kept_whatever_her_surname() -> None:
    """The clerk may have typed only her birth name, the record holding her married name alone, or the other way
    round: the policy counts such women (see may_lack_birth_name, may_bear_birth_name_only), born that day or on its
    day and month swapped."""
    searched = identity(last_name="Durand", birth_date=date(1931, 4, 12))
    shortlist = Shortlist(ThresholdPolicy(), searched)
    for birth_name in (None, "MARTIN"):
        sounds = record_sounds("MARTIN", birth_name)
        assert shortlist("MARTIN", birth_name, *sounds, "F", date(1931, 4, 12))
        assert shortlist("MARTIN", birth_name, *sounds, "F", date(1931, 12, 4))
        assert not shortlist("MARTIN", birth_name, *sounds, "M", date(1931, 4, 12))
        assert not shortlist("MARTIN", birth_name, *sounds, "F", date(1931, 4, 13))
        assert not shortlist("MARTIN", birth_name, *sounds, "F", date(1932, 4, 12))
    assert not shortlist("MARTIN", "ROUX", *record_sounds("MARTIN", "ROUX"), "F", date(1931, 4, 12))
    two_names = Shortlist(ThresholdPolicy(), identity(last_name="Durand", birth_name="Petit", birth_date=date(1931, 4, 12)))
    assert not two_names("MARTIN", "MARTIN", *record_sounds("MARTIN", "MARTIN"), "F", date(1931, 4, 12))
    # A common first name: a woman recorded under one name agreeing on it would be common by chance, and is not kept.
    marie = Shortlist(ThresholdPolicy(), replace(searched, first_names="Marie"), NameFacts(share_by_name={"MARIE": 0.1}))
    assert not marie("BERTHELOT", "BERTHELOT", *record_sounds("BERTHELOT", "BERTHELOT"), "F", date(1931, 4, 12))
    assert marie("BERTHELOT", None, *record_sounds("BERTHELOT", None), "F", date(1931, 4, 12))


def test_a_stored_sound_key_is_the_sound_the_comparison_hears() -> None:
    """The shortlist takes the sound keys stored at import: they must be those of the folded name."""
    for name in SPELLINGS:
        assert name_key(name_key(name)) == name_key(name)
        assert sound_key(name_key(name)) == sound_key(name)


def test_a_typed_name_s_sound_key_is_worked_out_once_for_the_blocking_keys_and_the_bound() -> None:
    sound_key.cache_clear()
    blocking_keys("Lefèvre", "Thibault", date(1931, 4, 12), first_names="Jeanne", bearers=NO_BEARERS)
    worked_out = sound_key.cache_info().misses
    assert [t.sound for t in typed_names("Lefèvre", "Thibault")] == ["LEFEVR", "TIBO"]
    assert sound_key.cache_info().misses == worked_out


@pytest.mark.parametrize("stored_sounds", [False, True], ids=["sounds-computed", "sounds-stored"])
@pytest.mark.parametrize("policy", POLICIES, ids=["default", "lenient", "strict"])
def test_the_triage_score_is_exact_from_the_floor_up(policy: ThresholdPolicy, stored_sounds: bool) -> None:
    """The policy's triage scores surnames through the bound, computing sound keys only when needed; the index
    gives the stored ones, with which two one-word spellings of one sound are a slip without more work."""
    _reached.cache_clear()
    floor = policy.surname_floor
    for typed, birth_typed in product(SPELLINGS, [None, "Durand"]):
        searched = identity(last_name=typed, birth_name=birth_typed)
        for usage, birth in product(SPELLINGS, [None, "DURANT"]):
            exact = surname_score(searched, person(usage_name=usage, birth_name=birth))
            known = [(name, sound if stored_sounds else None)
                     for name, sound in zip((usage, birth), record_sounds(usage, birth)) if name]
            bounded = reaching_score(typed_names(searched.last_name, searched.birth_name), known, floor)
            assert bounded == exact if exact >= floor else bounded < floor, (typed, birth_typed, usage, birth)


def test_the_pairs_worked_out_are_forgotten_beyond_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """A server answers searches for months: the pairs kept stay bounded, and scores stay exact after a reset."""
    monkeypatch.setattr(surname_reach, "_REACHED_LIMIT", 10)
    _reached.cache_clear()
    typed = typed_names("Martin")
    for n in range(25):
        reaching_score(typed, [(f"NOM{n}", None)], 0.75)
        held = sum(len(names) for by_typed in _reached.values() for names in by_typed.values())
        assert held == _reached.pairs <= 10
    assert reaching_score(typed, [("MARTIN", None)], 0.75) == 1.0
    _reached.cache_clear()


def test_someone_born_that_day_whose_surname_sounds_like_the_typed_first_name_is_kept() -> None:
    """The clerk may have keyed the surname as the first name: the policy reads the names crosswise too."""
    crossed = identity(last_name="Jean", first_names="Dupond", birth_date=date(1931, 4, 12))
    sounds = record_sounds("DUPONT", None)
    assert Shortlist(ThresholdPolicy(), crossed)("DUPONT", None, *sounds, "M", date(1931, 4, 12))
    assert not Shortlist(ThresholdPolicy(), crossed)("DUPONT", None, *sounds, "M", date(1931, 4, 13))
    several = replace(crossed, first_names="Dupond Louis")  # first names indeed: nothing to read crosswise
    assert not Shortlist(ThresholdPolicy(), several)("DUPONT", None, *sounds, "M", date(1931, 4, 12))
