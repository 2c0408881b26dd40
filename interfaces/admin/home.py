"""The back-office home page: where an agent lands after signing in, with what waits for them."""

from returns.result import Success
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from application.check_extracts import CheckExtractsQuery
from application.list_creances import ListCreances, ListCreancesQuery
from application.list_doubts import ListDoubts, ListDoubtsQuery
from application.list_pending_deaths import PendingDeathsQuery
from interfaces.admin.kit import AdminKit, Area, Caller, NavEntry


def area(kit: AdminKit) -> Area:
    services = kit.services
    list_doubts, list_creances = ListDoubts(services.uow, services.clock), ListCreances(services.uow)

    async def home(request: Request, caller: Caller) -> Response:
        names = {c.code: c.name for c in services.settings.collectivites}
        doubts = await kit.run(list_doubts.execute, ListDoubtsQuery(collectivites=caller.collectivites))
        board = await kit.run(list_creances.execute, ListCreancesQuery(collectivites=caller.collectivites))
        extracts = await kit.run(services.check_extracts.execute, CheckExtractsQuery(collectivites=caller.collectivites))
        deaths = await kit.run(services.list_pending_deaths.execute,
                               PendingDeathsQuery(collectivites=caller.collectivites))
        context = {
            "collectivites": [names[c] for c in caller.collectivites],
            "doubts": doubts.unwrap() if isinstance(doubts, Success) else [],
            "to_open": board.unwrap().to_open if isinstance(board, Success) else (),
            "stale": [f for f in extracts if f.stale],
            "deaths": sum(len(d.pending) for d in deaths.unwrap()) if isinstance(deaths, Success) else 0,
        }
        return kit.render(request, caller, "home.html", context)

    return Area(routes=[Route("/", kit.page(home))], nav=(NavEntry(label="Accueil", path="/"),))
