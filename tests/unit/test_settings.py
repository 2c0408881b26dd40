"""The IT team's NOTAIRES_* variables: a value that cannot be read is named, in French, before anything starts."""

from pathlib import Path

import pytest

from infrastructure.mail.smtp import SmtpServer
from infrastructure.settings import InvalidSetting, Settings


def test_thresholds_read_a_decimal_comma_and_keep_the_others() -> None:
    policy = Settings.from_env({"NOTAIRES_MATCH_ACCEPT_TOTAL": "0,92", "NOTAIRES_MATCH_MAX_INEXACT_FIELDS": "2"}).matching
    assert (policy.accept_total, policy.max_inexact_fields, policy.field_floor) == (0.92, 2, 0.85)


@pytest.mark.parametrize(("name", "value", "told"), [
    ("NOTAIRES_MATCH_ACCEPT_TOTAL", "abc", "un nombre de 0 à 1 est attendu"),
    ("NOTAIRES_MATCH_COINCIDENCE_CHANCE", "5", "un nombre de 0 à 1 est attendu"),
    ("NOTAIRES_MATCH_WEIGHT_SURNAME", "-0.1", "un nombre de 0 à 1 est attendu"),
    ("NOTAIRES_MATCH_MAX_INEXACT_FIELDS", "1.5", "un nombre entier est attendu"),
    ("NOTAIRES_SESSION_HOURS", "douze", "un nombre positif est attendu"),
    ("NOTAIRES_LOGIN_MAX_FAILURES", "-3", "un nombre entier est attendu"),
    ("NOTAIRES_COLLECTIVITES", "69:Rhône:pays", "type de collectivité inconnu « pays »"),
    ("NOTAIRES_COLLECTIVITES", " ", "aucune collectivité"),
    ("NOTAIRES_SEARCH_RATE_LIMIT", "vite", "attendu N/second|minute|hour|day"),
    ("NOTAIRES_RETENTION", "69:x=1", "Réglage de conservation invalide"),
    ("NOTAIRES_SMTP_URL", "mail.cd69.fr", "attendu smtp://"),
    ("NOTAIRES_SMTP_URL", "smtp://relais:vingt-cinq", "attendu smtp://"),
    ("NOTAIRES_CONFIG_DIR", "/etc/notaires/introuvable", "ce dossier n'existe pas"),
])
def test_a_value_that_cannot_be_read_is_named_in_french(name: str, value: str, told: str) -> None:
    with pytest.raises(InvalidSetting, match=name) as raised:
        Settings.from_env({name: value})
    assert told in str(raised.value)


def test_a_letterhead_folder_given_relative_is_read_as_an_absolute_one(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "entetes").mkdir()
    monkeypatch.chdir(tmp_path)
    assert Settings.from_env({"NOTAIRES_CONFIG_DIR": "entetes"}).config_dir == tmp_path / "entetes"


def test_a_mail_server_address_is_never_repeated_with_its_password() -> None:
    with pytest.raises(InvalidSetting) as raised:
        Settings.from_env({"NOTAIRES_SMTP_URL": "smtps://robot:s3cret@relais.cd69.fr:quatre"})
    assert "s3cret" not in str(raised.value) and "NOTAIRES_SMTP_URL" in str(raised.value)


@pytest.mark.parametrize("url", ["smtp://robot:s3cret@relais.cd69.fr:25", "smtp://robot@relais.cd69.fr:587?starttls=0"])
def test_a_mail_password_without_tls_is_refused_before_anything_starts(url: str) -> None:
    with pytest.raises(InvalidSetting) as raised:
        Settings.from_env({"NOTAIRES_SMTP_URL": url})
    assert str(raised.value) == ("Réglage NOTAIRES_SMTP_URL invalide : un identifiant et un mot de passe ne passent "
                                 "jamais en clair : ajoutez ?starttls=1 (STARTTLS) ou écrivez smtps:// (TLS dès la "
                                 "connexion, port 465)")


@pytest.mark.parametrize(("url", "read"), [
    ("smtp://relais.cd69.fr", ("relais.cd69.fr", 25, None, False, False)),  # no password: plain SMTP stays allowed
    ("smtp://robot:s3cret@relais.cd69.fr:587?starttls=1", ("relais.cd69.fr", 587, "robot", True, False)),
    ("smtps://robot:s%40cret@relais.cd69.fr", ("relais.cd69.fr", 465, "robot", False, True)),
    ("smtps://relais.cd69.fr:4650", ("relais.cd69.fr", 4650, None, False, True)),
])
def test_a_mail_server_is_reached_in_clear_with_starttls_or_with_tls_from_the_start(
        url: str, read: tuple[str, int, str | None, bool, bool]) -> None:
    server = SmtpServer.from_url(Settings.from_env({"NOTAIRES_SMTP_URL": url}).smtp_url)
    assert (server.host, server.port, server.user, server.starttls, server.implicit_tls) == read
