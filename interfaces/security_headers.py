"""HTTP hardening: trusted Host headers only, and security headers on every response."""

from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from infrastructure.settings import Settings

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


def security_middleware(settings: Settings) -> list[Middleware]:
    hosts = list(settings.allowed_hosts) + (["testserver"] if settings.dev else [])
    return [Middleware(TrustedHostMiddleware, allowed_hosts=hosts), Middleware(SecurityHeaders, dev=settings.dev)]
