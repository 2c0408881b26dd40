"""`notaires serve` as the IT team starts it: what it warns of before it listens."""

import os
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from interfaces.cli.main import main

EXAMPLE = Path(__file__).parents[2] / "config.example"


@pytest.fixture(autouse=True)
def no_listening(monkeypatch: pytest.MonkeyPatch, sqlite_url: str) -> list[Any]:
    monkeypatch.setenv("NOTAIRES_DATABASE_URL", sqlite_url)
    started: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: started.append(options))
    return started


def test_serving_without_a_letterhead_warns_that_letters_would_say_so(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], no_listening: list[Any]) -> None:
    monkeypatch.delenv("NOTAIRES_CONFIG_DIR", raising=False)
    monkeypatch.delenv("NOTAIRES_DEV", raising=False)
    assert main(["serve", "--host", "127.0.0.1", "--port", "8123"]) == 0
    assert no_listening == [{"host": "127.0.0.1", "port": 8123, "log_level": "info"}]
    assert ("Attention : Aucun en-tête de courrier pour Département du Rhône (69/collectivite.toml, "
            "NOTAIRES_CONFIG_DIR n'est pas réglé)") in capsys.readouterr().err
    monkeypatch.setenv("NOTAIRES_CONFIG_DIR", str(EXAMPLE))
    assert main(["serve", "--host", "127.0.0.1", "--port", "8123"]) == 0
    err = capsys.readouterr().err
    assert "Aucun en-tête" not in err
    # The example's account is the demonstration's: ignored outside development mode, and told to be replaced.
    assert ("Attention : Le compte de paiement du Département du Rhône ([payment] de 69/collectivite.toml) est "
            "l'exemple de démonstration, ignoré hors du mode développement : ses décomptes de créance ne peuvent pas "
            "être envoyés aux notaires.") in err
    monkeypatch.setenv("NOTAIRES_DEV", "1")
    assert main(["serve", "--host", "127.0.0.1", "--port", "8123"]) == 0
    assert ("Attention : Le compte de paiement du Département du Rhône ([payment] de 69/collectivite.toml) est "
            "l'exemple de démonstration : remplacez-le avant la mise en production.") in capsys.readouterr().err


def test_a_letterhead_folder_that_does_not_exist_stops_the_server_before_it_starts(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], no_listening: list[Any]) -> None:
    monkeypatch.setenv("NOTAIRES_CONFIG_DIR", "/etc/notaires/introuvable")
    assert main(["serve", "--host", "127.0.0.1", "--port", "8123"]) == 2
    assert no_listening == []
    assert "NOTAIRES_CONFIG_DIR" in capsys.readouterr().err


def _database_file() -> Path:
    return Path(os.environ["NOTAIRES_DATABASE_URL"].removeprefix("sqlite:///"))


def test_the_demo_accounts_are_refused_outside_development_before_the_database_is_opened(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], no_listening: list[Any]) -> None:
    monkeypatch.delenv("NOTAIRES_DEV", raising=False)
    for command in (["serve", "--demo-if-empty"], ["demo"]):
        with pytest.raises(SystemExit) as refused:
            main(command)
        assert refused.value.code == 2
        assert ("Les données de démonstration ne se chargent qu'en mode développement (NOTAIRES_DEV=1, que "
                "« make run » règle) : leurs comptes ont un mot de passe publié.") in capsys.readouterr().err
    assert no_listening == [] and not _database_file().exists()


def test_in_development_mode_as_make_run_sets_it_the_demo_fills_an_empty_database(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], no_listening: list[Any]) -> None:
    monkeypatch.setenv("NOTAIRES_DEV", "1")
    assert main(["serve", "--demo-if-empty", "--port", "8123"]) == 0
    assert "compte de démonstration : admin@demo.example" in capsys.readouterr().out
    assert len(no_listening) == 1
