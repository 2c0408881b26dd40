"""The `Date` scalar read as French clerks and their software write dates, with French messages.

Strawberry's own `Date` takes ISO dates only and answers « Invalid isoformat string » in English before our
validation of the search is ever reached. This one reads what the CSV files accept (`csv_files.parse_day`:
12/04/1931, 1931-04-12, 12.04.1931, 19310412…), and refuses anything else in French; the message reaches the
caller through `errors.PublicErrorsOnly`, which names the field.
"""

from datetime import date, datetime

import strawberry
from graphql import GraphQLError
from strawberry.types.scalar import ScalarDefinition

from infrastructure.csv_files import parse_day


def _parsed(value: object) -> date:
    """A GraphQLError, not a ValueError: GraphQL then reports our message as it is, not wrapped in English."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise GraphQLError(f"« {value} » n'est pas une date : écrivez-la entre guillemets, 1931-04-12 ou 12/04/1931.")
    try:
        return parse_day(value)
    except ValueError as error:
        raise GraphQLError(f"{error}.") from None


def _serialized(value: date) -> str:
    return value.isoformat()


FRENCH_DATE: ScalarDefinition = strawberry.scalar(
    name="Date", description="Une date : 1931-04-12 (ISO 8601) ou 12/04/1931 (jour en premier, comme en France).",
    serialize=_serialized, parse_value=_parsed)


def _serialized_moment(value: datetime) -> str:
    return value.isoformat()


def _parsed_moment(value: object) -> datetime:
    """No argument takes one today; should one come, the refusal is French too."""
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        raise GraphQLError(f"« {value} » n'est pas une date et heure ISO 8601 (2026-01-05T14:30:00+00:00).") from None


# Strawberry's own DateTime is described in English; same name and format, described for French integrators.
FRENCH_DATETIME: ScalarDefinition = strawberry.scalar(
    name="DateTime", description="Une date et heure ISO 8601 avec son décalage horaire, par exemple "
                                "2026-01-05T14:30:00.123456+00:00 (temps universel).",
    serialize=_serialized_moment, parse_value=_parsed_moment)
