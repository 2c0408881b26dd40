"""Créances: the board, opening a case on a recoverable answer, the computed amount, the décompte sent to the
notary, and the workflow."""

from returns.result import Failure, Success
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from application.letters.get_decompte import GetDecompte, GetDecompteQuery
from application.letters.wording import local_date
from application.list_creances import ListCreances, ListCreancesQuery
from application.move_creance import MoveCreance
from application.notify_creance import NotifyCreance
from application.open_creance import OpenCreance, OpenCreanceCommand
from application.prepare_creance import PrepareCreance, PrepareCreanceQuery
from application.revise_creance import ReviseCreance, ReviseCreanceCommand
from application.show_creance import ShowCreance, ShowCreanceQuery
from domain.creance import CreanceStatus
from interfaces.admin import creance_forms, forms
from interfaces.admin.formatting import RECOURSES_OFFERED, STATUS_LABELS
from interfaces.admin.kit import SECURITY_HEADERS, AdminKit, Area, Caller, NavEntry


def area(kit: AdminKit) -> Area:
    services = kit.services
    board, prepare = ListCreances(services.uow), PrepareCreance(services.uow)
    show = ShowCreance(services.uow, services.profiles)
    open_creance, move = OpenCreance(services.uow, services.clock), MoveCreance(services.uow, services.clock)
    revise = ReviseCreance(services.uow, services.clock)
    notify = NotifyCreance(services.uow, services.clock, services.decompte_letters, services.profiles)
    get_decompte = GetDecompte(services.uow)

    async def index(request: Request, caller: Caller) -> Response:
        wanted = request.query_params.get("statut", "")
        status = CreanceStatus(wanted) if wanted in STATUS_LABELS else None
        result = await kit.run(board.execute, ListCreancesQuery(collectivites=caller.collectivites, status=status))
        context = {"board": result.unwrap() if isinstance(result, Success) else None,
                   "error": None if isinstance(result, Success) else result.failure().message,
                   "statuses": STATUS_LABELS, "wanted": wanted}
        return kit.render(request, caller, "creances/index.html", context)

    async def new(request: Request, caller: Caller, error: str | None = None, status: int = 200,
                  errors: dict[str, str] | None = None) -> Response:
        query = PrepareCreanceQuery(decision_id=request.path_params["decision_id"], collectivites=caller.collectivites)
        match await kit.run(prepare.execute, query):
            case Success(draft) if draft.existing and request.method == "GET":
                return kit.redirect(request, f"/creances/{draft.existing.id}")
            case Success(draft):
                form = await request.form() if request.method == "POST" else FormData()
                context = {"draft": draft, "error": error, "errors": errors or {}, "form": form,
                           "recourses": RECOURSES_OFFERED}
                return kit.render(request, caller, "creances/new.html", context, status)
        return kit.not_found(request, caller)

    async def create(request: Request, caller: Caller) -> Response:
        query = PrepareCreanceQuery(decision_id=request.path_params["decision_id"], collectivites=caller.collectivites)
        drafted = await kit.run(prepare.execute, query)
        if not isinstance(drafted, Success):
            return kit.not_found(request, caller)
        try:
            facts = creance_forms.facts(await request.form(), drafted.unwrap())
        except forms.FormErrors as problems:
            return await new(request, caller, status=400, errors=problems.by_field)
        command = OpenCreanceCommand(decision_id=query.decision_id, facts=facts, agent_id=caller.user.id,
                                     collectivites=caller.collectivites, ip=caller.ip)
        match await kit.run(open_creance.execute, command):
            case Success(creance):
                return kit.redirect(request, f"/creances/{creance.id}?ouverte=1")
            case Failure(error):
                return await new(request, caller, error.message, 400)
        raise AssertionError("unreachable")

    async def edit(request: Request, caller: Caller, error: str | None = None, status: int = 200,
                  errors: dict[str, str] | None = None) -> Response:
        query = ShowCreanceQuery(creance_id=request.path_params["creance_id"], collectivites=caller.collectivites)
        shown = await kit.run(show.execute, query)
        if not isinstance(shown, Success):
            return kit.not_found(request, caller)
        creance = shown.unwrap().creance
        if creance.status is not CreanceStatus.TO_EXAMINE:  # the form would only lead to a refusal
            return kit.redirect(request, f"/creances/{creance.id}?corrections=closes")
        drafted = await kit.run(prepare.execute, PrepareCreanceQuery(decision_id=creance.decision_id,
                                                                      collectivites=caller.collectivites))
        if not isinstance(drafted, Success):
            return kit.not_found(request, caller)
        form = await request.form() if request.method == "POST" else creance_forms.figures(creance)
        context = {"draft": drafted.unwrap(), "error": error, "errors": errors or {}, "form": form,
                   "recourses": RECOURSES_OFFERED,
                   "editing": creance}
        return kit.render(request, caller, "creances/new.html", context, status)

    async def update(request: Request, caller: Caller) -> Response:
        creance_id = request.path_params["creance_id"]
        query = ShowCreanceQuery(creance_id=creance_id, collectivites=caller.collectivites)
        shown = await kit.run(show.execute, query)
        if not isinstance(shown, Success):
            return kit.not_found(request, caller)
        drafted = await kit.run(prepare.execute, PrepareCreanceQuery(decision_id=shown.unwrap().creance.decision_id,
                                                                      collectivites=caller.collectivites))
        if not isinstance(drafted, Success):
            return kit.not_found(request, caller)
        try:
            facts = creance_forms.facts(await request.form(), drafted.unwrap())
        except forms.FormErrors as problems:
            return await edit(request, caller, status=400, errors=problems.by_field)
        command = ReviseCreanceCommand(creance_id=creance_id, facts=facts, agent_id=caller.user.id,
                                       collectivites=caller.collectivites, ip=caller.ip)
        match await kit.run(revise.execute, command):
            case Success(_):
                return kit.redirect(request, f"/creances/{creance_id}?fait=1")
            case Failure(error):
                return await edit(request, caller, error.message, 400)
        raise AssertionError("unreachable")

    async def detail(request: Request, caller: Caller, error: str | None = None, status: int = 200) -> Response:
        query = ShowCreanceQuery(creance_id=request.path_params["creance_id"], collectivites=caller.collectivites)
        match await kit.run(show.execute, query):
            case Success(file):
                context = {"file": file, "error": error, "today": local_date(services.clock.now()).isoformat(),
                           "opened_now": request.query_params.get("ouverte") == "1",
                           "moved_now": request.query_params.get("fait") == "1",
                           "sent_now": request.query_params.get("decompte") == "envoye",
                           "corrections_closed": request.query_params.get("corrections") == "closes"}
                return kit.render(request, caller, "creances/detail.html", context, status)
        return kit.not_found(request, caller)

    async def confirmation(request: Request, caller: Caller, template: str, context: dict[str, object]) -> Response:
        """A step shown before it is done: the case as it stands beside what the step would make of it."""
        query = ShowCreanceQuery(creance_id=request.path_params["creance_id"], collectivites=caller.collectivites)
        shown = await kit.run(show.execute, query)
        if not isinstance(shown, Success):
            return kit.not_found(request, caller)
        return kit.render(request, caller, template, {"file": shown.unwrap(), **context})

    async def step(request: Request, caller: Caller) -> Response:
        creance_id = request.path_params["creance_id"]
        form = await request.form()
        try:
            command = creance_forms.move(form, creance_id, caller)
        except forms.FormError as problem:
            return await detail(request, caller, str(problem), 400)
        match await kit.run(move.execute, command):
            case Success(after) if command.preview:
                return await confirmation(request, caller, "creances/confirm.html",
                                          {"after": after, "command": command, "form": form})
            case Success(_):
                return kit.redirect(request, f"/creances/{creance_id}?fait=1")
            case Failure(error):
                return await detail(request, caller, error.message, 400)
        raise AssertionError("unreachable")

    async def send_decompte(request: Request, caller: Caller) -> Response:
        creance_id = request.path_params["creance_id"]
        form = await request.form()
        try:
            command = creance_forms.notification(form, creance_id, caller)
        except forms.FormError as problem:
            return await detail(request, caller, str(problem), 400)
        match await kit.run(notify.execute, command):
            case Success(sent) if command.preview:
                return await confirmation(request, caller, "creances/confirm_decompte.html", {"sent": sent})
            case Success(_):
                return kit.redirect(request, f"/creances/{creance_id}?decompte=envoye")
            case Failure(error):
                return await detail(request, caller, error.message, 400)
        raise AssertionError("unreachable")

    async def decompte_pdf(request: Request, caller: Caller) -> Response:
        query = GetDecompteQuery(creance_id=request.path_params["creance_id"], collectivites=caller.collectivites)
        match await kit.run(get_decompte.execute, query):
            case Success(letter):
                return Response(letter.pdf, media_type="application/pdf", headers={
                    **SECURITY_HEADERS, "Content-Disposition": f'inline; filename="{letter.filename}"'})
        return kit.not_found(request, caller)

    return Area(
        routes=[
            Route("/creances", kit.page(index)),
            Route("/creances/ouvrir/{decision_id}", kit.page(new), methods=["GET"]),
            Route("/creances/ouvrir/{decision_id}", kit.page(create), methods=["POST"]),
            Route("/creances/{creance_id}", kit.page(detail), methods=["GET"]),
            Route("/creances/{creance_id}/etape", kit.page(step), methods=["POST"]),
            Route("/creances/{creance_id}/decompte", kit.page(send_decompte), methods=["POST"]),
            Route("/creances/{creance_id}/decompte.pdf", kit.page(decompte_pdf), methods=["GET"]),
            Route("/creances/{creance_id}/modifier", kit.page(edit), methods=["GET"]),
            Route("/creances/{creance_id}/modifier", kit.page(update), methods=["POST"]),
        ],
        nav=(NavEntry(label="Créances", path="/creances"),),
    )
