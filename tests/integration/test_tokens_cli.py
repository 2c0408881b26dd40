"""`notaires tokens`: an administrator issues, lists and revokes integrators' tokens."""

import re

import pytest

from application.tokens import token_hash
from infrastructure.persistence.database import make_engine
from interfaces.cli.main import main


@pytest.fixture(autouse=True)
def database(monkeypatch: pytest.MonkeyPatch, sqlite_url: str) -> None:
    monkeypatch.setenv("NOTAIRES_DATABASE_URL", sqlite_url)


def test_a_token_is_shown_once_stored_hashed_listed_without_secret_and_revoked(
    capsys: pytest.CaptureFixture[str], sqlite_url: str,
) -> None:
    assert main(["tokens", "create", "--name", "SI du Département", "--scope", "decisions:read", "--days", "30"]) == 0
    out = capsys.readouterr().out
    secret = out.strip().splitlines()[-1]
    token_id = out.split("Jeton créé : ")[1].split(" ")[0]
    assert secret.startswith("dnapi_") and len(secret) > 40
    with make_engine(sqlite_url).connect() as connection:
        stored = connection.exec_driver_sql("SELECT secret_hash FROM api_token").scalar_one()
    assert stored == token_hash(secret) and secret not in stored
    assert main(["tokens", "list"]) == 0
    listing = capsys.readouterr().out
    assert f"{token_id}  actif" in listing and "decisions:read" in listing and secret not in listing
    assert re.search(r"expire le \d\d/\d\d/\d{4} \(heure de Paris\)", listing)
    assert main(["tokens", "revoke", token_id]) == 0
    main(["tokens", "list"])
    assert f"{token_id}  révoqué" in capsys.readouterr().out


def test_a_token_needs_a_sensible_lifetime(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tokens", "create", "--name", "Entrepôt", "--scope", "statistics:read", "--days", "900"]) == 1
    assert "d'un jour à un an" in capsys.readouterr().err
