"""Agents and administrators sign in and out of the back-office."""

import hmac
import secrets

from returns.result import Failure, Success
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from application.login import LoginCommand
from interfaces.admin.kit import (
    BACKOFFICE_ROLES,
    LOGIN_CSRF_COOKIE,
    SESSION_COOKIE,
    AdminKit,
    Area,
    Caller,
    base_path,
)


def _safe_next(value: object) -> str:
    """Only a path inside the back-office, never another site."""
    text = str(value or "/")
    return text if text.startswith("/") and not text.startswith("//") and "\\" not in text else "/"


def area(kit: AdminKit) -> Area:
    settings = kit.services.settings

    def login_form(request: Request, error: str | None = None, email: str = "", status: int = 200,
                   invalid: str | None = None) -> Response:
        nonce = request.cookies.get(LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(24)
        context = {"error": error, "invalid": invalid, "email": email, "nonce": nonce,
                   "suite": _safe_next(request.query_params.get("suite"))}
        response = kit.html(request, "login.html", context, status)
        response.set_cookie(LOGIN_CSRF_COOKIE, nonce, httponly=True, samesite="strict", secure=not settings.dev,
                            path=base_path(request) or "/")
        return response

    async def show(request: Request) -> Response:
        return login_form(request)

    async def sign_in(request: Request) -> Response:
        form = await request.form()
        email, password = str(form.get("email", "")), str(form.get("password", ""))
        expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
        if not expected and request.url.scheme == "http" and not settings.dev:
            # The form's cookie is Secure outside development: over plain http the browser never sends it back,
            # and « Formulaire expiré » would come back at every try.
            return login_form(request, "Votre navigateur n'a pas pu garder le cookie de sécurité de la connexion : "
                                       "ouvrez le service en HTTPS (ou, pour un essai sur la machine même, à "
                                       "l'adresse http://localhost).", email, 400)
        if not expected or not hmac.compare_digest(str(form.get("csrf", "")), expected):
            return login_form(request, "Formulaire expiré : veuillez réessayer.", email, 400)
        ip = request.client.host if request.client else None
        if refusal := kit.services.throttle.login(ip=ip):  # the per-IP limit of the GraphQL sign-in too
            return login_form(request, refusal.message, email, 429)
        result = await kit.run(kit.services.login.execute, LoginCommand(email=email, password=password, ip=ip))
        match result:
            case Success(granted) if granted.user.role in BACKOFFICE_ROLES:
                response = kit.redirect(request, _safe_next(form.get("suite")))
                response.set_cookie(SESSION_COOKIE, granted.token, httponly=True, samesite="strict",
                                    secure=not settings.dev, path=base_path(request) or "/",
                                    max_age=int(settings.session_ttl.total_seconds()))
                response.delete_cookie(LOGIN_CSRF_COOKIE, path=base_path(request) or "/")
                return response
            case Success(granted):
                # A notary's password is right, but this door is not theirs: the session dies at once.
                await kit.run(kit.services.logout.execute, granted.token)
                return login_form(request, "Cet espace est réservé aux agents et aux administrateurs. "
                                           "Les études notariales utilisent l'espace notaires.", email, 403)
            case Failure(error):
                # Which of the two was wrong is not told (no account enumeration): the password is retyped.
                return login_form(request, error.message, email, 401, invalid="password")
        raise AssertionError("unreachable")

    async def sign_out(request: Request, caller: Caller) -> Response:
        await kit.run(kit.services.logout.execute, caller.token)
        response = kit.redirect(request, "/connexion")
        response.delete_cookie(SESSION_COOKIE, path=base_path(request) or "/")
        return response

    return Area(routes=[
        Route("/connexion", show, methods=["GET"]),
        Route("/connexion", sign_in, methods=["POST"]),
        Route("/deconnexion", kit.page(sign_out), methods=["POST"]),
    ])
