"""The /graphql endpoint: strawberry's ASGI app with our context."""

import anyio.to_thread
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from application.create_api_token import API_TOKEN_PREFIX
from interfaces.bootstrap import Services
from interfaces.graphql.context import Context, bearer_or_cookie
from interfaces.graphql.loaders import make_loaders
from interfaces.graphql.schema import build_schema


class NotairesGraphQL(GraphQL[Context, None]):
    def __init__(self, services: Services) -> None:
        super().__init__(build_schema(dev=services.settings.dev), graphql_ide="graphiql" if services.settings.dev else None)
        self._services = services

    async def get_context(self, request: Request | WebSocket, response: Response | WebSocket) -> Context:
        assert isinstance(request, Request) and isinstance(response, Response)
        token = bearer_or_cookie(request)
        via_cookie = bool(token) and not request.headers.get("authorization")
        loaders = make_loaders(self._services.decision_reads)
        if token and token.startswith(API_TOKEN_PREFIX) and not via_cookie:
            ip = request.client.host if request.client else None
            integrator = await anyio.to_thread.run_sync(self._services.authenticate_api_token.execute, token, ip)
            return Context(services=self._services, request=request, response=response, user=None, token=None,
                           integrator=integrator, loaders=loaders)
        user = await anyio.to_thread.run_sync(self._services.authenticate.execute, token) if token else None
        return Context(services=self._services, request=request, response=response, user=user, token=token,
                       via_cookie=via_cookie, loaders=loaders)
