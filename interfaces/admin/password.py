"""The page a one-time link opens: the account holder sets a new password, without being signed in.

The token in the link is the proof: unguessable, single-use, short-lived. It travels in an address, which access
logs keep (uvicorn's, nginx's, a proxy's): opening the link exchanges it at once for a fresh token that the browser
keeps in an HttpOnly cookie, and the browser is sent on to the page's address without a token. The link's token
then works no more, so a log never holds one that does. The form echoes a value derived from the cookie's token:
a forged cross-site form can know neither.
"""

import hmac

from returns.result import Failure, Success
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from application.reset_password import OPENED_FOR, ResetPasswordCommand
from interfaces.admin.kit import AdminKit, Area, base_path, csrf_for

PAGE_COOKIE = "notaires_mot_de_passe"


def area(kit: AdminKit) -> Area:
    services = kit.services

    def cookie_path(request: Request) -> str:
        return f"{base_path(request)}/mot-de-passe"

    async def opened(request: Request) -> Response:
        token = request.cookies.get(PAGE_COOKIE, "")
        match await kit.run(services.reset_password.exchange, request.path_params["token"]):
            case Success(fresh):
                token = fresh
            case Failure(error) if not token or isinstance(await kit.run(services.reset_password.check, token),
                                                          Failure):
                return kit.html(request, "password.html", {"expired": error.message}, 410)
        # Lax, not Strict: the link is opened from a mail reader, another site, and the cookie must come along
        # on the way to the page; a cross-site form's POST never carries it.
        response = kit.redirect(request, "/mot-de-passe")
        response.set_cookie(PAGE_COOKIE, token, max_age=int(OPENED_FOR.total_seconds()), path=cookie_path(request),
                            httponly=True, samesite="lax", secure=not services.settings.dev)
        return response

    async def page(request: Request) -> Response:
        token = request.cookies.get(PAGE_COOKIE, "")
        match await kit.run(services.reset_password.check, token):
            case Failure(error):
                return kit.html(request, "password.html", {"expired": error.message}, 410)
            case Success(email):
                pass
        if request.method == "GET":
            return kit.html(request, "password.html", {"email": email, "csrf": csrf_for(token)})
        form = await request.form()
        if not hmac.compare_digest(str(form.get("csrf", "")), csrf_for(token)):
            return kit.forbidden(request, "Formulaire expiré ou falsifié : rouvrez le lien reçu par e-mail.")
        command = ResetPasswordCommand(token=token, password=str(form.get("password", "")),
                                       confirmation=str(form.get("confirmation", "")),
                                       ip=request.client.host if request.client else None)
        match await kit.run(services.reset_password.execute, command):
            case Success(done):
                response = kit.html(request, "password.html", {"done": done})
                response.delete_cookie(PAGE_COOKIE, path=cookie_path(request))
                return response
            case Failure(error):
                if isinstance(await kit.run(services.reset_password.check, token), Failure):
                    return kit.html(request, "password.html", {"expired": error.message}, 410)
                return kit.html(request, "password.html", {"email": email, "csrf": csrf_for(token),
                                                           "error": error.message}, 400)
        raise AssertionError("unreachable")

    return Area(routes=[
        Route("/mot-de-passe", page, methods=["GET", "POST"], name="password_page"),
        Route("/mot-de-passe/{token}", opened, methods=["GET"], name="password_link"),
    ])
