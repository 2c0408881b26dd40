"""GET /lettres/{request_id}.pdf[?decision=ID]: the answer letter again, for its office (bearer or cookie)."""

import anyio.to_thread
from returns.result import Failure, Success
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from application.letters.get_letter import GetLetterQuery, LetterNotFound
from interfaces.bootstrap import Services
from interfaces.graphql.context import presented_token


def letter_route(services: Services) -> Route:
    async def letter(request: Request) -> Response:
        token, _ = presented_token(request)  # a GET changes nothing: no CSRF check
        caller = await anyio.to_thread.run_sync(services.authenticate.execute, token) if token else None
        query = GetLetterQuery(request_id=request.path_params["request_id"], caller=caller,
                               decision_id=request.query_params.get("decision"))
        match await anyio.to_thread.run_sync(services.get_letter.execute, query):
            case Success(found):
                return Response(found.pdf, media_type="application/pdf", headers={
                    "Content-Disposition": f'inline; filename="{found.filename}"',
                    "Cache-Control": "private, no-store"})
            case Failure(LetterNotFound() as missing):
                return PlainTextResponse(missing.message, status_code=404)
            case Failure(error):
                return PlainTextResponse(error.message, status_code=401,
                                         headers={"WWW-Authenticate": "Bearer"})
        raise AssertionError("unreachable")

    return Route("/lettres/{request_id}.pdf", letter, methods=["GET"])
