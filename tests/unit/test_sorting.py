"""A store that reads whole records sorts a search's candidates as the policy needs them, building few."""

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from domain.beneficiary import Beneficiary
from domain.matching.blocking import record_sounds
from domain.matching.policy import ThresholdPolicy
from domain.matching.shortlist import Shortlist
from domain.matching.sorting import Record, sort_candidates
from tests.support.builders import identity, person

policy = ThresholdPolicy()
BORN = date(1931, 4, 12)


def _record(b: Beneficiary) -> Record:
    return (b.usage_name, b.birth_name, *record_sounds(b.usage_name, b.birth_name), b.sex, b.birth_date)


class _Store:
    """Builds the records asked for, and remembers which."""

    def __init__(self, people: Sequence[Beneficiary]) -> None:
        self.people, self.built = people, list[str]()

    def build(self, positions: Sequence[int]) -> list[Beneficiary]:
        self.built += [self.people[i].iodas_id for i in positions]
        return [self.people[i] for i in positions]


def test_each_candidate_is_kept_near_or_elsewhere_and_flagged_for_the_rules_that_may_need_it() -> None:
    namesake = person(iodas_id="namesake", usage_name="MARTIN", birth_name=None, sex="M", first_names="PAUL")
    people = [
        namesake,
        replace(namesake, iodas_id="a slip away", birth_date=date(1931, 4, 13)),
        replace(namesake, iodas_id="born elsewhere", birth_date=date(1958, 9, 30)),
        replace(namesake, iodas_id="another name", usage_name="BERTHOLET"),
        replace(namesake, iodas_id="another name elsewhere", usage_name="BERTHOLET", birth_date=date(1958, 9, 30)),
        # Her record lacks the name typed: kept for that rule, though her surname reaches none.
        person(iodas_id="her record lacks it", usage_name="FAURE", birth_name=None, sex="F"),
        # Born that day, the typed first name as a surname: kept to be read crosswise.
        person(iodas_id="crossed", usage_name="JEANNE", birth_name=None, sex="M", first_names="MARTIN"),
    ]
    searched = identity(last_name="Martin", first_names="Jeanne", birth_date=BORN)
    store = _Store(people)
    sorted_ = sort_candidates(Shortlist(policy, searched), BORN, policy.doubt_floor, list(map(_record, people)),
                              store.build)
    near = [b.iodas_id for b in sorted_.near]
    assert near == ["namesake", "a slip away", "her record lacks it", "crossed"]
    assert store.built == near  # nobody born elsewhere is built until the policy asks
    assert [b.iodas_id for b in sorted_.to_triage()] == ["namesake", "a slip away"]
    assert [b.iodas_id for b in sorted_.to_cross()] == ["crossed"]
    assert len(sorted_) == 5
    assert [b.iodas_id for b in sorted_.born_elsewhere()] == ["born elsewhere"]
    assert store.built == [*near, "born elsewhere"]


def test_without_a_floor_everyone_is_near_and_nobody_is_spared_the_triage() -> None:
    lenient = ThresholdPolicy(doubt_floor=0.0, surname_doubt_floor=0.0)
    people = [person(iodas_id="1", birth_date=date(1990, 1, 1)), person(iodas_id="2", usage_name="ZYX")]
    searched = identity()
    sorted_ = sort_candidates(Shortlist(lenient, searched), BORN, lenient.doubt_floor, list(map(_record, people)),
                              _Store(people).build)
    assert [b.iodas_id for b in sorted_.to_triage()] == ["1", "2"] and not sorted_.born_elsewhere()


def test_the_shortlist_judges_each_distinct_name_once_a_search() -> None:
    shortlist = Shortlist(policy, identity(last_name="Petit"))
    calls: list[str | None] = []
    judged = shortlist.name_may_count

    def counting(name: str | None, sound: str | None) -> bool:
        calls.append(name)
        return judged(name, sound)

    shortlist.name_may_count = counting  # type: ignore[method-assign]
    for day in (1, 2, 3):
        shortlist.judge("MARTIN", "DURAND", *record_sounds("MARTIN", "DURAND"), "F", date(1931, 4, day))
    assert calls == ["MARTIN", "DURAND"]
