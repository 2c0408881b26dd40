"""What every back-office page shares: the signed-in caller, role guards, CSRF, templates.

To add a page, write a handler `async def page(request: Request, caller: Caller) -> Response`, wrap it
with `kit.page(handler)` (or `kit.page(handler, roles=ADMIN_ONLY)`) in your area's `routes`, and render
with `kit.render(request, caller, "your/template.html", {...})`. See interfaces/admin/README.md.
"""

import hashlib
import hmac
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ParamSpec, TypeVar
from urllib.parse import urlencode

import anyio.to_thread
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute

from domain.jurisdiction import Jurisdiction
from domain.user import Role, User
from interfaces.admin.formatting import FILTERS
from interfaces.bootstrap import Services

SESSION_COOKIE = "notaires_admin"
LOGIN_CSRF_COOKIE = "notaires_admin_login"
BACKOFFICE_ROLES = frozenset({Role.AGENT, Role.ADMIN})
ADMIN_ONLY = frozenset({Role.ADMIN})
# The CSP and the other security headers come from interfaces/security_headers.py, for the whole app.
SECURITY_HEADERS = {"Cache-Control": "no-store"}  # personal data: never kept by a browser or a proxy
ADMIN_ONLY_MESSAGE = "Cette page est réservée aux administrateurs : votre compte d'agent n'y donne pas accès."

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True, slots=True, kw_only=True)
class Caller:
    """The signed-in agent or administrator, and what they may see."""

    user: User
    token: str
    jurisdiction: Jurisdiction  # an agent: their own collectivité; an administrator: its own, or all of them
    ip: str | None

    @property
    def collectivites(self) -> tuple[str, ...]:
        return self.jurisdiction.collectivites

    @property
    def csrf(self) -> str:
        return csrf_for(self.token)

    @property
    def is_admin(self) -> bool:
        return self.user.role is Role.ADMIN


@dataclass(frozen=True, slots=True, kw_only=True)
class NavEntry:
    label: str
    path: str  # relative to the back-office root, e.g. "/doutes"
    roles: frozenset[Role] = BACKOFFICE_ROLES


@dataclass(frozen=True, slots=True, kw_only=True)
class Area:
    """One part of the back-office: its routes and its entries in the main navigation."""

    routes: list[BaseRoute]
    nav: tuple[NavEntry, ...] = ()


Handler = Callable[[Request, Caller], Awaitable[Response]]
Endpoint = Callable[[Request], Awaitable[Response]]


def csrf_for(token: str) -> str:
    """Derived from the HttpOnly session token, which a forging site can neither read nor guess."""
    return hashlib.sha256(f"csrf|{token}".encode()).hexdigest()


def base_path(request: Request) -> str:
    return str(request.scope.get("root_path", "")).rstrip("/")


def _relative(request: Request) -> str:
    return request.url.path[len(base_path(request)):] or "/"


@dataclass
class AdminKit:
    services: Services
    nav: list[NavEntry] = field(default_factory=list)

    def __post_init__(self) -> None:
        templates = Path(__file__).parent / "templates"
        self.env = Environment(loader=FileSystemLoader(templates), autoescape=select_autoescape(["html"]))
        self.env.filters.update(FILTERS)

    async def run(self, function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        """Use cases are synchronous (the database is): run them off the event loop."""
        return await anyio.to_thread.run_sync(lambda: function(*args, **kwargs))

    def page(self, handler: Handler, roles: frozenset[Role] = BACKOFFICE_ROLES) -> Endpoint:
        """Guards a handler: signed in, right role, and a valid CSRF token on every POST."""

        async def endpoint(request: Request) -> Response:
            token = request.cookies.get(SESSION_COOKIE)
            user = await self.run(self.services.authenticate.execute, token) if token else None
            if user is None or token is None:
                return self.redirect(request, "/connexion?" + urlencode({"suite": _relative(request)}))
            if user.role in BACKOFFICE_ROLES and user.role not in roles:
                # Signing in again would not help an agent here: only an administrator's account opens it.
                return self.html(request, "forbidden.html", {"message": ADMIN_ONLY_MESSAGE, "back_home": True},
                                 status=403)
            if user.role not in roles:
                return self.forbidden(request)
            caller = Caller(user=user, token=token, jurisdiction=self._scope(user),
                            ip=request.client.host if request.client else None)
            if request.method == "POST":
                form = await request.form()
                if not hmac.compare_digest(str(form.get("csrf", "")), caller.csrf):
                    return self.forbidden(request, "Formulaire expiré ou falsifié : rechargez la page et recommencez.")
            return await handler(request, caller)

        return endpoint

    def _scope(self, user: User) -> Jurisdiction:
        """An agent works for their collectivité; so does an administrator attached to one (a département and a
        métropole are separate controllers of their files); an administrator attached to none, for all."""
        return Jurisdiction.of(user, (c.code for c in self.services.settings.collectivites))

    def html(self, request: Request, template: str, context: Mapping[str, Any], status: int = 200) -> Response:
        body = self.env.get_template(template).render(base=base_path(request), **context)
        return HTMLResponse(body, status_code=status, headers=SECURITY_HEADERS)

    def render(self, request: Request, caller: Caller, template: str, context: Mapping[str, Any] | None = None,
               status: int = 200) -> Response:
        here = _relative(request)
        nav = [e for e in self.nav if caller.user.role in e.roles]
        current = max((e.path for e in nav if here == e.path or here.startswith(e.path.rstrip("/") + "/")),
                      key=len, default=None)
        shared = {"caller": caller, "csrf": caller.csrf, "nav": nav, "current": current}
        return self.html(request, template, {**shared, **(context or {})}, status)

    def redirect(self, request: Request, path: str) -> Response:
        return RedirectResponse(base_path(request) + path, status_code=303, headers=SECURITY_HEADERS)

    def forbidden(self, request: Request, message: str | None = None) -> Response:
        message = message or "Cet espace est réservé aux agents et aux administrateurs de la collectivité."
        return self.html(request, "forbidden.html", {"message": message}, status=403)

    def error_page(self, request: Request, status: int, title: str, message: str) -> Response:
        """For interfaces/error_pages.py: who is signed in is not known there, so no navigation."""
        return self.html(request, "error.html", {"title": title, "message": message}, status)

    def not_found(self, request: Request, caller: Caller) -> Response:
        return self.render(request, caller, "not_found.html", status=404)
