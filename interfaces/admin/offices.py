"""Notarial offices: the CRPCEN table uploaded from the browser, and each office edited by hand."""

from dataclasses import replace
from typing import TextIO
from urllib.parse import urlencode

from returns.result import Failure, Success
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from application.import_offices import ImportOfficesCommand
from application.importing import ImportReport
from application.update_office import UpdateOfficeCommand
from domain.errors import OfficeNotFound
from infrastructure.offices_reader import parse_offices
from interfaces.admin.kit import ADMIN_ONLY, AdminKit, Area, Caller
from interfaces.admin.uploads import import_table


def area(kit: AdminKit) -> Area:
    services = kit.services
    names = {c.code: c.name for c in services.settings.collectivites}

    async def listing(request: Request, caller: Caller, problem: str | None = None,
                      report: ImportReport | None = None, status: int = 200) -> Response:
        referentials = await kit.run(services.list_referentials.execute, caller.jurisdiction)
        done = request.query_params.get("modifiee")
        unserved = " Elle n'est rattachée à aucune collectivité : ses clercs ne peuvent plus faire de recherche." \
            if request.query_params.get("sans_collectivite") else ""
        return kit.render(request, caller, "administration/offices.html", {
            "offices": referentials.offices, "names": names, "problem": problem, "report": report,
            "importers": {code: name for code, name in names.items() if caller.jurisdiction.covers(code)},
            "done": f"L'étude {done} est enregistrée.{unserved}" if done else None}, status)

    async def show(request: Request, caller: Caller) -> Response:
        return await listing(request, caller)

    async def upload(request: Request, caller: Caller) -> Response:
        def read_table(lines: TextIO, collectivite: str) -> ImportOfficesCommand:
            return replace(parse_offices(lines, collectivite, caller.jurisdiction), actor_id=caller.user.id)

        return await import_table(kit, request, caller, read_table, services.import_offices.execute, listing)

    async def edit(request: Request, caller: Caller, problem: str | None = None, status: int = 200,
                   invalid: str | None = None, typed: UpdateOfficeCommand | None = None) -> Response:
        referentials = await kit.run(services.list_referentials.execute, caller.jurisdiction)
        office = next((o for o in referentials.offices if o.crpcen == request.path_params["crpcen"]), None)
        if office is None:
            return kit.not_found(request, caller)
        # An administrator attached to a collectivité ticks its own agreement; the others' are shown, not offered.
        mine = {code: name for code, name in names.items() if caller.jurisdiction.covers(code)}
        others = [names.get(code, code) for code in caller.jurisdiction.others_serving(office)]
        return kit.render(request, caller, "administration/office.html",
                          {"office": office, "mine": mine, "others": others, "problem": problem, "invalid": invalid,
                           "typed": typed, "renames": caller.jurisdiction.renames(office)}, status)

    async def save(request: Request, caller: Caller) -> Response:
        form = await request.form()
        command = UpdateOfficeCommand(
            actor_id=caller.user.id, crpcen=request.path_params["crpcen"], name=str(form.get("name", "")),
            email=str(form.get("email", "")), collectivites=frozenset(str(c) for c in form.getlist("collectivites")),
            jurisdiction=caller.jurisdiction, ip=caller.ip)
        match await kit.run(services.update_office.execute, command):
            case Success(office):
                unserved = {} if office.collectivites else {"sans_collectivite": "1"}
                return kit.redirect(request, "/administration/etudes?" + urlencode({"modifiee": office.name, **unserved}))
            case Failure(OfficeNotFound()):
                return kit.not_found(request, caller)
            case Failure(error):
                return await edit(request, caller, error.message, 400, error.field, command)
        raise AssertionError("unreachable")

    return Area(routes=[
        Route("/administration/etudes", kit.page(show, roles=ADMIN_ONLY), methods=["GET"]),
        Route("/administration/etudes", kit.page(upload, roles=ADMIN_ONLY), methods=["POST"]),
        Route("/administration/etudes/{crpcen}", kit.page(edit, roles=ADMIN_ONLY), methods=["GET"]),
        Route("/administration/etudes/{crpcen}", kit.page(save, roles=ADMIN_ONLY), methods=["POST"]),
    ])
