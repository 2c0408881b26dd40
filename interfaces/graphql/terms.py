"""The collectivité's terms of use (CGU): accepted once per version, at first login."""

from datetime import datetime
from typing import Annotated

import anyio.to_thread
import strawberry
from returns.result import Failure, Success

from application.accept_terms import AcceptTermsCommand
from interfaces.graphql.context import Info
from interfaces.graphql.types import NotAuthenticated


@strawberry.type(description="Les conditions d'utilisation acceptées.")
class TermsAccepted:
    version: str = strawberry.field(description="Version des conditions acceptées.")
    accepted_at: datetime = strawberry.field(description="Date et heure de l'acceptation.")


AcceptTermsResult = Annotated[TermsAccepted | NotAuthenticated, strawberry.union(
    "AcceptTermsResult", description="L'acceptation, ou le refus si personne n'est connecté.")]


@strawberry.type
class TermsMutation:
    @strawberry.mutation(description="Le compte connecté accepte les conditions générales d'utilisation en vigueur.")
    async def accept_terms(self, info: Info) -> AcceptTermsResult:
        user = info.context.user
        if user is None:
            return NotAuthenticated(message="Vous devez être connecté pour accepter les conditions d'utilisation.")
        command = AcceptTermsCommand(user_id=user.id, ip=info.context.ip)
        result = await anyio.to_thread.run_sync(info.context.services.accept_terms.execute, command)
        match result:
            case Success(acceptance):
                return TermsAccepted(version=acceptance.version, accepted_at=acceptance.accepted_at)
            case Failure(error):
                return NotAuthenticated(message=error.message)
        raise AssertionError("unreachable")
