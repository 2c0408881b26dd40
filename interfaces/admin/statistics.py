"""The dashboard (pilotage): figures, charts drawn by Chart.js, and every table exported to CSV."""

from dataclasses import dataclass
from datetime import date
from urllib.parse import urlencode

from returns.result import Failure, Success
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from application.record_export import ExportCommand
from application.statistics import StatisticsCommand
from domain.statistics import Statistics
from interfaces.admin.formatting import PARIS
from interfaces.admin.csv_export import csv_response
from interfaces.admin.kit import AdminKit, Area, Caller, NavEntry
from interfaces.admin.stat_tables import display, tables


@dataclass(frozen=True, slots=True, kw_only=True)
class Filters:
    start: date
    end: date
    collectivite: str | None
    maison: str | None
    problem: str | None = None

    def query(self) -> str:
        values = {"du": self.start.isoformat(), "au": self.end.isoformat(),
                  "collectivite": self.collectivite or "", "maison": self.maison or ""}
        return urlencode({k: v for k, v in values.items() if v})


def _default_start(today: date) -> date:
    """The first day of the month, eleven months ago: a year of figures."""
    months = today.year * 12 + today.month - 1 - 11
    return date(months // 12, months % 12 + 1, 1)


def _date(text: str | None, fallback: date) -> tuple[date, bool]:
    try:
        return (date.fromisoformat(text), True) if text else (fallback, True)
    except ValueError:
        return fallback, False


def read_filters(request: Request, today: date) -> Filters:
    params = request.query_params
    start, start_ok = _date(params.get("du"), _default_start(today))
    end, end_ok = _date(params.get("au"), today)
    problem = None if start_ok and end_ok else "Date invalide : la période par défaut est affichée."
    return Filters(start=start, end=end, collectivite=params.get("collectivite") or None,
                   maison=params.get("maison") or None, problem=problem)


def area(kit: AdminKit) -> Area:
    services = kit.services
    names = {c.code: c.name for c in services.settings.collectivites}

    async def compute(request: Request, caller: Caller) -> tuple[Filters, Statistics | None, str | None]:
        filters = read_filters(request, services.clock.now().astimezone(PARIS).date())
        command = StatisticsCommand(actor=caller.user, start=filters.start, end=filters.end,
                                    collectivite=filters.collectivite, maison=filters.maison)
        match await kit.run(services.statistics.execute, command):
            case Success(stats):
                return filters, stats, filters.problem
            case Failure(error):
                return filters, None, error.message
        raise AssertionError("unreachable")

    async def dashboard(request: Request, caller: Caller) -> Response:
        filters, stats, problem = await compute(request, caller)
        context = {"filters": filters, "stats": stats, "problem": problem, "display": display,
                   "tables": tables(stats) if stats else (), "query": filters.query(),
                   "collectivites": [(code, names.get(code, code)) for code in caller.collectivites]}
        return kit.render(request, caller, "statistics/dashboard.html", context, status=200 if stats else 400)

    async def export(request: Request, caller: Caller) -> Response:
        filters, stats, problem = await compute(request, caller)
        wanted = request.path_params["table"]
        table = next((t for t in tables(stats) if t.name == wanted), None) if stats else None
        if table is None or stats is None:
            return kit.render(request, caller, "statistics/dashboard.html",
                              {"problem": problem or "Ce tableau n'existe pas.", "filters": filters, "tables": (),
                               "stats": None, "collectivites": []}, status=404 if stats else 400)
        await kit.run(services.record_export.execute, ExportCommand(
            actor_id=caller.user.id, table=f"statistiques.{table.name}", rows=len(table.rows),
            collectivite=stats.filter.collectivite, ip=caller.ip,
            filters={"du": filters.start.isoformat(), "au": filters.end.isoformat(),
                     "maison": stats.filter.maison or ""}))
        return csv_response(table, f"statistiques-{table.name}-{filters.start.isoformat()}-{filters.end.isoformat()}.csv")

    return Area(routes=[Route("/statistiques", kit.page(dashboard)),
                        Route("/statistiques/{table}.csv", kit.page(export))],
                nav=(NavEntry(label="Statistiques", path="/statistiques"),))
