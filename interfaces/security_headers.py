"""HTTP hardening: trusted Host headers only, security headers on every response, bodies of a bounded size."""

import logging
from collections.abc import Sequence

from starlette.datastructures import Headers
from starlette.middleware import Middleware
from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from infrastructure.settings import Settings
from interfaces.body_limits import BodyLimit

# Our pages load scripts and styles from our own origin only. Inline style attributes stay allowed
# (harmless, and handy for charts); inline scripts do not.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
# Development only: GraphiQL comes from unpkg with inline bootstrapping code.
DEV_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline' https://unpkg.com").replace(
    "style-src 'self' 'unsafe-inline'", "style-src 'self' 'unsafe-inline' https://unpkg.com").replace(
    "font-src 'self'", "font-src 'self' https://unpkg.com")


def security_headers(*, dev: bool) -> dict[str, str]:
    """Sent with every response; also by the crash page, which Starlette answers outside the middleware."""
    return {
        "content-security-policy": DEV_CSP if dev else CSP,
        "referrer-policy": "same-origin",
        "x-content-type-options": "nosniff",
        "x-frame-options": "DENY",
        "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=()",
        "cross-origin-opener-policy": "same-origin",
        **({} if dev else {"strict-transport-security": "max-age=31536000"}),
    }


class SecurityHeaders:
    def __init__(self, app: ASGIApp, *, dev: bool) -> None:
        self._app = app
        self._headers = [(name.encode(), value.encode()) for name, value in security_headers(dev=dev).items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(name, value) for name, value in self._headers if name not in present]
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        await self._app(scope, receive, send_with_headers)


_log = logging.getLogger(__name__)
UNKNOWN_HOST = ("Adresse non reconnue : ce service ne répond qu'à l'adresse publiée par le département. "
                "Vérifiez l'adresse saisie dans votre navigateur ou dans votre logiciel.")


def _host_name(header: str) -> str:
    """« example.fr:8443 » → « example.fr »; « [::1]:8000 » → « [::1] » (kept bracketed, as allowed hosts write it)."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[:header.find("]") + 1] if "]" in header else ""
    return header.partition(":")[0]


class TrustedHosts:
    """Refuses requests for another host name (DNS rebinding, poisoned links), in French, and tells the operator
    which setting to widen; Starlette's own middleware answers « Invalid host header » and logs nothing."""

    def __init__(self, app: ASGIApp, *, allowed: Sequence[str]) -> None:
        self._app = app
        self._allowed = tuple(pattern.lower() for pattern in allowed)

    def _trusted(self, host: str) -> bool:
        return any(pattern == "*" or host == pattern or (pattern.startswith("*.") and host.endswith(pattern[1:]))
                   for pattern in self._allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self._app(scope, receive, send)
            return
        host = _host_name(Headers(scope=scope).get("host", ""))
        if host and self._trusted(host):
            await self._app(scope, receive, send)
            return
        _log.warning("request for host %r refused: not in NOTAIRES_ALLOWED_HOSTS", host)
        await PlainTextResponse(UNKNOWN_HOST, status_code=400)(scope, receive, send)


def security_middleware(settings: Settings) -> list[Middleware]:
    """Outermost first: an unknown host is refused before anything, and a body too large carries the headers too."""
    hosts = list(settings.allowed_hosts) + (["testserver"] if settings.dev else [])
    return [Middleware(TrustedHosts, allowed=hosts), Middleware(SecurityHeaders, dev=settings.dev),
            Middleware(BodyLimit)]
