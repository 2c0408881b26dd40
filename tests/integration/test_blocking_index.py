"""The in-memory index, the SQL directory and the fake find exactly the same candidates."""

from datetime import date
from pathlib import Path

from returns.result import Success

from application.import_beneficiaries import ImportBeneficiariesCommand
from application.testing.fakes import FakeBeneficiaryDirectory
from domain.identity import DeceasedIdentity
from infrastructure.iodas.extract_reader import read_extract
from infrastructure.matching.index import BlockingIndex
from interfaces.bootstrap import Services
from tests.integration.test_matching_quality import CORPORA, _rows

SAMPLE_PEOPLE, SAMPLE_SEARCHES = 800, 150


def _sample(tmp_path: Path) -> Path:
    lines = (CORPORA / "fr" / "extract.csv").read_text(encoding="utf-8").splitlines()[: SAMPLE_PEOPLE + 1]
    (tmp_path / "extract.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path / "extract.csv"


def test_every_store_returns_the_same_candidates(services: Services, tmp_path: Path) -> None:
    extract = read_extract(_sample(tmp_path), "69", frozenset({"ASH", "AM", "APA", "PCH"}))
    assert isinstance(services.import_beneficiaries.execute(
        ImportBeneficiariesCommand(collectivite="69", extract=extract)), Success)
    index = BlockingIndex.load(services.engine, "69")
    fake = FakeBeneficiaryDirectory()
    fake.upsert("69", extract.beneficiaries)
    assert len(index) == len(extract.beneficiaries)
    found = 0
    with services.uow() as uow:
        for _, entry in _rows(CORPORA / "fr" / "labelled.csv")[:SAMPLE_SEARCHES]:
            f = entry.form
            assert f.last_name and f.first_names and f.birth_date and f.death_date
            identity = DeceasedIdentity(last_name=f.last_name, birth_name=f.birth_name or None,
                                        first_names=f.first_names, birth_date=f.birth_date,
                                        death_date=f.death_date, death_place="Lyon")
            by_sql = sorted(b.iodas_id for b in uow.beneficiaries.find_candidates("69", identity))
            assert sorted(b.iodas_id for b in index.find_candidates("69", identity)) == by_sql
            assert sorted(b.iodas_id for b in fake.find_candidates("69", identity)) == by_sql
            found += bool(by_sql)
    assert found >= 10  # the sample must exercise the keys, not only empty answers
    assert index.find_candidates("69M", identity) == []


def test_the_index_carries_the_aids_that_decide_the_outcome(services: Services, tmp_path: Path) -> None:
    extract = read_extract(_sample(tmp_path), "69", frozenset({"ASH", "AM", "APA", "PCH"}))
    services.import_beneficiaries.execute(ImportBeneficiariesCommand(collectivite="69", extract=extract))
    someone = extract.beneficiaries[0]
    identity = DeceasedIdentity(last_name=someone.usage_name, birth_name=None, first_names=someone.first_names[0],
                                birth_date=someone.birth_date, death_date=date(2024, 1, 1), death_place="Lyon")
    loaded = next(b for b in BlockingIndex.load(services.engine, "69").find_candidates("69", identity)
                  if b.iodas_id == someone.iodas_id)
    assert loaded == someone
