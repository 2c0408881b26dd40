"""`notaires import maisons` and `notaires outbox deliver|status`, as the IT team runs them."""

import os
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, text

from application.search_deceased import SearchDeceasedCommand
from interfaces.cli.main import main
from tests.conftest import make_services
from tests.support.builders import form
from tests.support.letters_world import MAISONS, OFFICE_EMAIL, populate
from tests.support.smtp import SmtpSink

ROOT = Path(__file__).parents[2]


def test_the_maisons_referential_is_imported_with_bad_rows_reported(
        tmp_path: Path, sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("NOTAIRES_DATABASE_URL", sqlite_url)
    file = tmp_path / "maisons.csv"
    file.write_text(MAISONS + "MDR09,Sans adresse,pas-une-adresse,\n", encoding="utf-8")
    assert main(["import", "maisons", str(file)]) == 0
    out, err = capsys.readouterr()
    assert "3 lignes lues, 1 rejetée ; 2 créées, 0 mise à jour, 0 inchangée." in out
    assert "ligne 4 : adresse électronique invalide" in err
    assert main(["import", "maisons", str(file)]) == 0
    assert capsys.readouterr().out == "3 lignes lues, 1 rejetée ; 0 créée, 0 mise à jour, 2 inchangées.\n"


def test_outbox_deliver_runs_once_and_status_shows_what_waits_and_why(
        tmp_path: Path, sqlite_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    services = make_services(sqlite_url)
    clerk = populate(services, tmp_path)
    services.search.execute(SearchDeceasedCommand(user_id=clerk, form=form(last_name="Inconnu", birth_name=None)))
    services.engine.dispose()
    monkeypatch.setenv("NOTAIRES_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("NOTAIRES_SMTP_URL", SmtpSink().url)  # nobody listens there
    assert main(["outbox", "deliver"]) == 0
    assert "0 envoyé(s), 1 à réessayer, 0 en échec définitif." in capsys.readouterr().out
    # The first retry is due a second later: on a loaded machine the next command could already be past it.
    engine = create_engine(sqlite_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE outbox_message SET next_attempt_at = :later"),
                           {"later": datetime.now(UTC) + timedelta(hours=1)})
    engine.dispose()
    assert main(["outbox", "deliver"]) == 0  # the retry is not due yet: the operator is told it waits, and till when
    assert re.fullmatch(r"0 envoyé\(s\), 0 à réessayer, 0 en échec définitif\.\n"
                        r"1 courriel attend un nouvel essai ; le prochain à \d\d:\d\d:\d\d \(heure de Paris\)\.\n",
                        capsys.readouterr().out)
    assert main(["outbox", "status"]) == 0
    out = capsys.readouterr().out
    assert "en attente : 1, envoyés : 0, en échec : 0" in out
    with make_services(sqlite_url).uow() as uow:
        [due] = [m.next_attempt_at for m in uow.outbox.troubled(1)]
    assert due is not None
    paris = due.astimezone(ZoneInfo("Europe/Paris"))
    assert f"→ {OFFICE_EMAIL} : nouvel essai à {paris:%H:%M:%S} (heure de Paris)" in out
    assert "1 essai(s) : serveur de messagerie injoignable" in out


def test_a_reader_that_stops_early_leaves_no_traceback(sqlite_url: str) -> None:
    """`notaires outbox status | head`: the pipe is closed before anything is written."""
    read, write = os.pipe()
    os.close(read)
    try:
        done = subprocess.run([sys.executable, "-m", "interfaces.cli.main", "outbox", "status"], stdout=write,
                              stderr=subprocess.PIPE, timeout=60, cwd=ROOT,
                              env={**os.environ, "NOTAIRES_DATABASE_URL": sqlite_url, "PYTHONPATH": str(ROOT)})
    finally:
        os.close(write)
    assert (done.returncode, done.stderr.decode()) == (0, "")
