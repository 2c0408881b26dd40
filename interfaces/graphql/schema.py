"""The GraphQL schema: login and searchDeceased for notaries."""

import anyio.to_thread
import strawberry
from returns.result import Failure, Success
from strawberry.extensions import MaskErrors

from application.login import LoginCommand
from application.search_deceased import SearchDeceasedCommand
from domain.errors import InvalidSearch as DomainInvalidSearch
from domain.identity import IdentityForm
from interfaces.graphql.context import SESSION_COOKIE, Info
from interfaces.graphql.types import (
    DeceasedSearchInput,
    InvalidSearch,
    LoginFailure,
    LoginResult,
    LoginSuccess,
    NotAuthenticated,
    SearchAnswer,
    SearchResult,
    Viewer,
)


@strawberry.type
class Query:
    @strawberry.field(description="Le compte connecté, s'il y en a un.")
    def me(self, info: Info) -> Viewer | None:
        user = info.context.user
        return Viewer(email=user.email, role=user.role.value, crpcen=user.crpcen) if user else None


@strawberry.type
class Mutation:
    @strawberry.mutation(description="Connexion ; le jeton est à envoyer en « Authorization: Bearer ».")
    async def login(self, info: Info, email: str, password: str) -> LoginResult:
        services = info.context.services
        command = LoginCommand(email=email, password=password, ip=info.context.ip)
        result = await anyio.to_thread.run_sync(services.login.execute, command)
        match result:
            case Success(granted):
                info.context.response.set_cookie(
                    SESSION_COOKIE, granted.token, httponly=True, samesite="strict",
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
        return True

    @strawberry.mutation(description="Recherche d'une personne décédée auprès des collectivités de l'étude.")
    async def search_deceased(self, info: Info, input: DeceasedSearchInput) -> SearchResult:
        user = info.context.user
        if user is None:
            return NotAuthenticated(message="Vous devez être connecté avec un compte d'étude notariale.")
        form = IdentityForm(
            last_name=input.last_name, birth_name=input.birth_name, first_names=input.first_names,
            birth_date=input.birth_date, death_date=input.death_date, death_place=input.death_place,
        )
        command = SearchDeceasedCommand(user_id=user.id, form=form)
        result = await anyio.to_thread.run_sync(info.context.services.search.execute, command)
        match result:
            case Success(answer):
                return SearchAnswer.from_domain(answer)
            case Failure(DomainInvalidSearch() as invalid):
                return InvalidSearch.from_domain(invalid)
            case Failure(error):
                return NotAuthenticated(message=error.message)
        raise AssertionError("unreachable")


schema = strawberry.Schema(query=Query, mutation=Mutation, extensions=[MaskErrors])
