"""The administrators' entry: one page that leads to each part of the service's administration."""

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from interfaces.admin.kit import ADMIN_ONLY, AdminKit, Area, Caller, NavEntry

SECTIONS = (
    ("Études notariales", "/administration/etudes", "Table CRPCEN, adresse générique, collectivités de chaque étude."),
    ("Comptes", "/administration/comptes", "Créer, désactiver, envoyer un lien pour définir le mot de passe."),
    ("Maisons du département", "/administration/maisons", "Noms, adresses et courriels des maisons du département."),
    ("Référentiel des aides", "/administration/aides", "Codes d'aide IODAS, libellés et catégories."),
    ("Imports IODAS", "/administration/imports", "Historique des extractions, rapport des lignes rejetées, envoi d'un fichier."),
    ("Jetons d'API", "/administration/jetons", "Accès des intégrateurs à l'API : créer, révoquer."),
    ("Journal d'audit", "/administration/journal", "Qui a fait quoi, quand : filtres et export CSV."),
)


def area(kit: AdminKit) -> Area:
    async def hub(request: Request, caller: Caller) -> Response:
        outbox = await kit.run(kit.services.show_outbox.execute)
        return kit.render(request, caller, "administration/hub.html", {"sections": SECTIONS, "outbox": outbox})

    return Area(routes=[Route("/administration", kit.page(hub, roles=ADMIN_ONLY))],
                nav=(NavEntry(label="Administration", path="/administration", roles=ADMIN_ONLY),))
