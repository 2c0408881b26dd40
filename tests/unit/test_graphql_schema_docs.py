"""What the schema tells integrators, in French, where a field needs more than its name."""

import graphql

from interfaces.graphql.export import SDL_FILE, sdl
from interfaces.graphql.schema import build_schema, schema


def _undescribed(built: graphql.GraphQLSchema) -> list[str]:
    missing = []
    for name, kind in built.type_map.items():
        if name.startswith("__"):
            continue
        if not kind.description:
            missing.append(name)
        if isinstance(kind, (graphql.GraphQLObjectType, graphql.GraphQLInputObjectType)):
            for field_name, field in kind.fields.items():
                if not field.description:
                    missing.append(f"{name}.{field_name}")
                for arg_name, arg in getattr(field, "args", {}).items():
                    if not arg.description:
                        missing.append(f"{name}.{field_name}({arg_name})")
        if isinstance(kind, graphql.GraphQLEnumType):
            missing += [f"{name}.{value}" for value, defined in kind.values.items() if not defined.description]
    return missing


def test_every_type_field_argument_and_enum_value_of_the_schema_is_described() -> None:
    assert _undescribed(build_schema(dev=True)._schema) == []


def test_the_date_time_scalar_is_described_in_french() -> None:
    date_time = build_schema(dev=True)._schema.get_type("DateTime")
    assert date_time is not None and (date_time.description or "").startswith("Une date et heure")


def test_the_ambiguous_share_says_it_is_a_fraction_and_the_doubt_delay_its_unit() -> None:
    statistics = build_schema(dev=True)._schema.get_type("Statistics")
    assert isinstance(statistics, graphql.GraphQLObjectType)
    assert "fraction de 0 à 1" in (statistics.fields["ambiguousShare"].description or "")
    assert "en heures" in (statistics.fields["medianDoubtHours"].description or "")


def test_the_birth_date_says_how_to_send_a_year_alone() -> None:
    search_input = graphql.build_schema(str(schema)).get_type("DeceasedSearchInput")
    assert isinstance(search_input, graphql.GraphQLInputObjectType)
    assert "le 1er janvier de cette année" in (search_input.fields["birthDate"].description or "")


def test_the_published_sdl_file_is_the_schema_itself() -> None:
    assert SDL_FILE.read_text(encoding="utf-8") == sdl(), (
        "interfaces/graphql/schema.graphql is stale: run `python -m interfaces.graphql.export`")
