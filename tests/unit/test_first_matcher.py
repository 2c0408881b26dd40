from datetime import date

from domain.matching.name_facts import NameFacts
from domain.matching.normalize import first_name_tokens, fold, name_key
from domain.matching.policy import ThresholdPolicy
from domain.matching.result import MatchStatus
from tests.support.builders import identity, person

policy = ThresholdPolicy()


def test_folding_drops_accents_case_and_hyphens() -> None:
    assert fold("Lefèvre-d’Aubigné") == "LEFEVRE D AUBIGNE"
    assert name_key("de La Fontaine") == "DELAFONTAINE"
    assert first_name_tokens("Jean-Pierre") == ("JEAN", "PIERRE")
    assert [fold(name) for name in ("Łukasz", "Øster", "Đorđević", "Œuvrard", "Strauß")] == \
        ["LUKASZ", "OSTER", "DORDEVIC", "OEUVRARD", "STRAUSS"]  # letters decomposition leaves whole


def test_usage_name_or_birth_name_finds_the_person() -> None:
    people = [person()]
    assert policy.match(identity(last_name="Durand"), people).status is MatchStatus.UNIQUE
    assert policy.match(identity(last_name="MARTIN"), people).status is MatchStatus.UNIQUE


def test_any_of_the_first_names_is_enough_unless_a_twin_could_bear_it_as_his_own() -> None:
    facts = NameFacts(share_by_name={"JEANNE": 0.02, "ODILE": 0.005, "MARIE": 0.08})
    assert policy.match(identity(first_names="Odile"), [person(first_names="JEANNE ODILE")], facts).status \
        is MatchStatus.UNIQUE
    assert policy.match(identity(first_names="Marie"), [person()], facts).status is MatchStatus.AMBIGUOUS


def test_a_day_and_month_swap_still_matches() -> None:
    found = policy.match(identity(birth_date=date(1931, 12, 4)), [person()])
    assert found.status is MatchStatus.UNIQUE


def test_two_identical_records_are_a_doubt_never_a_guess() -> None:
    twins = [person(iodas_id="1"), person(iodas_id="2", aids=("APA",))]
    result = policy.match(identity(), twins)
    assert result.status is MatchStatus.AMBIGUOUS
    assert result.beneficiary is None


def test_a_spouse_with_another_first_name_is_not_the_deceased() -> None:
    husband = person(first_names="ROBERT", birth_name="MARTIN", birth_date=date(1928, 6, 3))
    assert policy.match(identity(first_names="Jeanne"), [husband]).status is MatchStatus.NO_MATCH


def test_evidence_lists_per_field_scores_for_agents() -> None:
    result = policy.match(identity(), [person()])
    assert result.evidence.candidates[0].field_scores == {"surname": 1.0, "first_names": 1.0, "birth_date": 1.0}
