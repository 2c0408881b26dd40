"""`notaires import maisons` and `notaires outbox deliver|status`, as the IT team runs them."""

from pathlib import Path

import pytest

from interfaces.cli.main import main
from tests.support.letters_world import MAISONS
from tests.support.smtp import SmtpSink


def test_the_maisons_referential_is_imported_with_bad_rows_reported(
        tmp_path: Path, sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("NOTAIRES_DATABASE_URL", sqlite_url)
    file = tmp_path / "maisons.csv"
    file.write_text(MAISONS + "MDR09,Sans adresse,pas-une-adresse,\n", encoding="utf-8")
    assert main(["import", "maisons", str(file)]) == 0
    out, err = capsys.readouterr()
    assert "3 lignes lues, 1 rejetées ; 2 créés" in out and "ligne 4 : adresse électronique invalide" in err
    assert main(["import", "maisons", str(file)]) == 0
    assert "0 créés, 2 mis à jour" in capsys.readouterr().out


def test_outbox_deliver_runs_once_and_status_counts(
        sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    sink = SmtpSink().start()
    monkeypatch.setenv("NOTAIRES_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("NOTAIRES_SMTP_URL", sink.url)
    assert main(["outbox", "deliver"]) == 0
    assert "0 envoyé(s), 0 à réessayer, 0 en échec définitif." in capsys.readouterr().out
    assert main(["outbox", "status"]) == 0
    assert "en attente : 0, envoyés : 0, en échec : 0" in capsys.readouterr().out
    sink.stop()
