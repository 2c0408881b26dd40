"""The maisons du département and their addresses: imported as a table, or edited one by one."""

from dataclasses import replace
from typing import TextIO
from urllib.parse import urlencode

from returns.result import Failure, Success
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from application.import_maisons import ImportMaisonsCommand
from application.importing import ImportReport
from application.save_maison import SaveMaisonCommand
from domain.maison import Maison
from infrastructure.maisons_reader import parse_maisons
from interfaces.admin.kit import ADMIN_ONLY, AdminKit, Area, Caller
from interfaces.admin.uploads import import_table


def _input(form: dict[str, str], field: str | None) -> str | None:
    """The id of the input at fault, in the form that was sent: each maison has its own, and so has the new one."""
    where = form["collectivite"]
    if form.get("nouvelle"):
        return {"code": f"nc-{where}", "name": f"nn-{where}", "email": f"ne-{where}"}.get(field or "")
    return {"name": f"n-{where}-{form.get('code', '')}", "email": f"e-{where}-{form.get('code', '')}"}.get(field or "")


def area(kit: AdminKit) -> Area:
    services = kit.services
    names = {c.code: c.name for c in services.settings.collectivites}

    async def listing(request: Request, caller: Caller, problem: str | None = None,
                      report: ImportReport | None = None, status: int = 200, invalid: str | None = None,
                      typed: dict[str, str] | None = None) -> Response:
        referentials = await kit.run(services.list_referentials.execute, caller.jurisdiction)
        done = request.query_params.get("enregistree")
        return kit.render(request, caller, "administration/maisons.html", {
            "maisons": referentials.maisons, "names": names, "problem": problem, "report": report,
            "invalid": invalid, "typed": typed or {},
            "done": f"La maison {done} est enregistrée." if done else None}, status)

    async def show(request: Request, caller: Caller) -> Response:
        return await listing(request, caller)

    async def upload(request: Request, caller: Caller) -> Response:
        def read_table(lines: TextIO, collectivite: str) -> ImportMaisonsCommand:
            return replace(parse_maisons(lines, collectivite), actor_id=caller.user.id)

        return await import_table(kit, request, caller, read_table, services.import_maisons.execute, listing)

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
                return await listing(request, caller, error.message, None, 400, _input(form, error.field), form)
        raise AssertionError("unreachable")

    return Area(routes=[
        Route("/administration/maisons", kit.page(show, roles=ADMIN_ONLY), methods=["GET"]),
        Route("/administration/maisons", kit.page(upload, roles=ADMIN_ONLY), methods=["POST"]),
        Route("/administration/maisons/enregistrer", kit.page(save, roles=ADMIN_ONLY), methods=["POST"]),
    ])
