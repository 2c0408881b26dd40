"""The `notaires` commands on an instance serving several collectivités: which one is meant."""

import io
from pathlib import Path

import pytest

from interfaces.cli.main import main
from tests.conftest import TEST_COLLECTIVITES, make_services
from tests.integration.test_cli import EXTRACT


@pytest.fixture(autouse=True)
def two_collectivites(monkeypatch: pytest.MonkeyPatch, sqlite_url: str) -> None:
    monkeypatch.setenv("NOTAIRES_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("NOTAIRES_COLLECTIVITES", TEST_COLLECTIVITES)


def test_an_import_that_does_not_say_for_which_collectivite_is_a_command_line_mistake(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Exit 2 like any option mistake: the daily unit's exit 1 means a file of which no row could be read."""
    (tmp_path / "b.csv").write_text(EXTRACT, encoding="utf-8")
    with pytest.raises(SystemExit) as refused:
        main(["import", "beneficiaries", str(tmp_path / "b.csv")])
    assert refused.value.code == 2
    assert "précisez --collectivite (69, 69M)" in capsys.readouterr().err
    with pytest.raises(SystemExit) as unknown:
        main(["import", "beneficiaries", str(tmp_path / "b.csv"), "--collectivite", "13"])
    assert unknown.value.code == 2 and "Collectivité inconnue « 13 »" in capsys.readouterr().err
    assert main(["import", "beneficiaries", str(tmp_path / "b.csv"), "--collectivite", "69M"]) == 0


def test_an_administrator_of_every_collectivite_is_created_only_on_the_command_line_and_only_as_such(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], sqlite_url: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Administrer-Les-Deux-2026\n"))
    assert main(["users", "create", "--role", "admin", "--email", "dsi@rhone.fr", "--toutes-collectivites",
                 "--password-stdin"]) == 0
    assert capsys.readouterr().out == "Compte créé : dsi@rhone.fr (administrateur, toutes les collectivités).\n"
    services = make_services(sqlite_url)
    with services.uow() as uow:
        admin = uow.users.by_email("dsi@rhone.fr")
    assert admin is not None and admin.collectivite is None
    for mistaken in (["--role", "agent"], ["--role", "admin", "--collectivite", "69"]):
        assert main(["users", "create", *mistaken, "--email", "x@rhone.fr", "--toutes-collectivites",
                     "--password-stdin"]) == 2
        assert "--toutes-collectivites ne vaut que pour un administrateur" in capsys.readouterr().err
