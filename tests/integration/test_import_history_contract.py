"""The import history behaves the same in memory and in SQL, on SQLite and PostgreSQL."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from application.importing import ImportReport, ImportRun, RejectedRow
from application.ports.import_history import ImportHistory
from application.testing.fakes import FakeImportHistory
from tests.conftest import BACKENDS, make_services, provision_database

MORNING = datetime(2026, 11, 26, 6, 0, tzinfo=UTC)


@pytest.fixture(params=["fake", *BACKENDS])
def history(request: pytest.FixtureRequest) -> Iterator[ImportHistory]:
    if request.param == "fake":
        yield FakeImportHistory()
        return
    services = make_services(provision_database(request.param, request))
    with services.uow() as uow:
        yield uow.imports
    services.engine.dispose()


def _run(run_id: str, collectivite: str, at: datetime, *rejected: RejectedRow) -> ImportRun:
    report = ImportReport(rows_read=10, created=7, updated=1, unchanged=0, aids_added=8, rejected=rejected,
                          run_id=run_id)
    return ImportRun(id=run_id, collectivite=collectivite, source=f"{run_id}.csv", at=at, actor_id=None,
                     report=report, rejected_count=len(rejected))


def test_a_run_is_read_back_with_its_rejected_rows_in_line_order(history: ImportHistory) -> None:
    history.record(_run("r1", "69", MORNING, RejectedRow(line=7, reason="sexe invalide"),
                        RejectedRow(line=3, reason="prénoms manquants")))
    found = history.get("r1")
    assert found is not None and found.at == MORNING and found.source == "r1.csv"
    assert [(r.line, r.reason) for r in found.report.rejected] == [(3, "prénoms manquants"), (7, "sexe invalide")]
    assert (found.report.created, found.report.aids_added, found.rejected_count) == (7, 8, 2)
    assert history.get("nothing") is None


def test_recent_runs_come_newest_first_for_the_collectivites_asked(history: ImportHistory) -> None:
    history.record(_run("old", "69", MORNING - timedelta(days=1), RejectedRow(line=2, reason="x")))
    history.record(_run("new", "69", MORNING))
    history.record(_run("metro", "69M", MORNING))
    runs = history.recent(["69"])
    assert [r.id for r in runs] == ["new", "old"]
    assert (runs[1].rejected_count, runs[1].report.rejected) == (1, ())
    assert [r.id for r in history.recent(["69", "69M"], limit=1)] in (["new"], ["metro"])


def test_the_unknown_maison_codes_are_read_back_with_the_run(history: ImportHistory) -> None:
    run = _run("r1", "69", MORNING)
    history.record(replace(run, report=replace(run.report, unknown_maisons=(("MDR-X", 2), ("MDR-Y", 1)))))
    history.record(_run("r2", "69", MORNING))
    found, plain = history.get("r1"), history.get("r2")
    assert found is not None and found.report.unknown_maisons == (("MDR-X", 2), ("MDR-Y", 1))
    assert plain is not None and plain.report.unknown_maisons == ()


def test_the_last_load_is_the_latest_run_that_loaded_someone_in_that_collectivite(history: ImportHistory) -> None:
    assert history.last_loaded("69") is None
    history.record(_run("r1", "69", MORNING))
    history.record(_run("r2", "69M", MORNING + timedelta(days=1)))
    refused = _run("r3", "69", MORNING + timedelta(days=2), RejectedRow(line=1, reason="colonnes manquantes"))
    history.record(replace(refused, report=replace(refused.report, rows_read=0, created=0, updated=0, unchanged=0)))
    assert history.last_loaded("69") == MORNING
    history.record(_run("r4", "69", MORNING + timedelta(days=3)))
    assert history.last_loaded("69") == MORNING + timedelta(days=3)
