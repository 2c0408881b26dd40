"""The /graphql endpoint: strawberry's ASGI app with our context."""

import anyio.to_thread
from cross_web import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from application.create_api_token import API_TOKEN_PREFIX
from interfaces.bootstrap import Services
from interfaces.graphql.context import Context, presented_token
from interfaces.graphql.loaders import make_loaders
from interfaces.graphql.schema import build_schema


class NotairesGraphQL(GraphQL[Context, None]):
    def __init__(self, services: Services) -> None:
        super().__init__(build_schema(dev=services.settings.dev), graphql_ide="graphiql" if services.settings.dev else None)
        self._services = services

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """As strawberry's, but a request GraphQL cannot read is refused in French; outside development, only POST
        is read (GET is GraphiQL's and its queries'); and no answer, which may name people, is ever cached."""
        if scope["type"] != "http":
            return await super().__call__(scope, receive, send)
        request = Request(scope=scope, receive=receive)
        if request.method != "POST" and not self._services.settings.dev:
            response: Response = PlainTextResponse(POST_ONLY, status_code=405, headers={"Allow": "POST"})
        else:
            try:
                response = await self.run(request)
            except HTTPException as refusal:
                response = PlainTextResponse(refused(refusal.reason), status_code=refusal.status_code)
        response.headers["Cache-Control"] = "no-store"
        await response(scope, receive, send)

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
        assert isinstance(request, Request) and isinstance(response, Response)
        token, via_cookie = presented_token(request)
        loaders = make_loaders(self._services.decision_reads)
        if token and token.startswith(API_TOKEN_PREFIX) and not via_cookie:
            ip = request.client.host if request.client else None
            integrator = await anyio.to_thread.run_sync(self._services.authenticate_api_token.execute, token, ip)
            return Context(services=self._services, request=request, response=response, user=None, token=None,
                           integrator=integrator, loaders=loaders)
        user = await anyio.to_thread.run_sync(self._services.authenticate.execute, token) if token else None
        return Context(services=self._services, request=request, response=response, user=user, token=token,
                       via_cookie=via_cookie, loaders=loaders)


POST_ONLY = "GraphQL s'interroge en POST, le document en JSON : une requête en GET n'est pas acceptée."
_REFUSALS = {
    "Unable to parse request body as JSON": "Le corps de la requête n'est pas du JSON valide.",
    "Unsupported content type": "Type de contenu non pris en charge : envoyez du JSON (Content-Type: application/json).",
    "No GraphQL query found in the request": "La demande ne contient aucune requête GraphQL (champ « query »).",
    "GraphQL only supports GET and POST requests.": "GraphQL n'accepte que les méthodes GET et POST.",
    "Not Found": "Page introuvable.",
    "mutations are not allowed when using GET": "Une mutation s'envoie en POST, jamais en GET.",
}


def refused(reason: str) -> str:
    """Strawberry's refusals of an unreadable request, in French; an unforeseen one keeps its detail."""
    return _REFUSALS.get(reason) or f"Requête refusée : {reason}"
