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


# GraphQL's own validation messages, in the shapes graphql-core writes them: an integrator reads them in French.
_VALIDATION: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"^Variable '\$(\w+)' has invalid value at \.?([\w.\[\]]+): (.+)$", re.S),
     lambda m: f"Valeur invalide pour « {m[2]} » : {_translated(m[3])}"),
    (re.compile(r"^Variable '\$(\w+)' has invalid value: Expected a value of non-null type '(.+)' to be provided\.$"),
     lambda m: f"La variable « ${m[1]} » ({m[2]}) est obligatoire."),
    (re.compile(r"^Variable '\$(\w+)' of required type '(.+)' was not provided\.$"),
     lambda m: f"La variable « ${m[1]} » ({m[2]}) est obligatoire."),
    (re.compile(r"^Variable '\$(\w+)' is not defined"), lambda m: f"La variable « ${m[1]} » n'est pas déclarée."),
    (re.compile(r"^Variable '\$(\w+)' is never used"), lambda m: f"La variable « ${m[1]} » n'est pas utilisée."),
    (re.compile(r"^Argument '(.+?)' of type '(.+)' is required, but it was not provided\.$"),
     lambda m: f"L'argument « {m[1]} » ({m[2]}) est obligatoire."),
    (re.compile(r"^Unknown argument '(\w+)' on field '(.+?)'\.(.*)$", re.S),
     lambda m: f"L'argument « {m[1]} » n'existe pas pour « {m[2]} ».{_suggested(m[3])}"),
    (re.compile(r"^Cannot query field '(\w+)' on type '(\w+)'\.(.*)$", re.S),
     lambda m: f"Le champ « {m[1]} » n'existe pas dans « {m[2]} ».{_suggested(m[3])}"),
    (re.compile(r"^Expected value of type '(.+?)' not to include unknown field '(\w+)'\.(.*?)(?: Found: .*)?$", re.S),
     lambda m: f"Le champ « {m[2]} » n'existe pas dans « {m[1]} ».{_suggested(m[3])}"),
    (re.compile(r"^Expected value of type '(.+?)' to include required field '(\w+)'"),
     lambda m: f"Le champ « {m[2]} » de « {m[1]} » est obligatoire."),
    (re.compile(r"^Expected value of non-null type '(.+?)' not to be None\.$"),
     lambda m: f"Une valeur de type {m[1]} est obligatoire (null ne convient pas)."),
    (re.compile(r"^Expected value of type '(.+?)', found (.+)\.$", re.S),
     lambda m: f"{m[2]} ne convient pas : une valeur de type {m[1]} est attendue."),
    (re.compile(r"^(String|Int|Float|Boolean|ID) cannot represent .*?value: (.+)$", re.S),
     lambda m: f"{m[2]} ne convient pas : une valeur de type {m[1]} est attendue."),
    (re.compile(r"^Syntax Error: (.+)$", re.S), lambda m: f"Erreur de syntaxe dans la requête : {m[1]}"),
)


def _suggested(rest: str) -> str:
    """Development's field suggestions ('Did you mean …?'), in French."""
    found = re.search(r"Did you mean (.+?)\?", rest)
    return f" Vouliez-vous dire {found[1].replace(' or ', ' ou ')} ?" if found else ""


def _translated(message: str) -> str:
    for pattern, french in _TRANSLATIONS + _VALIDATION:
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
