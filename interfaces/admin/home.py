"""The back-office home page: where an agent lands after signing in."""

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from interfaces.admin.kit import AdminKit, Area, Caller, NavEntry


def area(kit: AdminKit) -> Area:
    async def home(request: Request, caller: Caller) -> Response:
        names = {c.code: c.name for c in kit.services.settings.collectivites}
        return kit.render(request, caller, "home.html", {"collectivites": [names[c] for c in caller.collectivites]})

    return Area(routes=[Route("/", kit.page(home))], nav=(NavEntry(label="Accueil", path="/"),))
