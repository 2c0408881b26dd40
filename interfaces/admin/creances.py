"""Créances: the board, opening a case on a recoverable answer, the computed amount, and the workflow."""

from returns.result import Failure, Success
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from application.list_creances import ListCreances, ListCreancesQuery
from application.move_creance import CreanceStep, MoveCreance, MoveCreanceCommand
from application.open_creance import OpenCreance, OpenCreanceCommand
from application.prepare_creance import CreanceDraft, PrepareCreance, PrepareCreanceQuery
from application.revise_creance import ReviseCreance, ReviseCreanceCommand
from application.show_creance import ShowCreance, ShowCreanceQuery
from domain.creance import CaseFacts, Creance, CreanceStatus
from domain.recovery import ZERO, ClaimedAid, RecourseType
from interfaces.admin import forms
from interfaces.admin.formatting import RECOURSE_LABELS, STATUS_LABELS
from interfaces.admin.kit import AdminKit, Area, Caller, NavEntry


def _facts(form: FormData, draft: CreanceDraft) -> CaseFacts:
    try:
        recourse = RecourseType(str(form.get("recours", "")))
    except ValueError:
        raise forms.FormError("Choisissez le type de recours.") from None
    claimed = tuple(ClaimedAid(aid_code=t.code, amount_paid=forms.amount(form.get(f"aide_{t.code}"), t.label))
                    for t in draft.aid_types)
    return CaseFacts(recourse=recourse, claimed=claimed,
                     net_estate=forms.amount(form.get("actif_net"), "Actif net successoral"),
                     funeral_costs=forms.amount(form.get("frais_obseques"), "Frais d'obsèques"))


def _french(amount: object) -> str:
    return str(amount).replace(".", ",")


def _figures(creance: Creance) -> dict[str, str]:
    """The case's current figures, as the form shows them."""
    paid = {f"aide_{a.aid_code}": _french(a.amount_paid) for a in creance.claimed}
    return {"recours": creance.recourse.value, "actif_net": _french(creance.net_estate),
            "frais_obseques": _french(creance.funeral_costs), **paid}


# Money recorded cannot be taken back: these steps are shown to the agent, who confirms them, before they are saved.
CONFIRMED_STEPS = frozenset({CreanceStep.RECOVER, CreanceStep.WAIVE})


def _move(form: FormData, creance_id: str, caller: Caller) -> MoveCreanceCommand:
    try:
        step = CreanceStep(str(form.get("etape", "")))
    except ValueError:
        raise forms.FormError("Action inconnue.") from None
    amount = forms.amount(form.get("montant"), "Montant recouvré") if step is CreanceStep.RECOVER else ZERO
    return MoveCreanceCommand(creance_id=creance_id, step=step, on=forms.day(form.get("date"), "Date"),
                              amount=amount, reason=str(form.get("motif", "")), agent_id=caller.user.id,
                              collectivites=caller.collectivites, ip=caller.ip,
                              preview=step in CONFIRMED_STEPS and form.get("confirme") != "1")


def area(kit: AdminKit) -> Area:
    services = kit.services
    board, prepare, show = ListCreances(services.uow), PrepareCreance(services.uow), ShowCreance(services.uow)
    open_creance, move = OpenCreance(services.uow, services.clock), MoveCreance(services.uow, services.clock)
    revise = ReviseCreance(services.uow, services.clock)

    async def index(request: Request, caller: Caller) -> Response:
        wanted = request.query_params.get("statut", "")
        status = CreanceStatus(wanted) if wanted in STATUS_LABELS else None
        result = await kit.run(board.execute, ListCreancesQuery(collectivites=caller.collectivites, status=status))
        context = {"board": result.unwrap() if isinstance(result, Success) else None,
                   "error": None if isinstance(result, Success) else result.failure().message,
                   "statuses": STATUS_LABELS, "wanted": wanted}
        return kit.render(request, caller, "creances/index.html", context)

    async def new(request: Request, caller: Caller, error: str | None = None, status: int = 200) -> Response:
        query = PrepareCreanceQuery(decision_id=request.path_params["decision_id"], collectivites=caller.collectivites)
        match await kit.run(prepare.execute, query):
            case Success(draft) if draft.existing and request.method == "GET":
                return kit.redirect(request, f"/creances/{draft.existing.id}")
            case Success(draft):
                form = await request.form() if request.method == "POST" else FormData()
                context = {"draft": draft, "error": error, "form": form, "recourses": RECOURSE_LABELS}
                return kit.render(request, caller, "creances/new.html", context, status)
        return kit.not_found(request, caller)

    async def create(request: Request, caller: Caller) -> Response:
        query = PrepareCreanceQuery(decision_id=request.path_params["decision_id"], collectivites=caller.collectivites)
        drafted = await kit.run(prepare.execute, query)
        if not isinstance(drafted, Success):
            return kit.not_found(request, caller)
        try:
            facts = _facts(await request.form(), drafted.unwrap())
        except forms.FormError as problem:
            return await new(request, caller, str(problem), 400)
        command = OpenCreanceCommand(decision_id=query.decision_id, facts=facts, agent_id=caller.user.id,
                                     collectivites=caller.collectivites, ip=caller.ip)
        match await kit.run(open_creance.execute, command):
            case Success(creance):
                return kit.redirect(request, f"/creances/{creance.id}?ouverte=1")
            case Failure(error):
                return await new(request, caller, error.message, 400)
        raise AssertionError("unreachable")

    async def edit(request: Request, caller: Caller, error: str | None = None, status: int = 200) -> Response:
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
        form = await request.form() if request.method == "POST" else _figures(creance)
        context = {"draft": drafted.unwrap(), "error": error, "form": form, "recourses": RECOURSE_LABELS,
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
            facts = _facts(await request.form(), drafted.unwrap())
        except forms.FormError as problem:
            return await edit(request, caller, str(problem), 400)
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
                context = {"file": file, "error": error, "today": services.clock.now().date().isoformat(),
                           "opened_now": request.query_params.get("ouverte") == "1",
                           "moved_now": request.query_params.get("fait") == "1",
                           "corrections_closed": request.query_params.get("corrections") == "closes"}
                return kit.render(request, caller, "creances/detail.html", context, status)
        return kit.not_found(request, caller)

    async def step(request: Request, caller: Caller) -> Response:
        creance_id = request.path_params["creance_id"]
        form = await request.form()
        try:
            command = _move(form, creance_id, caller)
        except forms.FormError as problem:
            return await detail(request, caller, str(problem), 400)
        match await kit.run(move.execute, command):
            case Success(after) if command.preview:
                shown = await kit.run(show.execute, ShowCreanceQuery(creance_id=creance_id,
                                                                      collectivites=caller.collectivites))
                if not isinstance(shown, Success):
                    return kit.not_found(request, caller)
                context = {"file": shown.unwrap(), "after": after, "command": command, "form": form}
                return kit.render(request, caller, "creances/confirm.html", context)
            case Success(_):
                return kit.redirect(request, f"/creances/{creance_id}?fait=1")
            case Failure(error):
                return await detail(request, caller, error.message, 400)
        raise AssertionError("unreachable")

    return Area(
        routes=[
            Route("/creances", kit.page(index)),
            Route("/creances/ouvrir/{decision_id}", kit.page(new), methods=["GET"]),
            Route("/creances/ouvrir/{decision_id}", kit.page(create), methods=["POST"]),
            Route("/creances/{creance_id}", kit.page(detail), methods=["GET"]),
            Route("/creances/{creance_id}/etape", kit.page(step), methods=["POST"]),
            Route("/creances/{creance_id}/modifier", kit.page(edit), methods=["GET"]),
            Route("/creances/{creance_id}/modifier", kit.page(update), methods=["POST"]),
        ],
        nav=(NavEntry(label="Créances", path="/creances"),),
    )
