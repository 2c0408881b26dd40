"""The dashboard's figures read in French on the page, and as bare numbers in the CSV exports."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from domain.outcome import Outcome
from domain.statistics import DoubtResolution, MonthlyCreances, MonthlyOutcome, Statistics, StatisticsFilter
from interfaces.admin.csv_export import csv_body
from interfaces.admin.stat_tables import display, indicators_table, searches_table


def _stats(median_delay: timedelta | None = timedelta(hours=3)) -> Statistics:
    searches = (MonthlyOutcome(month="2026-11", outcome=Outcome.UNKNOWN, searches=5),
                MonthlyOutcome(month="2026-11", outcome=Outcome.AMBIGUOUS, searches=4))
    return Statistics(
        filter=StatisticsFilter(start=date(2026, 11, 1), end=date(2026, 11, 30)), searches_by_month=searches,
        office_use=(), logins_by_month=(), doubts=DoubtResolution(resolved=3, pending=1, median_delay=median_delay),
        creances_by_month=(MonthlyCreances(month="2026-11", opened=2, claimed=Decimal("8500.00"),
                                           recovered=Decimal("3000.00")),))


def test_the_indicators_export_holds_numbers_a_spreadsheet_reads_their_units_in_the_labels() -> None:
    lines = csv_body(indicators_table(_stats(timedelta(days=2, hours=5)))).removeprefix("\ufeff").splitlines()
    assert lines == ["Indicateur;Valeur", "Recherches;9", "Part des réponses « Doute » (%);44,4",
                     "Doutes résolus;3", "Doutes en attente;1", "Délai médian de résolution d'un doute (heures);53,0",
                     "Créances ouvertes;2", "Montant réclamé (€);8500,00", "Montant recouvré (€);3000,00"]


def test_the_other_exports_name_the_unit_of_their_columns_in_the_header() -> None:
    header = csv_body(searches_table(_stats())).removeprefix("\ufeff").splitlines()[0]
    assert header.endswith(";Total;Part des doutes (%)")


def test_the_page_shows_the_indicators_with_their_units() -> None:
    table = indicators_table(_stats())
    shown = {label: display(value, table.kind(r, 1)) for r, (label, value) in enumerate(table.rows)}
    assert shown["Montant réclamé"] == "8\u202f500,00\u00a0€"
    assert shown["Part des réponses « Doute »"] == "44,4\u00a0%"
    assert shown["Délai médian de résolution d'un doute"] == "3,0\u00a0h"


@pytest.mark.parametrize(("delay", "shown"), [
    (timedelta(hours=3, minutes=30), "3,5\u00a0h"),
    (timedelta(days=1), "1\u00a0jour"),
    (timedelta(days=2, hours=5, minutes=20), "2\u00a0jours 5\u00a0h"),
    (timedelta(days=1, hours=23, minutes=40), "2\u00a0jours"),
])
def test_a_median_delay_beyond_a_day_reads_in_days_and_hours(delay: timedelta, shown: str) -> None:
    assert display(delay, "duration") == shown
