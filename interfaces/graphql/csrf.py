"""CSRF: a mutation authenticated by the session cookie must come from our own pages. Either its
Origin header names this very host (browsers send it with every fetch POST), or it echoes the CSRF
cookie in the X-CSRF-Token header (double submit, for clients that strip Origin).

Bearer tokens are not sent by browsers on their own, so they need no such check. The CSRF value is
derived from the session token: a cookie planted by another site cannot be paired with a session."""

import hashlib
import hmac
from collections.abc import Iterator
from urllib.parse import urlsplit

from starlette.requests import Request

from strawberry.extensions import SchemaExtension
from strawberry.types.graphql import OperationType

from interfaces.graphql.context import Context

CSRF_COOKIE = "notaires_csrf"
CSRF_HEADER = "x-csrf-token"


def csrf_token_for(session_token: str) -> str:
    return hashlib.sha256(f"csrf:{session_token}".encode()).hexdigest()[:32]


class CsrfGuard(SchemaExtension):
    """A cookie-authenticated mutation without the right header runs as an anonymous caller."""

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context.context
        if isinstance(context, Context) and context.via_cookie and context.token:
            mutation = self.execution_context.operation_type is OperationType.MUTATION
            if mutation and not same_origin(context.request) and not _echoes_cookie(context.request, context.token):
                context.user, context.token, context.via_cookie = None, None, False
        yield


def same_origin(request: Request) -> bool:
    origin = request.headers.get("origin")
    return bool(origin) and origin != "null" and urlsplit(origin).netloc == request.headers.get("host")


def _echoes_cookie(request: Request, session_token: str) -> bool:
    return hmac.compare_digest(request.headers.get(CSRF_HEADER, ""), csrf_token_for(session_token))
