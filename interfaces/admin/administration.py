"""The administrators' entry: one page that leads to each part of the service's administration."""

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from interfaces.admin.kit import ADMIN_ONLY, AdminKit, Area, Caller, NavEntry

SECTIONS = (
    ("Comptes", "/administration/comptes", "Créer, désactiver, envoyer un lien pour définir le mot de passe."),
    ("Imports IODAS", "/administration/imports", "Historique des extractions, rapport des lignes rejetées, envoi d'un fichier."),
)


def area(kit: AdminKit) -> Area:
    async def hub(request: Request, caller: Caller) -> Response:
        return kit.render(request, caller, "administration/hub.html", {"sections": SECTIONS})

    return Area(routes=[Route("/administration", kit.page(hub, roles=ADMIN_ONLY))],
                nav=(NavEntry(label="Administration", path="/administration", roles=ADMIN_ONLY),))
