"""The integrators' API tokens: an administrator lists, creates (secret shown once) and revokes them."""

from datetime import date, datetime, time, timedelta
from urllib.parse import urlencode

from returns.result import Failure, Success
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from application.create_api_token import CreateApiTokenCommand, IssuedApiToken
from application.revoke_api_token import RevokeApiTokenCommand
from domain.api_token import ApiToken, Scope
from interfaces.admin.formatting import PARIS
from interfaces.admin.kit import ADMIN_ONLY, AdminKit, Area, Caller

SCOPE_LABELS = {Scope.DECISIONS_READ: "Décisions (lecture)", Scope.STATISTICS_READ: "Statistiques (lecture)"}
# The use case's field at fault: the form's input.
FIELDS = {"name": "libelle", "scopes": "droits", "valid_for": "expiration", "collectivite": "collectivite"}
DEFAULT_VALIDITY = timedelta(days=90)


def last_day(token: ApiToken) -> date:
    """The last day on which the token still works, in Paris. A token made here ends at midnight, give or
    take the instant between this page reading the clock and the use case reading it: a minute absorbs it."""
    return (token.expires_at - timedelta(minutes=1)).astimezone(PARIS).date()


def status(token: ApiToken, now: datetime) -> str:
    if token.revoked_at is not None:
        return "Révoqué"
    return "Actif" if token.usable_at(now) else "Expiré"


def area(kit: AdminKit) -> Area:
    services = kit.services
    names = {c.code: c.name for c in services.settings.collectivites}

    async def listing(request: Request, caller: Caller, problem: str | None = None,
                      issued: IssuedApiToken | None = None, status_code: int = 200, invalid: str | None = None,
                      typed: FormData | None = None) -> Response:
        tokens = await kit.run(services.list_api_tokens.execute, caller.collectivites)
        now = services.clock.now()
        rows = sorted(tokens, key=lambda t: t.created_at, reverse=True)
        revoked = request.query_params.get("revoque")
        return kit.render(request, caller, "administration/api_tokens.html", {
            "tokens": [(t, status(t, now), last_day(t)) for t in rows], "names": names, "scopes": SCOPE_LABELS,
            "problem": problem, "issued": issued, "invalid": invalid,
            "typed": typed or {}, "typed_scopes": typed.getlist("droits") if typed else [],
            "default_expiry": (now + DEFAULT_VALIDITY).astimezone(PARIS).date().isoformat(),
            "today": now.astimezone(PARIS).date().isoformat(),
            "latest": (now + timedelta(days=365)).astimezone(PARIS).date().isoformat(),
            "done": f"Le jeton « {revoked} » est révoqué : il ne donne plus accès à l'API." if revoked else None,
        }, status_code)

    async def show(request: Request, caller: Caller) -> Response:
        return await listing(request, caller)

    async def create(request: Request, caller: Caller) -> Response:
        form = await request.form()

        async def refused(problem: str, field: str) -> Response:
            return await listing(request, caller, problem, status_code=400, invalid=field, typed=form)

        collectivite = str(form.get("collectivite") or caller.collectivites[0])
        try:
            expiry = date.fromisoformat(str(form.get("expiration") or ""))
        except ValueError:
            return await refused("Indiquez la date d'expiration (JJ/MM/AAAA).", "expiration")
        try:
            scopes = frozenset(Scope(str(s)) for s in form.getlist("droits"))
        except ValueError:
            return await refused("Droit inconnu.", "droits")
        # Valid up to the end of the chosen day, in Paris.
        valid_for = datetime.combine(expiry + timedelta(days=1), time(0), PARIS) - services.clock.now()
        command = CreateApiTokenCommand(name=str(form.get("libelle") or ""), collectivite=collectivite,
                                        scopes=scopes, valid_for=valid_for, actor_id=caller.user.id,
                                        collectivites=caller.collectivites)
        match await kit.run(services.create_api_token.execute, command):
            case Success(issued):
                return await listing(request, caller, issued=issued)
            case Failure(error):
                return await refused(error.message, FIELDS.get(error.field or "", ""))
        raise AssertionError("unreachable")

    async def revoke(request: Request, caller: Caller) -> Response:
        token_id = request.path_params["token_id"]
        tokens = await kit.run(services.list_api_tokens.execute, caller.collectivites)
        token = next((t for t in tokens if t.id == token_id), None)
        if token is None:
            return kit.not_found(request, caller)
        if (await request.form()).get("confirme") != "1":
            # Irreversible, and an integrator is cut off at once: the administrator confirms on a page of its own.
            scopes = [label for scope, label in SCOPE_LABELS.items() if scope in token.scopes]
            return kit.render(request, caller, "administration/api_token_revoke.html",
                              {"token": token, "names": names, "token_scopes": scopes})
        command = RevokeApiTokenCommand(token_id=token_id, actor_id=caller.user.id, collectivites=caller.collectivites)
        match await kit.run(services.revoke_api_token.execute, command):
            case Success(token):
                return kit.redirect(request, "/administration/jetons?" + urlencode({"revoque": token.name}))
            case Failure(error):
                return await listing(request, caller, error.message, status_code=400)
        raise AssertionError("unreachable")

    return Area(routes=[
        Route("/administration/jetons", kit.page(show, roles=ADMIN_ONLY), methods=["GET"]),
        Route("/administration/jetons", kit.page(create, roles=ADMIN_ONLY), methods=["POST"]),
        Route("/administration/jetons/{token_id}/revoquer", kit.page(revoke, roles=ADMIN_ONLY), methods=["POST"]),
    ])
