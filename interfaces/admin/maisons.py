"""The maisons du département and their addresses: imported as a table, or edited one by one."""

import io
from dataclasses import replace
from urllib.parse import urlencode

from returns.result import Failure, Success
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from application.importing import ImportReport
from application.save_maison import SaveMaisonCommand
from domain.maison import Maison
from infrastructure.maisons_reader import parse_maisons
from interfaces.admin.kit import ADMIN_ONLY, AdminKit, Area, Caller
from interfaces.admin.uploads import csv_text


def area(kit: AdminKit) -> Area:
    services = kit.services
    names = {c.code: c.name for c in services.settings.collectivites}

    async def listing(request: Request, caller: Caller, problem: str | None = None,
                      report: ImportReport | None = None, status: int = 200) -> Response:
        referentials = await kit.run(services.list_referentials.execute, caller.collectivites)
        done = request.query_params.get("enregistree")
        return kit.render(request, caller, "administration/maisons.html", {
            "maisons": referentials.maisons, "names": names, "problem": problem, "report": report,
            "done": f"La maison {done} est enregistrée." if done else None}, status)

    async def show(request: Request, caller: Caller) -> Response:
        return await listing(request, caller)

    async def upload(request: Request, caller: Caller) -> Response:
        form = await request.form()
        collectivite = str(form.get("collectivite") or caller.collectivites[0])
        read = await csv_text(form, "fichier")
        if isinstance(read, str) or collectivite not in caller.collectivites:
            return await listing(request, caller, read if isinstance(read, str) else "Collectivité inconnue.", None, 400)
        command = replace(parse_maisons(io.StringIO(read[1], newline=""), collectivite), actor_id=caller.user.id)
        match await kit.run(services.import_maisons.execute, command):
            case Success(report):
                return await listing(request, caller, None, report)
            case Failure(error):
                return await listing(request, caller, error.message, None, 400)
        raise AssertionError("unreachable")

    async def save(request: Request, caller: Caller) -> Response:
        form = {k: str(v) for k, v in (await request.form()).items()}
        if form.get("collectivite") not in caller.collectivites:
            return await listing(request, caller, "Collectivité inconnue.", None, 400)
        maison = Maison(collectivite=form["collectivite"], code=form.get("code", ""), name=form.get("name", ""),
                        email=form.get("email", ""), address=form.get("address", ""))
        match await kit.run(services.save_maison.execute, SaveMaisonCommand(actor_id=caller.user.id, maison=maison,
                                                                              ip=caller.ip)):
            case Success(saved):
                return kit.redirect(request, "/administration/maisons?" + urlencode({"enregistree": saved.name}))
            case Failure(error):
                return await listing(request, caller, error.message, None, 400)
        raise AssertionError("unreachable")

    return Area(routes=[
        Route("/administration/maisons", kit.page(show, roles=ADMIN_ONLY), methods=["GET"]),
        Route("/administration/maisons", kit.page(upload, roles=ADMIN_ONLY), methods=["POST"]),
        Route("/administration/maisons/enregistrer", kit.page(save, roles=ADMIN_ONLY), methods=["POST"]),
    ])
