from datetime import date

import pytest

from application.evaluation_agreement import Agreement, agreement
from tests.support.builders import form, person


@pytest.mark.parametrize("typed, expected", [
    (dict(last_name="Martin", birth_date=date(1931, 4, 12)),
     Agreement(surname="nom identique", first_names="un prénom en commun", birth_date="date identique")),
    (dict(last_name="Durand", birth_name="Martni", first_names="Marie", birth_date=date(1931, 12, 4)),
     Agreement(surname="nom à une faute", first_names="un prénom en commun", birth_date="jour et mois inversés")),
    (dict(last_name="Matrins", first_names="Jeane", birth_date=date(1937, 4, 12)),
     Agreement(surname="nom à deux fautes", first_names="un prénom à une faute", birth_date="un chiffre de la date")),
    (dict(last_name="Leroy", first_names="Paul", birth_date=date(1937, 5, 12)),
     Agreement(surname="autre nom", first_names="aucun prénom en commun",
               birth_date="date à deux chiffres ou plus")),
])
def test_what_agrees_field_by_field(typed: dict[str, object], expected: Agreement) -> None:
    someone = person(usage_name="MARTIN", birth_name=None, first_names="JEANNE MARIE", birth_date=date(1931, 4, 12))
    assert agreement(form(**{"first_names": "Jeanne", **typed}), someone) == expected
