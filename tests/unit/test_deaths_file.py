"""The deaths file for IODAS: what a French spreadsheet opens as is, and never runs."""

import csv
import io
from dataclasses import replace
from datetime import UTC, date, datetime

from domain.death_report import DeathBatch, DeathReport
from domain.outcome import Outcome
from infrastructure.iodas.deaths_file import COLUMNS, deaths_csv, file_name

REPORT = DeathReport(collectivite="69", iodas_id="9001", usage_name="MARTIN", birth_name="DURAND",
                     first_names="JEANNE MARIE", birth_date=date(1931, 4, 12), death_date=date(2026, 11, 20),
                     death_place="Lyon; 3e", reference="2026-000042",
                     requested_at=datetime(2026, 11, 25, 23, 30, tzinfo=UTC), crpcen="69001", outcome=Outcome.RECOVERABLE_AID, decision_id="d", request_id="r")


def batch(*reports: DeathReport) -> DeathBatch:
    return DeathBatch(id="b", collectivite="69M", number=12, created_at=datetime(2026, 11, 26, tzinfo=UTC),
                      created_by=None, size=len(reports), reports=reports)


def rows(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=";"))


def test_a_header_then_one_line_per_death_semicolons_iso_dates_and_the_request_day_in_paris() -> None:
    text = deaths_csv(batch(REPORT, replace(REPORT, iodas_id="9002", birth_name=None)))
    assert "\r\n" in text
    header, first, second = rows(text)
    assert tuple(header) == COLUMNS
    assert dict(zip(header, first)) == {
        "collectivite": "69", "iodas_id": "9001", "usage_name": "MARTIN", "birth_name": "DURAND",
        "first_names": "JEANNE MARIE", "birth_date": "1931-04-12", "death_date": "2026-11-20",
        "death_place": "Lyon; 3e", "request_reference": "2026-000042", "request_date": "2026-11-26",
        "crpcen": "69001", "outcome": "RECOVERABLE_AID"}
    assert second[3] == ""


def test_a_death_place_a_spreadsheet_would_run_stays_text() -> None:
    for typed in ("=HYPERLINK(\"http://x.example\";\"Lyon\")", "+33", "-1", "@SUM(A1)", "\tLyon"):
        [_, line] = rows(deaths_csv(batch(replace(REPORT, death_place=typed))))
        assert line[7] == "'" + typed
    assert rows(deaths_csv(batch(REPORT)))[1][7] == "Lyon; 3e"


def test_an_empty_batch_is_its_header_and_the_file_is_named_after_the_collectivite_and_the_batch() -> None:
    assert rows(deaths_csv(batch())) == [list(COLUMNS)]
    assert file_name(batch()) == "deces-69M-lot-12.csv"
