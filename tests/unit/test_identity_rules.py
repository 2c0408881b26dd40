from datetime import date

from returns.result import Failure, Success

from domain.errors import InvalidSearch
from domain.identity import validate_identity
from tests.support.builders import form

TODAY = date(2026, 11, 26)


def _fields(result: object) -> set[str]:
    assert isinstance(result, Failure)
    error = result.failure()
    assert isinstance(error, InvalidSearch)
    return {f for f, _ in error.problems}


def test_a_complete_identity_is_accepted_and_tidied() -> None:
    result = validate_identity(form(last_name="  de  La Fontaine ", birth_name=""), TODAY)
    assert isinstance(result, Success)
    assert result.unwrap().last_name == "de La Fontaine"
    assert result.unwrap().birth_name is None


def test_the_death_date_is_required_to_keep_out_idle_curiosity() -> None:
    assert _fields(validate_identity(form(death_date=None), TODAY)) == {"deathDate"}


def test_a_death_in_the_future_is_refused() -> None:
    assert _fields(validate_identity(form(death_date=date(2027, 1, 1)), TODAY)) == {"deathDate"}


def test_a_death_before_the_birth_is_refused_in_french() -> None:
    result = validate_identity(form(death_date=date(1920, 1, 5)), TODAY)
    assert isinstance(result, Failure)
    assert "précéder la date de naissance" in result.failure().message


def test_empty_names_are_refused_field_by_field() -> None:
    assert _fields(validate_identity(form(last_name=" ", first_names=""), TODAY)) == {"lastName", "firstNames"}


def test_a_name_without_a_letter_is_refused() -> None:
    assert _fields(validate_identity(form(last_name="123", birth_name="--", first_names="…"), TODAY)) == {
        "lastName", "birthName", "firstNames"}


def test_a_text_longer_than_a_civil_status_field_is_refused_in_french() -> None:
    result = validate_identity(form(last_name="Martin" * 20, first_names="Jean " * 41, death_place="Lyon" * 30), TODAY)
    assert _fields(result) == {"lastName", "firstNames", "deathPlace"}
    assert "Le nom d'usage ne peut dépasser 100 caractères." in result.failure().message
    assert isinstance(validate_identity(form(last_name="M" * 100, first_names="J" * 200), TODAY), Success)


def test_a_life_longer_than_any_on_record_is_questioned() -> None:
    assert _fields(validate_identity(form(birth_date=date(1890, 1, 1), death_date=date(2016, 1, 2)), TODAY)) == {
        "birthDate"}
    assert isinstance(validate_identity(form(birth_date=date(1891, 1, 2), death_date=date(2016, 1, 2)), TODAY),
                      Success)
