"""What the schema tells integrators, in French, where a field needs more than its name."""

import graphql

from interfaces.graphql.schema import schema


def test_the_birth_date_says_how_to_send_a_year_alone() -> None:
    search_input = graphql.build_schema(str(schema)).get_type("DeceasedSearchInput")
    assert isinstance(search_input, graphql.GraphQLInputObjectType)
    assert "le 1er janvier de cette année" in (search_input.fields["birthDate"].description or "")
