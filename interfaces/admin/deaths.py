"""« Décès à signaler à IODAS »: what the next batch would hold, making it, and the past batches downloaded again."""

from returns.result import Failure, Success
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from application.export_deaths import ExportDeathsCommand
from application.list_pending_deaths import PendingDeathsQuery
from application.read_death_batch import ReadDeathBatchQuery
from domain.death_report import NothingToReport
from infrastructure.iodas.deaths_file import deaths_csv, file_name
from interfaces.admin.csv_export import csv_file
from interfaces.admin.kit import AdminKit, Area, Caller, NavEntry

PATH = "/deces"


def area(kit: AdminKit) -> Area:
    services = kit.services
    names = {c.code: c.name for c in services.settings.collectivites}

    async def board(request: Request, caller: Caller, problem: str | None = None, notice: str | None = None,
                    status: int = 200) -> Response:
        found = await kit.run(services.list_pending_deaths.execute, PendingDeathsQuery(collectivites=caller.collectivites))
        if not isinstance(found, Success):
            return kit.render(request, caller, "deaths/index.html", {"boards": (), "problem": found.failure().message},
                              403)
        boards = found.unwrap()
        made = request.query_params.get("lot")  # the batch just made, after the redirect
        context = {"boards": boards, "names": names, "problem": problem, "notice": notice,
                   "made": next((p.batch for b in boards for p in b.batches if p.batch.id == made), None)}
        return kit.render(request, caller, "deaths/index.html", context, status)

    async def show(request: Request, caller: Caller) -> Response:
        return await board(request, caller)

    async def make(request: Request, caller: Caller) -> Response:
        form = await request.form()
        command = ExportDeathsCommand(collectivite=str(form.get("collectivite", "")), collectivites=caller.collectivites,
                                      actor_id=caller.user.id, ip=caller.ip)
        match await kit.run(services.export_deaths.execute, command):
            case Success(batch):
                return kit.redirect(request, f"{PATH}?lot={batch.id}")
            case Failure(NothingToReport() as nothing):  # another agent, or the nightly command, was quicker
                return await board(request, caller, notice=nothing.message)
            case Failure(error):
                return await board(request, caller, problem=error.message, status=400)
        raise AssertionError("unreachable")

    async def download(request: Request, caller: Caller) -> Response:
        query = ReadDeathBatchQuery(batch_id=request.path_params["batch_id"], collectivites=caller.collectivites,
                                    actor_id=caller.user.id, ip=caller.ip)
        found = await kit.run(services.read_death_batch.execute, query)
        if not isinstance(found, Success):
            return kit.not_found(request, caller)
        batch = found.unwrap()
        return csv_file(deaths_csv(batch), file_name(batch))

    return Area(
        routes=[
            Route(PATH, kit.page(show), methods=["GET"]),
            Route(PATH, kit.page(make), methods=["POST"]),
            Route(PATH + "/lots/{batch_id}.csv", kit.page(download)),
        ],
        nav=(NavEntry(label="Décès à signaler à IODAS", path=PATH),),
    )
