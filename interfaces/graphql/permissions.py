"""Who is calling, checked in every resolver: a signed-in user or an integrator's token."""

from domain.access import Caller
from interfaces.graphql.context import Info
from interfaces.graphql.errors import Unauthenticated

SIGN_IN_FIRST = ("Authentification requise : connectez-vous, ou envoyez un jeton d'API valide "
                 "(ni expiré ni révoqué) dans l'en-tête « Authorization: Bearer ».")


def caller_of(info: Info) -> Caller | None:
    context = info.context
    if context.integrator is not None:
        return Caller.of_token(context.integrator)
    return Caller.of_user(context.user) if context.user is not None and context.user.active else None


def require_caller(info: Info) -> Caller:
    caller = caller_of(info)
    if caller is None:
        raise Unauthenticated(SIGN_IN_FIRST)
    return caller
