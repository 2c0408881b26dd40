"""Pages of the notary's client. Data comes from /graphql; these routes only serve the shells.
Security headers (CSP without inline scripts) come from interfaces/security_headers.py."""

from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from infrastructure.settings import Settings
from interfaces.error_pages import PageRenderer
from interfaces.notary_web.branding import Branding, branding_from

HERE = Path(__file__).parent
PAGES = {
    "/": ("recherche.html", "Rechercher une personne décédée"),
    "/connexion": ("connexion.html", "Connexion"),
    "/conditions": ("conditions.html", "Conditions générales d'utilisation"),
    "/historique": ("historique.html", "Historique des demandes de l'étude"),
    "/accessibilite": ("accessibilite.html", "Déclaration d'accessibilité"),
}


def notary_routes(settings: Settings) -> list[BaseRoute]:
    branding = branding_from(settings)
    templates = Jinja2Templates(directory=HERE / "templates")

    def page(path: str, template: str, title: str) -> Route:
        async def render(request: Request) -> Response:
            context = {"brand": branding, "title": title, "path": request.url.path}
            return templates.TemplateResponse(request, template, context)
        return Route(path, render, methods=["GET"], name=template.removesuffix(".html"))

    routes: list[BaseRoute] = [page(path, t, title) for path, (t, title) in PAGES.items()]
    return routes + [
        Route("/assets/logo", lambda _: FileResponse(branding.logo), methods=["GET"]),
        Route("/assets/marque.css", lambda _: _brand_css(branding), methods=["GET"]),
        Mount("/assets", StaticFiles(directory=HERE / "static"), name="notary-assets"),
    ]


def error_page(settings: Settings) -> PageRenderer:
    """The French error page of the notary's site, for interfaces/error_pages.py."""
    branding = branding_from(settings)
    templates = Jinja2Templates(directory=HERE / "templates")

    def render(request: Request, status: int, title: str, message: str) -> Response:
        context = {"brand": branding, "title": title, "message": message, "path": request.url.path}
        return templates.TemplateResponse(request, "erreur.html", context, status_code=status)
    return render


def _brand_css(branding: Branding) -> Response:
    return Response(f":root {{ --marque: {branding.colour}; }}\n", media_type="text/css")
