"""The dashboard's tables, shared by the page and its CSV exports so that both always agree."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from domain.outcome import Outcome
from domain.statistics import Statistics
from interfaces.admin.formatting import OUTCOME_LABELS, money

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
OUTCOME_ORDER = (Outcome.UNKNOWN, Outcome.RECOVERABLE_AID, Outcome.POSSIBLE_UNDUE_PAYMENT, Outcome.AMBIGUOUS)

Value = str | int | float | Decimal | timedelta | None
UNITS = {"money": "€", "percent": "%", "duration": "heures"}  # named in the exports' headers, never in a cell


@dataclass(frozen=True, slots=True, kw_only=True)
class Column:
    label: str
    kind: str = "text"  # text, month, int, percent, duration, money
    series: bool = False  # drawn as a data series on the chart

    @property
    def numeric(self) -> bool:
        return self.kind in ("int", "percent", "duration", "money")


@dataclass(frozen=True, slots=True, kw_only=True)
class Table:
    name: str  # used in the export's URL and file name
    caption: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...]
    chart: str | None = None  # "bar-stacked", "bar" or None: how statistics.js draws it
    colours: tuple[str, ...] = ()  # one per series, contrasted on white
    row_kinds: tuple[str, ...] = ()  # for a table of (label, value) rows of different kinds: each row's kind

    def kind(self, row: int, column: int) -> str:
        """The kind of a cell: its column's, or its row's in a table of labelled values."""
        return self.row_kinds[row] if self.row_kinds and column > 0 else self.columns[column].kind


def with_unit(label: str, kind: str) -> str:
    """'Montant réclamé' -> 'Montant réclamé (€)': the unit an export's bare number is in."""
    return f"{label} ({UNITS[kind]})" if kind in UNITS else label


def month_label(month: str) -> str:
    year, number = month.split("-")
    return f"{MONTHS[int(number) - 1]} {year}"


def _hours(delay: timedelta) -> float:
    return round(delay.total_seconds() / 3600, 1)


def _delay(delay: timedelta) -> str:
    """'3,5 h' within a day; beyond, days and whole hours: '2 jours 5 h'."""
    if delay < timedelta(days=1):
        return f"{_hours(delay)}".replace(".", ",") + "\u00a0h"
    hours = round(delay.total_seconds() / 3600)
    days, hours = divmod(hours, 24)
    text = f"{days}\u00a0jour{'s' if days > 1 else ''}"
    return f"{text} {hours}\u00a0h" if hours else text


def display(value: Value, kind: str) -> str:
    """How a value reads on the page, in French."""
    if value is None:
        return "—"
    if kind == "month":
        return month_label(str(value))
    if kind == "percent" and isinstance(value, float):
        return f"{value * 100:.1f}".replace(".", ",") + "\u00a0%"
    if kind == "duration" and isinstance(value, timedelta):
        return _delay(value)
    if kind == "money" and isinstance(value, Decimal):
        return money(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u202f")
    return str(value)


def raw(value: Value, kind: str) -> str:
    """How a value reads in a spreadsheet: ISO months, plain numbers with a decimal comma (hours for a delay)."""
    if value is None:
        return ""
    if kind == "percent" and isinstance(value, float):
        return f"{value * 100:.1f}".replace(".", ",")
    if kind == "duration" and isinstance(value, timedelta):
        return f"{_hours(value)}".replace(".", ",")
    if kind == "money" and isinstance(value, Decimal):
        return f"{value:.2f}".replace(".", ",")
    return str(value)


def searches_table(stats: Statistics) -> Table:
    months = sorted({m.month for m in stats.searches_by_month})
    counts = {(m.month, m.outcome): m.searches for m in stats.searches_by_month}
    rows: list[tuple[Value, ...]] = []
    for month in months:
        per_outcome: list[Value] = [counts.get((month, o), 0) for o in OUTCOME_ORDER]
        total = sum(counts.get((month, o), 0) for o in OUTCOME_ORDER)
        rows.append((month, *per_outcome, total, counts.get((month, Outcome.AMBIGUOUS), 0) / total))
    columns = (Column(label="Mois", kind="month"),
               *(Column(label=OUTCOME_LABELS[o.value], kind="int", series=True) for o in OUTCOME_ORDER),
               Column(label="Total", kind="int"), Column(label="Part des doutes", kind="percent"))
    return Table(name="recherches", caption="Recherches par mois et par réponse", columns=columns,
                 rows=tuple(rows), chart="bar-stacked",
                 colours=("#6a6a6a", "#000091", "#b34000", "#ce0500"))


def offices_table(stats: Statistics) -> Table:
    return Table(name="etudes", caption="Utilisation par étude (y compris les études sans recherche)",
                 columns=(Column(label="CRPCEN"), Column(label="Étude"), Column(label="Recherches", kind="int")),
                 rows=tuple((o.crpcen, o.name, o.searches) for o in stats.office_use))


def logins_table(stats: Statistics) -> Table:
    return Table(name="connexions", caption="Connexions par mois",
                 columns=(Column(label="Mois", kind="month"), Column(label="Réussies", kind="int", series=True),
                          Column(label="Échouées", kind="int", series=True)),
                 rows=tuple((m.month, m.succeeded, m.failed) for m in stats.logins_by_month), chart="bar",
                 colours=("#18753c", "#ce0500"))


def creances_table(stats: Statistics) -> Table:
    return Table(name="creances", caption="Créances par mois d'ouverture",
                 columns=(Column(label="Mois", kind="month"), Column(label="Ouvertes", kind="int"),
                          Column(label="Montant réclamé", kind="money", series=True),
                          Column(label="Montant recouvré", kind="money", series=True)),
                 rows=tuple((m.month, m.opened, m.claimed, m.recovered) for m in stats.creances_by_month),
                 chart="bar", colours=("#000091", "#18753c"))


def indicators_table(stats: Statistics) -> Table:
    doubts = stats.doubts
    claimed = sum((m.claimed for m in stats.creances_by_month), Decimal(0))
    recovered = sum((m.recovered for m in stats.creances_by_month), Decimal(0))
    rows: tuple[tuple[Value, Value, str], ...] = (
        ("Recherches", stats.total_searches, "int"),
        ("Part des réponses « Doute »", stats.ambiguous_share, "percent"),
        ("Doutes résolus", doubts.resolved, "int"),
        ("Doutes en attente", doubts.pending, "int"),
        ("Délai médian de résolution d'un doute", doubts.median_delay, "duration"),
        ("Créances ouvertes", sum(m.opened for m in stats.creances_by_month), "int"),
        ("Montant réclamé", claimed, "money"),
        ("Montant recouvré", recovered, "money"),
    )
    return Table(name="indicateurs", caption="Indicateurs de la période",
                 columns=(Column(label="Indicateur"), Column(label="Valeur", kind="int")),
                 rows=tuple((label, value) for label, value, _ in rows), row_kinds=tuple(k for _, _, k in rows))


def tables(stats: Statistics) -> Sequence[Table]:
    return (indicators_table(stats), searches_table(stats), offices_table(stats), logins_table(stats),
            creances_table(stats))
