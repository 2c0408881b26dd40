import pytest

from domain.password_policy import password_problem


@pytest.mark.parametrize("password", ["court", "azertyuiop12", "Motdepasse2024!", "123456789012", "aaaaaaaaaaaa",
                                      "Soleil-Soleil-2025"])
def test_short_repetitive_or_common_passwords_are_refused_in_french(password: str) -> None:
    assert password_problem(password) is not None


def test_a_password_may_not_contain_the_address() -> None:
    assert password_problem("jean.dupont-2026!", "jean.dupont@notaires.example") == (
        "Le mot de passe ne doit pas contenir « jean.dupont », le début de l'adresse électronique.")


@pytest.mark.parametrize("password", ["Cheval-Agrafe-Batterie", "Clerc-Tres-Secret-2026", "j'aime les cerises"])
def test_long_uncommon_passwords_pass(password: str) -> None:
    assert password_problem(password, "clerk@office.example") is None
