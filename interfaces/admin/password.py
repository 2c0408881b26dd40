"""The page a one-time link opens: the account holder sets a new password, without being signed in.

The token in the address is the proof: unguessable, single-use, short-lived. A forged cross-site form
cannot know it, so it also stands as the form's CSRF token.
"""

from returns.result import Failure, Success
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from application.reset_password import ResetPasswordCommand
from interfaces.admin.kit import AdminKit, Area


def area(kit: AdminKit) -> Area:
    services = kit.services

    async def page(request: Request) -> Response:
        token = request.path_params["token"]
        if request.method == "GET":
            match await kit.run(services.reset_password.check, token):
                case Success(email):
                    return kit.html(request, "password.html", {"email": email, "token": token})
                case Failure(error):
                    return kit.html(request, "password.html", {"expired": error.message}, 410)
        form = await request.form()
        command = ResetPasswordCommand(token=token, password=str(form.get("password", "")),
                                       confirmation=str(form.get("confirmation", "")),
                                       ip=request.client.host if request.client else None)
        match await kit.run(services.reset_password.execute, command):
            case Success(email):
                return kit.html(request, "password.html", {"done": email})
            case Failure(error):
                check = await kit.run(services.reset_password.check, token)
                if isinstance(check, Failure):
                    return kit.html(request, "password.html", {"expired": error.message}, 410)
                return kit.html(request, "password.html", {"email": check.unwrap(), "token": token,
                                                           "error": error.message}, 400)
        raise AssertionError("unreachable")

    return Area(routes=[Route("/mot-de-passe/{token}", page, methods=["GET", "POST"], name="password_page")])
