"""Doubtful cases: the queue, one case beside its candidates, and the agent's settlement."""

from collections.abc import Sequence

from returns.result import Failure, Success
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from application.list_doubts import ListDoubts, ListDoubtsQuery, WaitingDoubt
from application.list_settled_doubts import ListSettledDoubts, ListSettledDoubtsQuery
from application.resolve_doubt import ResolveDoubt, ResolveDoubtCommand
from application.show_doubt import ShowDoubt, ShowDoubtQuery
from domain.doubt import AlreadySettled
from domain.errors import InvalidInput
from interfaces.admin.kit import AdminKit, Area, Caller, NavEntry

UNKNOWN_CHOICE = "inconnu"
FIELDS = {"comment": "commentaire", "iodas_ids": "choix"}  # the use case's field at fault: the form's input
NO_CHOICE = ("Cochez le dossier du défunt (tous ses dossiers s'il est enregistré plusieurs fois), ou « Aucun de "
             "ces candidats ».")
UNKNOWN_AND_FILES = ("« Aucun de ces candidats » ne peut pas être coché avec un candidat : décochez l'un ou "
                     "l'autre.")


def _choice_problem(choices: Sequence[str]) -> str | None:
    """The agent's choice, unless it contradicts itself: nothing checked, or nobody and somebody at once."""
    if not choices:
        return NO_CHOICE
    if UNKNOWN_CHOICE in choices and len(set(choices)) > 1:
        return UNKNOWN_AND_FILES
    return None


def area(kit: AdminKit) -> Area:
    services = kit.services
    list_doubts = ListDoubts(services.uow, services.clock)
    list_settled = ListSettledDoubts(services.uow)
    show_doubt = ShowDoubt(services.uow)
    resolve_doubt = ResolveDoubt(services.uow, services.clock, services.letters)
    names = {c.code: c.name for c in services.settings.collectivites}

    async def queue(request: Request, caller: Caller) -> Response:
        result = await kit.run(list_doubts.execute, ListDoubtsQuery(collectivites=caller.collectivites))
        waiting, error = (result.unwrap(), None) if isinstance(result, Success) else ([], result.failure().message)
        settled = await kit.run(list_settled.execute, ListSettledDoubtsQuery(collectivites=caller.collectivites))
        context = {"waiting": waiting, "error": error, "names": names,
                   "settled": settled.unwrap() if isinstance(settled, Success) else []}
        return kit.render(request, caller, "doubts/queue.html", context)

    async def next_doubt(caller: Caller, settled: str) -> WaitingDoubt | None:
        """The oldest doubt still waiting, for the agent to go on with."""
        waiting = await kit.run(list_doubts.execute, ListDoubtsQuery(collectivites=caller.collectivites))
        return next((w for w in waiting.value_or([]) if w.doubt.decision.id != settled), None)

    async def detail(request: Request, caller: Caller, error: str | None = None, comment: str = "",
                     status: int = 200, choice: Sequence[str] = (), settled_before: bool = False,
                     invalid: str | None = None) -> Response:
        query = ShowDoubtQuery(decision_id=request.path_params["decision_id"], collectivites=caller.collectivites)
        match await kit.run(show_doubt.execute, query):
            case Success(file):
                settled_now = request.query_params.get("leve") == "1"
                context = {"file": file, "error": error, "comment": comment, "names": names,
                           "settled_now": settled_now, "unknown": UNKNOWN_CHOICE, "choice": choice,
                           "settled_before": settled_before, "invalid": invalid,
                           "next_doubt": await next_doubt(caller, file.decision.id) if settled_now else None}
                return kit.render(request, caller, "doubts/detail.html", context, status)
        return kit.not_found(request, caller)

    async def settle(request: Request, caller: Caller) -> Response:
        form = await request.form()
        choice, comment = [str(c) for c in form.getlist("choix")], str(form.get("commentaire", ""))
        if problem := _choice_problem(choice):
            return await detail(request, caller, problem, comment, 400, choice, invalid="choix")
        command = ResolveDoubtCommand(
            decision_id=request.path_params["decision_id"], iodas_ids=tuple(c for c in choice if c != UNKNOWN_CHOICE),
            comment=comment, agent_id=caller.user.id, collectivites=caller.collectivites, ip=caller.ip)
        match await kit.run(resolve_doubt.execute, command):
            case Success(_):
                return kit.redirect(request, f"/doutes/{command.decision_id}?leve=1")
            case Failure(AlreadySettled()):
                # Settled meanwhile (another tab, a colleague): say so, and by whom, rather than look accepted.
                return await detail(request, caller, status=409, settled_before=True)
            case Failure(InvalidInput() as wrong):
                return await detail(request, caller, wrong.message, comment, 400, choice,
                                    invalid=FIELDS.get(wrong.field or ""))
            case Failure(error):
                return await detail(request, caller, error.message, comment, 400, choice)
        raise AssertionError("unreachable")

    return Area(
        routes=[
            Route("/doutes", kit.page(queue)),
            Route("/doutes/{decision_id}", kit.page(detail), methods=["GET"]),
            Route("/doutes/{decision_id}", kit.page(settle), methods=["POST"]),
        ],
        nav=(NavEntry(label="Doutes à lever", path="/doutes"),),
    )
