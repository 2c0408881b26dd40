"""The same behaviour from the in-memory fake and the SQL directory, on SQLite and PostgreSQL."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from application.ports.beneficiary_directory import BeneficiaryDirectory
from application.testing.fakes import FakeBeneficiaryDirectory
from domain.aid import Aid
from domain.matching.blocking import record_sounds
from tests.conftest import BACKENDS, make_services, provision_database
from tests.support.builders import identity, person


@pytest.fixture(params=["fake", *BACKENDS])
def directory(request: pytest.FixtureRequest) -> Iterator[BeneficiaryDirectory]:
    if request.param == "fake":
        yield FakeBeneficiaryDirectory()
        return
    url = provision_database(request.param, request)
    services = make_services(url)
    with services.uow() as uow:
        yield _Committing(uow)
    services.engine.dispose()


class _Committing:
    """Commits after each upsert, as the import use case does."""

    def __init__(self, uow: Any) -> None:
        self._uow = uow

    def __getattr__(self, name: str) -> Any:
        return getattr(self._uow.beneficiaries, name)

    def upsert(self, collectivite: str, people: Any) -> Any:
        counts = self._uow.beneficiaries.upsert(collectivite, people)
        self._uow.commit()
        return counts


def test_reimporting_the_same_people_changes_nothing(directory: BeneficiaryDirectory) -> None:
    people = [person(iodas_id="1"), person(iodas_id="2", usage_name="PETIT", first_names="LOUIS")]
    first = directory.upsert("69", people)
    again = directory.upsert("69", people)
    assert (first.created, first.aids_added) == (2, 2)
    assert (again.created, again.updated, again.unchanged, again.aids_added) == (0, 0, 2, 0)


def test_a_later_extract_updates_people_and_never_deletes_aids(directory: BeneficiaryDirectory) -> None:
    directory.upsert("69", [person(iodas_id="1", aids=("APA",))])
    later = replace(person(iodas_id="1", usage_name="MARTIN-ROUX", aids=()),
                    aids=(Aid(code="ASH", start=date(2020, 1, 1)),))
    counts = directory.upsert("69", [later])
    assert (counts.updated, counts.aids_added) == (1, 1)
    found = directory.get("69", "1")
    assert found is not None and found.usage_name == "MARTIN-ROUX"
    assert sorted(a.code for a in found.aids) == ["APA", "ASH"]


def test_candidates_are_found_by_birth_date_or_by_name_and_year(directory: BeneficiaryDirectory) -> None:
    directory.upsert("69", [
        person(iodas_id="same-day", usage_name="AUTRE", birth_name=None),
        person(iodas_id="name-year", birth_date=date(1932, 6, 1)),
        person(iodas_id="far", birth_date=date(1960, 1, 1)),
    ])
    directory.upsert("69M", [person(iodas_id="elsewhere", collectivite="69M")])
    found = {b.iodas_id for b in directory.find_candidates("69", identity(last_name="Martin"))}
    assert found == {"same-day", "name-year"}


def test_either_surname_of_a_name_of_civil_status_finds_the_person(directory: BeneficiaryDirectory) -> None:
    """'DUPONT EP MARTIN' born in 1932 is found by 'Martin' or by 'Dupont' typed with a birth date a day off."""
    directory.upsert("69", [person(iodas_id="1", usage_name="DUPONT EP MARTIN", birth_name=None,
                                   birth_date=date(1932, 6, 1))])
    for typed in ("Martin", "Dupont", "Martin épouse Dupont"):
        found = directory.find_candidates("69", identity(last_name=typed, birth_date=date(1932, 6, 2)))
        assert [b.iodas_id for b in found] == ["1"], typed


def test_a_record_without_first_names_is_kept_and_found(directory: BeneficiaryDirectory) -> None:
    directory.upsert("69", [person(iodas_id="1", first_names="")])
    stored = directory.get("69", "1")
    assert stored is not None and stored.first_names == ()
    assert [b.first_names for b in directory.find_candidates("69", identity())] == [()]


def test_a_slip_in_the_surname_and_one_in_the_date_are_found_by_the_first_name(
        directory: BeneficiaryDirectory) -> None:
    """PASUQIER does not sound like Pasquier: a typed first name borne by few records (here, all are), as the first
    recorded one, with the same day and month and a year a digit away, or the same year and month, or the same year
    and day, still finds the person."""
    def pasuqier(iodas_id: str, first_names: str, born: date) -> Any:
        return person(iodas_id=iodas_id, usage_name="PASUQIER", birth_name=None, first_names=first_names,
                      birth_date=born, sex="M")
    directory.upsert("69", [
        pasuqier("day-and-month", "JEAN-JACQUES", date(1958, 3, 21)),
        pasuqier("year-and-month", "JEAN-JACQUES LOUIS", date(1950, 3, 5)),
        pasuqier("year-and-day", "VICTOR", date(1950, 7, 21)),
        pasuqier("another-first-name", "LOUIS", date(1958, 3, 21)),
        pasuqier("a-later-first-name", "PAUL VICTOR", date(1958, 3, 21)),
        pasuqier("another-date", "VICTOR", date(1951, 7, 5)),
        pasuqier("two-year-digits-away", "VICTOR", date(1978, 3, 21)),
    ])
    searched = identity(last_name="Pasquier", first_names="Jean Jacques Victor", birth_date=date(1950, 3, 21))
    found = {b.iodas_id for b in directory.find_candidates("69", searched)}
    assert found == {"day-and-month", "year-and-month", "year-and-day"}


def test_a_swapped_day_and_month_is_still_a_candidate(directory: BeneficiaryDirectory) -> None:
    directory.upsert("69", [person(iodas_id="1", usage_name="X", birth_name=None)])
    found = directory.find_candidates("69", identity(last_name="Y", birth_date=date(1931, 12, 4)))
    assert [b.iodas_id for b in found] == ["1"]


def test_a_surname_s_bearers_born_on_the_day_and_month_swapped_are_candidates_whatever_the_year(
        directory: BeneficiaryDirectory) -> None:
    """TRELOZ born 11/07/1931 for 'Treloz' born 07/11/1935: the record swapped day and month, and a year digit."""
    directory.upsert("69", [
        person(iodas_id="swapped", usage_name="TRELOZ", birth_name=None, birth_date=date(1931, 7, 11)),
        person(iodas_id="same-day", usage_name="TRELOZ", birth_name=None, birth_date=date(1920, 11, 7)),
        person(iodas_id="another-day", usage_name="TRELOZ", birth_name=None, birth_date=date(1931, 7, 12)),
        person(iodas_id="another-name", usage_name="MARTIN", birth_name=None, birth_date=date(1931, 7, 11)),
    ])
    found = {b.iodas_id for b in directory.find_candidates("69", identity(last_name="Treloz",
                                                                           birth_date=date(1935, 11, 7)))}
    assert found == {"swapped", "same-day"}


def test_name_facts_are_learnt_from_the_collectivites_own_records(directory: BeneficiaryDirectory) -> None:
    women = [person(iodas_id=f"F{n}", first_names="MARIE-THERESE ODILE", sex="F") for n in range(12)]
    men = [person(iodas_id=f"M{n}", first_names="CLAUDE", sex="M") for n in range(6)]
    others = [person(iodas_id=f"X{n}", first_names="CLAUDE", sex="F", collectivite="69M") for n in range(20)]
    directory.upsert("69", [*women, *men])
    directory.upsert("69M", others)
    facts = directory.name_facts("69")
    assert facts.sex_of("Marie-Thérèse") == "F" and facts.sex_of("Odile") == "F"
    assert facts.sex_of("Claude") is None  # six records are too few to tell
    assert facts.chance_of_agreeing("Claude", "CLAUDE") == 6 / 18
    assert facts.share_by_sound == {sound: 1.0 for sound in record_sounds("MARTIN", "DURAND")}
    assert facts.born_by_year == {1931: 18}
