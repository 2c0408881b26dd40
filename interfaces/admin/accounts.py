"""Accounts: create, disable or enable, and send a one-time link to set the password."""

import secrets
from urllib.parse import urlencode

from returns.result import Failure, Result, Success
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from application.create_user import CreateUserCommand
from application.send_password_link import LinkNotSent, PasswordLinkCommand
from application.set_user_active import SetUserActiveCommand
from domain.errors import AccountNotFound, InvalidInput
from domain.user import ROLE_LABELS, Role
from interfaces.admin.kit import ADMIN_ONLY, AdminKit, Area, Caller

DONE = {"cree": "Compte créé : un lien pour définir le mot de passe a été envoyé à {a}.",
        "lien": "Un lien pour définir le mot de passe a été envoyé à {a}.",
        "desactive": "Le compte {a} est désactivé : il ne peut plus se connecter.",
        "reactive": "Le compte {a} est réactivé."}


def link_prefix(request: Request) -> str:
    """The public address of the password links, as the visitor reached the service (hosts are checked upstream)."""
    return str(request.url_for("password_link", token="x"))[:-1]


def area(kit: AdminKit) -> Area:
    services = kit.services
    names = {c.code: c.name for c in services.settings.collectivites}

    async def listing(request: Request, caller: Caller, problem: str | None = None, form: dict[str, str] | None = None,
                      status: int = 200, invalid: str | None = None) -> Response:
        accounts = await kit.run(services.list_accounts.execute, caller.jurisdiction)
        done = DONE.get(request.query_params.get("fait", ""), "")
        # An administrator attached to a collectivité attaches accounts to it alone.
        attachable = {code: name for code, name in names.items() if caller.jurisdiction.covers(code)}
        context = {"accounts": accounts, "roles": ROLE_LABELS, "names": names, "attachable": attachable,
                   "everywhere": caller.jurisdiction.whole, "problem": problem,
                   "invalid": invalid, "done": done.format(a=request.query_params.get("a", "")) if done else None, "form": form or {}}
        return kit.render(request, caller, "administration/accounts.html", context, status)

    async def show(request: Request, caller: Caller) -> Response:
        return await listing(request, caller)

    async def send_link(caller: Caller, request: Request,
                        user_id: str) -> Result[str, InvalidInput | AccountNotFound | LinkNotSent]:
        command = PasswordLinkCommand(actor_id=caller.user.id, user_id=user_id, link_prefix=link_prefix(request),
                                      jurisdiction=caller.jurisdiction, ip=caller.ip)
        sent: Result[str, InvalidInput | AccountNotFound | LinkNotSent] = await kit.run(
            services.send_password_link.execute, command)
        return sent

    async def create(request: Request, caller: Caller) -> Response:
        form = {k: str(v) for k, v in (await request.form()).items() if k != "csrf"}
        wanted = form.get("role", "")
        role = Role(wanted) if wanted in {r.value for r in Role} else None
        if role is None:
            return await listing(request, caller, "Choisissez le profil du compte.", form, 400, "role")
        command = CreateUserCommand(
            email=form.get("email", ""), role=role, password=secrets.token_urlsafe(24),  # replaced through the link
            crpcen=form.get("crpcen") or None,  # refused on another profile, as on the command line
            collectivite=None if role is Role.NOTARY else form.get("collectivite") or None,
            jurisdiction=caller.jurisdiction, actor_id=caller.user.id)
        match await kit.run(services.create_user.execute, command):
            case Failure(error):
                # The form's inputs bear the command's names; a password problem has none (it is generated).
                invalid = error.field if error.field in {"email", "crpcen", "collectivite"} else None
                return await listing(request, caller, error.message, form, 400, invalid)
            case Success(user):
                match await send_link(caller, request, user.id):
                    case Success(recipient):
                        return kit.redirect(request, "/administration/comptes?" + urlencode({"fait": "cree",
                                                                                             "a": recipient}))
                    case Failure(LinkNotSent(reason)):
                        # Creating again would find the account: the link is sent from its row once mail works.
                        problem = (f"Compte {user.email} créé, mais le courriel n'a pas pu être envoyé ({reason}). "
                                   "Quand la messagerie répondra, utilisez « Envoyer un lien » sur la ligne du compte.")
                        return await listing(request, caller, problem, None, 502)
                    case Failure(error):
                        return await listing(request, caller, f"Compte créé, mais {error.message}", None, 502)
        raise AssertionError("unreachable")

    async def link(request: Request, caller: Caller) -> Response:
        match await send_link(caller, request, request.path_params["user_id"]):
            case Success(recipient):
                return kit.redirect(request, "/administration/comptes?" + urlencode({"fait": "lien", "a": recipient}))
            case Failure(AccountNotFound()):
                return kit.not_found(request, caller)
            case Failure(error):
                return await listing(request, caller, error.message, None, 400)
        raise AssertionError("unreachable")

    async def activation(request: Request, caller: Caller) -> Response:
        active = (await request.form()).get("actif") == "1"
        command = SetUserActiveCommand(actor_id=caller.user.id, user_id=request.path_params["user_id"], active=active,
                                       jurisdiction=caller.jurisdiction, ip=caller.ip)
        match await kit.run(services.set_user_active.execute, command):
            case Success(user):
                done = "reactive" if active else "desactive"
                return kit.redirect(request, "/administration/comptes?" + urlencode({"fait": done, "a": user.email}))
            case Failure(AccountNotFound()):
                return kit.not_found(request, caller)
            case Failure(error):
                return await listing(request, caller, error.message, None, 400)
        raise AssertionError("unreachable")

    return Area(routes=[
        Route("/administration/comptes", kit.page(show, roles=ADMIN_ONLY), methods=["GET"]),
        Route("/administration/comptes", kit.page(create, roles=ADMIN_ONLY), methods=["POST"]),
        Route("/administration/comptes/{user_id}/lien", kit.page(link, roles=ADMIN_ONLY), methods=["POST"]),
        Route("/administration/comptes/{user_id}/activation", kit.page(activation, roles=ADMIN_ONLY), methods=["POST"]),
    ])
