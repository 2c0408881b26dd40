"""Signing in and out, and who is signed in."""

from typing import Annotated

import anyio.to_thread
import strawberry
from returns.result import Failure, Success

from application.login import LoginCommand
from interfaces.graphql.context import SESSION_COOKIE, Info
from interfaces.graphql.csrf import CSRF_COOKIE, csrf_token_for
from interfaces.graphql.types import LoginFailure, LoginResult, LoginSuccess, Viewer


@strawberry.type
class AccountQuery:
    @strawberry.field(description="Le compte connecté, s'il y en a un.")
    async def me(self, info: Info) -> Viewer | None:
        user = info.context.user
        if user is None:
            return None
        accepted = await anyio.to_thread.run_sync(info.context.services.terms_accepted.execute, user.id)
        return Viewer(email=user.email, role=user.role.value, crpcen=user.crpcen,
                      terms_accepted_at=accepted.accepted_at if accepted else None)


@strawberry.type
class AccountMutation:
    @strawberry.mutation(description="Connexion ; le jeton est à envoyer en « Authorization: Bearer ».")
    async def login(
        self, info: Info,
        email: Annotated[str, strawberry.argument(description="Adresse électronique du compte.")],
        password: Annotated[str, strawberry.argument(description="Mot de passe, en respectant les majuscules.")],
    ) -> LoginResult:
        services = info.context.services
        if refusal := services.throttle.login(ip=info.context.ip):
            return LoginFailure(message=refusal.message)
        command = LoginCommand(email=email, password=password, ip=info.context.ip)
        result = await anyio.to_thread.run_sync(services.login.execute, command)
        match result:
            case Success(granted):
                info.context.response.set_cookie(
                    SESSION_COOKIE, granted.token, httponly=True, samesite="strict",
                    secure=not services.settings.dev, max_age=int(services.settings.session_ttl.total_seconds()),
                )
                # Readable by the page's script, which echoes it in X-CSRF-Token for cookie-authenticated mutations.
                info.context.response.set_cookie(
                    CSRF_COOKIE, csrf_token_for(granted.token), httponly=False, samesite="strict",
                    secure=not services.settings.dev, max_age=int(services.settings.session_ttl.total_seconds()),
                )
                return LoginSuccess(token=granted.token, role=granted.user.role.value)
            case Failure(error):
                return LoginFailure(message=error.message)
        raise AssertionError("unreachable")

    @strawberry.mutation(description="Déconnexion : le jeton n'est plus valable.")
    async def logout(self, info: Info) -> bool:
        if info.context.token:
            await anyio.to_thread.run_sync(info.context.services.logout.execute, info.context.token)
        info.context.response.delete_cookie(SESSION_COOKIE)
        info.context.response.delete_cookie(CSRF_COOKIE)
        return True
