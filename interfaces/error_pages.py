"""French answers when no route matches, a method is not allowed, or a handler crashes.

Starlette's own are English (« Not Found »). Browser pages get an HTML page from the app that owns
the path (the back-office or the notary's site); files and the API get plain text or JSON.
"""

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

# The request, the status, a title and a sentence: the French HTML page of the app that owns the path.
PageRenderer = Callable[[Request, int, str, str], Response]
Handler = Callable[[Request, Exception], Awaitable[Response]]

MESSAGES = {
    404: ("Page introuvable", "Cette page n'existe pas : vérifiez l'adresse, ou repartez de l'accueil."),
    405: ("Action impossible", "Cette adresse ne s'utilise pas de cette façon : repartez de l'accueil."),
    500: ("Erreur du service", "Le service a rencontré une erreur inattendue. Réessayez dans quelques instants ; "
                               "si l'erreur persiste, signalez-la en indiquant la page et l'heure."),
}
API_PATHS = ("/graphql", "/healthz")
FILE_PATHS = ("/assets/", "/admin/static/", "/lettres/")


def _answer(request: Request, status: int, page: PageRenderer, headers: Mapping[str, str] | None = None) -> Response:
    title, message = MESSAGES[status]
    path = request.url.path
    if path.startswith(API_PATHS):
        response: Response = JSONResponse({"errors": [{"message": f"{title} : {message}"}]}, status_code=status)
    elif path.startswith(FILE_PATHS):
        response = PlainTextResponse(f"{title}.", status_code=status)
    else:
        response = page(request, status, title, message)
    response.headers.update(headers or {})
    return response


def error_handlers(page: PageRenderer, crash_headers: Mapping[str, str] | None = None) -> dict[Any, Handler]:
    """For `Starlette(exception_handlers=…)`. A crash is still raised on after the answer, so the
    server logs its traceback; the visitor never sees it. `crash_headers`: the security headers, which the
    crash page of the outermost app would otherwise lack (Starlette answers it outside the middleware)."""

    async def refused(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return _answer(request, exc.status_code, page, exc.headers)

    async def crashed(request: Request, _: Exception) -> Response:
        return _answer(request, 500, page, crash_headers)

    return {404: refused, 405: refused, 500: crashed}
