"""Which errors reach the caller: ours (French, deliberate) and GraphQL's own validation; never a crash's."""

import re
from collections.abc import Callable

from graphql.error import GraphQLError
from strawberry.extensions import MaskErrors

UNEXPECTED = "Erreur inattendue : elle a été enregistrée et sera examinée."


class PublicError(Exception):
    """A refusal or a validation message meant for the caller, in French."""

    code = "BAD_REQUEST"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Forbidden(PublicError):
    code = "FORBIDDEN"


class Unauthenticated(PublicError):
    code = "UNAUTHENTICATED"


class Invalid(PublicError):
    code = "BAD_USER_INPUT"


_TRANSLATIONS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"'.*' exceeds maximum operation depth of (\d+)"),
     lambda m: f"Requête trop imbriquée : au plus {m[1]} niveaux sont acceptés."),
    (re.compile(r"(\d+) aliases found\. Allowed: (\d+)"),
     lambda m: f"Trop d'alias dans la requête ({m[1]}) : au plus {m[2]} sont acceptés."),
    (re.compile(r"Syntax Error: Document contains more than (\d+) tokens"),
     lambda m: f"Requête trop longue : au plus {m[1]} éléments sont acceptés."),
)


def _translated(message: str) -> str:
    for pattern, french in _TRANSLATIONS:
        if found := pattern.search(message):
            return french(found)
    return message


class PublicErrorsOnly(MaskErrors):
    """Our PublicErrors and GraphQL validation errors pass (the limits' in French); everything else is masked."""

    def __init__(self) -> None:
        super().__init__(error_message=UNEXPECTED)

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        return [self._public(error) for error in errors]

    def _public(self, error: GraphQLError) -> GraphQLError:
        original = error.original_error
        if isinstance(original, PublicError):
            return GraphQLError(original.message, error.nodes, error.source, error.positions, error.path,
                                extensions={"code": original.code})
        if original is None or isinstance(original, GraphQLError):
            return GraphQLError(_translated(error.message), error.nodes, error.source, error.positions, error.path,
                                extensions={"code": "GRAPHQL_VALIDATION_FAILED"})
        return self.anonymise_error(error)
