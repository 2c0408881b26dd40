"""The in-memory index, the SQL directory and the fake find the same candidates, and the index answers alike.

Given the policy, the index and the SQL directory build only the shortlist (domain/matching/shortlist.py): exactly
the candidates of the SQL directory without it that the shortlist keeps, and the answers stay the same.
"""

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from returns.result import Success
from sqlalchemy import event

from application.import_beneficiaries import ImportBeneficiariesCommand, ParsedExtract
from application.search_deceased import match_in
from application.testing.fakes import FakeBeneficiaryDirectory
from domain.aid import Aid
from domain.identity import DeceasedIdentity, validate_identity
from domain.matching.blocking import record_sounds
from domain.matching.policy import ThresholdPolicy
from domain.matching.shortlist import Shortlist
from infrastructure.iodas.extract_reader import read_extract
from infrastructure.matching.index import BlockingIndex
from infrastructure.persistence.unit_of_work import SqlUnitOfWork
from interfaces.bootstrap import Services
from interfaces.cli.lists import read_labelled
from tests.conftest import make_services
from tests.integration.test_matching_quality import CORPORA
from tests.support.builders import identity, person

SAMPLE_PEOPLE, SAMPLE_SEARCHES = 800, 150
TODAY = date(2026, 11, 26)
policy = ThresholdPolicy()


def _import(services: Services, extract_csv: Path) -> ParsedExtract:
    extract = read_extract(extract_csv, "69", frozenset({"ASH", "AM", "APA", "PCH"}))
    assert isinstance(services.import_beneficiaries.execute(
        ImportBeneficiariesCommand(collectivite="69", extract=extract)), Success)
    return extract


def _sample(tmp_path: Path) -> Path:
    lines = (CORPORA / "fr" / "extract.csv").read_text(encoding="utf-8").splitlines()[: SAMPLE_PEOPLE + 1]
    (tmp_path / "extract.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path / "extract.csv"


def _searches(variant: str, limit: int | None = None) -> list[DeceasedIdentity]:
    rows = read_labelled(CORPORA / variant / "labelled.csv")[:limit]
    return [validate_identity(entry.form, TODAY).unwrap() for _, entry in rows]


def _crossed(searched: DeceasedIdentity) -> DeceasedIdentity:
    """The search with surname and first names keyed in each other's field."""
    return replace(searched, last_name=searched.first_names, first_names=searched.last_name, birth_name=None)


def _year_only(searched: DeceasedIdentity) -> DeceasedIdentity:
    """The search typed from a death certificate that gives the year of birth alone: the 1st of January."""
    return replace(searched, birth_date=searched.birth_date.replace(month=1, day=1))


def test_every_store_returns_the_same_candidates(services: Services, tmp_path: Path) -> None:
    extract = _import(services, _sample(tmp_path))
    index, shortlisting = BlockingIndex.load(services.engine, "69"), BlockingIndex.load(services.engine, "69", policy)
    fake = FakeBeneficiaryDirectory()
    fake.upsert("69", extract.beneficiaries)
    assert len(index) == len(extract.beneficiaries)
    found = dropped = crossed = 0
    searches = _searches("fr", SAMPLE_SEARCHES)
    # The same searches with surname and first names keyed crosswise: the shortlist keeps who may be read so.
    searches += [_crossed(s) for s in searches]
    with SqlUnitOfWork(services.engine) as uow, services.uow() as shortlisting_uow:
        for searched in searches:
            by_sql = sorted(uow.beneficiaries.find_candidates("69", searched), key=lambda b: b.iodas_id)
            assert sorted(index.find_candidates("69", searched), key=lambda b: b.iodas_id) == by_sql
            assert sorted(b.iodas_id for b in fake.find_candidates("69", searched)) == [b.iodas_id for b in by_sql]
            shortlist = Shortlist(policy, searched, shortlisting.name_facts("69"))
            kept = [b for b in by_sql if shortlist(b.usage_name, b.birth_name,
                                                   *record_sounds(b.usage_name, b.birth_name), b.sex, b.birth_date)]
            assert sorted(shortlisting.find_candidates("69", searched), key=lambda b: b.iodas_id) == kept
            assert sorted(shortlisting_uow.beneficiaries.find_candidates("69", searched),
                          key=lambda b: b.iodas_id) == kept
            found, dropped = found + bool(by_sql), dropped + len(by_sql) - len(kept)
            crossed += sum(1 for b in kept if policy.may_be_crossed(
                searched, shortlist.crossed, [(b.usage_name, None), (b.birth_name or b.usage_name, None)], b.birth_date))
    assert found >= 10 and dropped >= 10 and crossed >= 3  # the sample must exercise the keys and the shortlist
    assert index.find_candidates("69M", searched) == []
    with services.uow() as uow:
        assert index.name_facts("69") == fake.name_facts("69") == uow.beneficiaries.name_facts("69")
    assert index.name_facts("69").sex_by_name  # the sample is large enough to learn from


def test_the_index_builds_each_person_as_the_database_holds_them(services: Services) -> None:
    ended = replace(person(iodas_id="1", birth_name=None, aids=()), aids=(
        Aid(code="APA", start=date(2016, 3, 1), end=date(2019, 6, 30)), Aid(code="ASH", start=date(2019, 7, 1))))
    people = [ended, person(iodas_id="2", first_names="JEAN PIERRE", aids=()), person(iodas_id="3", aids=("AM", "PCH")),
              person(iodas_id="4", first_names="")]  # a legacy record without first names
    with services.uow() as uow:
        uow.beneficiaries.upsert("69", people)
        uow.commit()
    loaded = BlockingIndex.load(services.engine, "69").find_candidates("69", identity())
    assert sorted(loaded, key=lambda b: b.iodas_id) == people


def test_a_woman_whose_record_lacks_the_name_typed_is_kept_born_that_day_or_on_its_day_and_month_swapped(
        services: Services) -> None:
    """Her surname reaches no typed one, so only the policy's rule on such women keeps her (`Shortlist`)."""
    wife = person(iodas_id="1", usage_name="FAURE", birth_name=None, first_names="FRANCOISE", sex="F",
                  birth_date=date(1931, 3, 5))
    people = [wife, replace(wife, iodas_id="2", birth_date=date(1931, 5, 3)), replace(wife, iodas_id="3", sex="M"),
              replace(wife, iodas_id="4", birth_name="DUPONT", birth_date=date(1931, 5, 3))]
    with services.uow() as uow:
        uow.beneficiaries.upsert("69", people)
        uow.commit()
    searched = identity(last_name="Crotezu", first_names="Françoise", birth_date=date(1931, 3, 5))
    found = BlockingIndex.load(services.engine, "69", policy).find_candidates("69", searched)
    assert sorted(b.iodas_id for b in found) == ["1", "2"]


@pytest.mark.parametrize("variant", ["fr", "en"])
def test_the_shortlisting_paths_answer_as_the_sql_path_over_every_candidate(variant: str, sqlite_url: str) -> None:
    """The index and the SQL directory given the policy answer alike, and as the policy does over every candidate
    (only the count of candidates examined, in the reason, differs from the latter)."""
    services = make_services(sqlite_url)
    _import(services, CORPORA / variant / "extract.csv")
    index = BlockingIndex.load(services.engine, "69", policy)
    searches = _searches(variant)
    crossed_found = year_only_found = 0
    with SqlUnitOfWork(services.engine) as uow, services.uow() as shortlisting:
        for searched in [*searches, *map(_crossed, searches[:300]), *map(_year_only, searches[:300])]:
            by_sql = policy.match(searched, uow.beneficiaries.find_candidates("69", searched),
                                  uow.beneficiaries.name_facts("69"))
            by_index = policy.match(searched, index.find_candidates("69", searched), index.name_facts("69"))
            by_sorted_sql = policy.match(searched, shortlisting.beneficiaries.find_candidates("69", searched),
                                         shortlisting.beneficiaries.name_facts("69"))
            assert (by_index.status, by_index.beneficiary, by_index.evidence.candidates) == \
                (by_sql.status, by_sql.beneficiary, by_sql.evidence.candidates)
            assert by_sorted_sql == by_index
            crossed_found += "l'un pour l'autre" in by_sql.evidence.reason
            year_only_found += "présumée" in by_sql.evidence.reason
    assert crossed_found >= 20  # names keyed crosswise are found on both paths
    assert year_only_found >= 100  # and people born that year when the date may stand for the year alone
    services.engine.dispose()


def test_the_name_facts_are_learnt_again_after_each_import(services: Services, tmp_path: Path) -> None:
    extract = read_extract(_sample(tmp_path), "69", frozenset({"ASH", "AM", "APA", "PCH"}))
    first_half = replace(extract, beneficiaries=extract.beneficiaries[:len(extract.beneficiaries) // 2])
    services.import_beneficiaries.execute(ImportBeneficiariesCommand(collectivite="69", extract=first_half))
    with services.uow() as uow:
        before = uow.beneficiaries.name_facts("69")
        assert uow.beneficiaries.name_facts("69") is before  # kept until the next import
    services.import_beneficiaries.execute(ImportBeneficiariesCommand(collectivite="69", extract=extract))
    with services.uow() as uow:
        loaded = BlockingIndex.load(services.engine, "69")
        assert uow.beneficiaries.name_facts("69") == loaded.name_facts("69")
        assert uow.beneficiaries.name_facts("69") != before


def test_a_search_asks_the_database_three_times(services: Services, tmp_path: Path) -> None:
    """Once whether the name facts are still those of the latest import, once for the candidates, once for the aids
    of those the policy may compare: each round trip counts on a database server."""
    someone = _import(services, _sample(tmp_path)).beneficiaries[0]
    searched = identity(last_name=someone.usage_name, birth_name=someone.birth_name,
                        first_names=" ".join(someone.first_names), birth_date=someone.birth_date)
    with services.uow() as uow:
        uow.beneficiaries.name_facts("69")  # learnt once per import
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(services.engine, "before_cursor_execute", count)
    try:
        with services.uow() as uow:
            result = match_in(uow, policy, searched, "69")
    finally:
        event.remove(services.engine, "before_cursor_execute", count)
    assert result.beneficiary is not None and result.beneficiary.iodas_id == someone.iodas_id
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 3, statements
