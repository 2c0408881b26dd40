"""Each collectivité's IODAS extract is checked for age: never loaded, or older than allowed, is stale."""

from datetime import UTC, datetime, timedelta

from application.check_extracts import CheckExtracts, CheckExtractsQuery
from application.importing import ImportReport, ImportRun
from application.testing.fakes import FakeClock, FakeUnitOfWork
from domain.collectivite import Collectivite, CollectiviteKind
from interfaces.admin.formatting import elapsed
from tests.support.builders import person

NOW = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)


def _loaded(uow: FakeUnitOfWork, code: str, at: datetime, rows: int) -> None:
    report = ImportReport(rows_read=max(rows, 1), created=rows)
    uow.imports.record(ImportRun(id=f"{code}-{at:%d%H}", collectivite=code, source="extrait.csv", at=at,
                                 actor_id=None, report=report, rejected_count=0 if rows else 1))


def test_an_extract_is_stale_when_never_loaded_or_older_than_allowed_and_a_refused_file_does_not_count() -> None:
    uow = FakeUnitOfWork()
    for code, name in (("69", "Département du Rhône"), ("69M", "Métropole de Lyon"), ("01", "Ain")):
        uow.collectivites.add(Collectivite(code=code, name=name))
    uow.beneficiaries.upsert("69", [person(iodas_id="1")])
    _loaded(uow, "69", NOW - timedelta(hours=30), rows=1)
    _loaded(uow, "69M", NOW - timedelta(hours=40), rows=1)
    _loaded(uow, "69M", NOW - timedelta(hours=2), rows=0)  # refused whole: the data is as old as before
    check = CheckExtracts(uow, FakeClock(NOW), max_age=timedelta(hours=36))

    found = {f.collectivite: f for f in check.execute(CheckExtractsQuery())}
    assert [(code, f.stale, f.age, f.people) for code, f in sorted(found.items())] == [
        ("01", True, None, 0), ("69", False, timedelta(hours=30), 1), ("69M", True, timedelta(hours=40), 0)]
    assert found["01"].never_loaded and found["01"].name == "Ain"
    assert [f.collectivite for f in check.execute(CheckExtractsQuery(collectivites=("69M",)))] == ["69M"]


def test_an_age_reads_in_hours_under_two_days_then_in_days() -> None:
    assert [elapsed(timedelta(minutes=m)) for m in (20, 60, 47 * 60 + 59, 48 * 60, 80 * 60)] == [
        "moins d'une heure", "1 heure", "47 heures", "2 jours", "3 jours"]


def test_a_collectivite_is_named_with_its_article() -> None:
    assert Collectivite(code="69", name="Département du Rhône").of_name == "du Département du Rhône"
    assert Collectivite(code="69M", name="Métropole de Lyon",
                        kind=CollectiviteKind.METROPOLE).of_name == "de la Métropole de Lyon"
