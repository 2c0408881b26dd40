"""The `Date` scalar read as French clerks and their software write dates, with French messages.

Strawberry's own `Date` takes ISO dates only and answers « Invalid isoformat string » in English before our
validation of the search is ever reached. This one reads what the CSV files accept (`csv_files.parse_day`:
12/04/1931, 1931-04-12, 12.04.1931, 19310412…), and refuses anything else in French; the message reaches the
caller through `errors.PublicErrorsOnly`, which names the field.
"""

from datetime import date

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
