"""Candidates sorted by a store: the policy answers as on the plain list, building those born elsewhere only to count
namesakes around a close date."""

from collections.abc import Sequence
from datetime import date

import pytest

from domain.beneficiary import Beneficiary
from domain.matching.candidates import SortedCandidates
from domain.matching.policy import ThresholdPolicy
from domain.matching.scoring import birth_date_score
from domain.matching.surname_reach import reaching_score, typed_names
from domain.matching.result import MatchStatus
from domain.identity import DeceasedIdentity
from tests.support.builders import identity, person

policy = ThresholdPolicy()


class _Elsewhere:
    """Builds the people born elsewhere on demand, and counts how often it was asked."""

    def __init__(self, people: Sequence[Beneficiary]) -> None:
        self.people, self.built = people, 0

    def __call__(self) -> Sequence[Beneficiary]:
        self.built += 1
        return self.people


def _sort(searched: DeceasedIdentity, people: Sequence[Beneficiary]) -> tuple[SortedCandidates, _Elsewhere]:
    """As a store would: born within a slip of the date or not; surnames surely below the floor or not."""
    near = [b for b in people if birth_date_score(searched.birth_date, b.birth_date) >= policy.doubt_floor]
    typed = typed_names(searched.last_name, searched.birth_name)
    unreached = [reaching_score(typed, [(b.usage_name, None), (b.birth_name or b.usage_name, None)],
                                policy.surname_floor) < policy.surname_floor for b in near]
    reading = policy.crossed_reading(searched)
    crossable = [policy.may_be_crossed(searched, reading, [(b.usage_name, None)], b.birth_date) for b in near]
    elsewhere = _Elsewhere([b for b in people if b not in near])
    return SortedCandidates(near, unreached, elsewhere, len(elsewhere.people), crossable), elsewhere


# The Martin Jeanne born on 12/04/1931, her namesakes born years apart, a stranger born that day, and a woman born
# that day whose record lacks the birth name typed.
# No date the namesakes bear is a slip away from 1931.
PEOPLE = [person(iodas_id="1", first_names="JEANNE"),
          *(person(iodas_id=f"n{year}", first_names="JEANNE", birth_date=date(year, 4, 12))
            for year in (1906, 1948, 1967, 1899)),
          person(iodas_id="s", usage_name="BERTRAND", birth_name=None, first_names="PAULE"),
          person(iodas_id="w", usage_name="LEROY", birth_name=None, first_names="JEANNE")]


def test_a_sorted_list_reads_as_the_whole_list_and_builds_those_born_elsewhere_once() -> None:
    sorted_, elsewhere = _sort(identity(), PEOPLE)
    assert len(sorted_) == len(PEOPLE) and elsewhere.built == 0
    assert sorted(b.iodas_id for b in sorted_) == sorted(b.iodas_id for b in PEOPLE)
    assert sorted_[0] == PEOPLE[0] and len(sorted_[1:]) == len(PEOPLE) - 1
    assert [b.iodas_id for b in sorted_.born_elsewhere()] == ["n1906", "n1948", "n1967", "n1899"]
    assert elsewhere.built == 1
    assert sorted_.to_triage() == [PEOPLE[0]]  # the stranger and the wife bear surnames far from MARTIN
    assert sorted_.to_cross() == []  # 'Jeanne' typed as first names is no one's surname here


@pytest.mark.parametrize("searched, status, counted", [
    (identity(), MatchStatus.UNIQUE, False),  # the very date: namesakes born years apart are not counted
    (identity(birth_name="Durand"), MatchStatus.UNIQUE, False),
    (identity(last_name="Dupuis"), MatchStatus.NO_MATCH, False),  # nobody bears the name
    # One digit off: the namesakes around weigh on the answer, so they are built.
    (identity(birth_date=date(1932, 4, 12)), MatchStatus.AMBIGUOUS, True),
    (identity(birth_date=date(1931, 4, 13)), MatchStatus.AMBIGUOUS, True),
    (identity(last_name="Leroy"), MatchStatus.UNIQUE, False),  # the woman born that day, by her only name
    # Names and first names keyed crosswise: only the woman born that day named LEROY may be read so.
    (identity(last_name="Jeanne", first_names="Leroy"), MatchStatus.AMBIGUOUS, False),
])
def test_the_policy_answers_alike_and_counts_namesakes_only_around_a_close_date(
        searched: DeceasedIdentity, status: MatchStatus, counted: bool) -> None:
    sorted_, elsewhere = _sort(searched, PEOPLE)
    plain, by_store = policy.match(searched, PEOPLE), policy.match(searched, sorted_)
    assert (by_store.status, by_store.beneficiary, by_store.evidence) == \
        (plain.status, plain.beneficiary, plain.evidence) and plain.status is status
    assert elsewhere.built == counted
