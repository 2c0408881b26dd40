"""Per-request context: the services, the caller and the response for cookies."""

from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response
from strawberry.types import Info as StrawberryInfo

from domain.api_token import ApiToken
from domain.user import User
from interfaces.bootstrap import Services
from interfaces.graphql.loaders import Loaders

SESSION_COOKIE = "notaires_session"


@dataclass(slots=True, kw_only=True)
class Context:
    services: Services
    request: Request
    response: Response
    user: User | None
    token: str | None
    via_cookie: bool = False  # the token came from the session cookie, not an Authorization header
    integrator: ApiToken | None = None  # set instead of `user` when an integrator's API token was sent
    loaders: Loaders

    @property
    def ip(self) -> str | None:
        return self.request.client.host if self.request.client else None


Info = StrawberryInfo[Context, None]


def presented_token(request: Request) -> tuple[str | None, bool]:
    """The token the request presents, and whether it came from the session cookie, which a browser sends by itself
    (a mutation then needs the CSRF check), rather than from an `Authorization: Bearer` header. Another kind of
    Authorization header leaves the cookie in use, and so under the CSRF check."""
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip() or None, False
    token = request.cookies.get(SESSION_COOKIE)
    return token, token is not None
