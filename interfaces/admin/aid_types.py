"""The aid-type referential of each collectivité: which IODAS codes are recoverable, which may be overpaid."""

from urllib.parse import urlencode

from returns.result import Failure, Success
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from application.save_aid_type import SaveAidTypeCommand
from domain.aid import AidCategory
from interfaces.admin.kit import ADMIN_ONLY, AdminKit, Area, Caller

CATEGORY_LABELS = {AidCategory.RECOVERABLE: "Récupérable sur la succession",
                   AidCategory.UNDUE_PAYMENT_POSSIBLE: "Non récupérable, indu possible"}


def area(kit: AdminKit) -> Area:
    services = kit.services
    names = {c.code: c.name for c in services.settings.collectivites}

    async def listing(request: Request, caller: Caller, problem: str | None = None, status: int = 200) -> Response:
        referentials = await kit.run(services.list_referentials.execute, caller.jurisdiction)
        done = request.query_params.get("enregistre")
        return kit.render(request, caller, "administration/aid_types.html", {
            "aid_types": referentials.aid_types, "names": names, "categories": CATEGORY_LABELS, "problem": problem,
            "done": f"Le type d'aide {done} est enregistré." if done else None}, status)

    async def show(request: Request, caller: Caller) -> Response:
        return await listing(request, caller)

    async def save(request: Request, caller: Caller) -> Response:
        form = await request.form()
        collectivite = str(form.get("collectivite", ""))
        if collectivite not in caller.collectivites:
            return await listing(request, caller, "Collectivité inconnue.", 400)
        command = SaveAidTypeCommand(actor_id=caller.user.id, collectivite=collectivite,
                                     code=str(form.get("code", "")), label=str(form.get("label", "")),
                                     category=str(form.get("category", "")), ip=caller.ip)
        match await kit.run(services.save_aid_type.execute, command):
            case Success(aid_type):
                return kit.redirect(request, "/administration/aides?" + urlencode({"enregistre": aid_type.code}))
            case Failure(error):
                return await listing(request, caller, error.message, 400)
        raise AssertionError("unreachable")

    return Area(routes=[
        Route("/administration/aides", kit.page(show, roles=ADMIN_ONLY), methods=["GET"]),
        Route("/administration/aides", kit.page(save, roles=ADMIN_ONLY), methods=["POST"]),
    ])
