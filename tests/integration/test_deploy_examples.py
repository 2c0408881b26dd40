"""The production examples in deploy/ stay true: their commands parse, their settings are read."""

import shlex
import subprocess
from pathlib import Path

import pytest

from infrastructure.settings import Settings
from interfaces.cli.main import _parser

DEPLOY = Path(__file__).parent.parent.parent / "deploy"


@pytest.mark.parametrize("unit", sorted(DEPLOY.glob("*.service")), ids=lambda p: p.name)
def test_every_unit_runs_a_command_that_exists(unit: Path) -> None:
    [line] = [line for line in unit.read_text(encoding="utf-8").splitlines() if line.startswith("ExecStart=")]
    program, *arguments = shlex.split(line.removeprefix("ExecStart="))
    assert program.endswith("/notaires")
    assert _parser().parse_args(arguments).run is not None


def test_the_settings_example_is_read_as_written(tmp_path: Path) -> None:
    env = {name: value.strip('"') for name, value in (  # systemd's EnvironmentFile= and a shell both unquote
        line.split("=", 1) for line in (DEPLOY / "notaires.env.example").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#"))}
    assert all(name.startswith("NOTAIRES_") or name == "FORWARDED_ALLOW_IPS" for name in env)
    # The letterhead folder must exist (README, Going to production, 3); here, a stand-in for /etc's.
    assert env["NOTAIRES_CONFIG_DIR"] == "/etc/notaires/collectivites"
    settings = Settings.from_env({**env, "NOTAIRES_CONFIG_DIR": str(tmp_path)})
    assert [c.name for c in settings.collectivites] == ["Département du Rhône"]
    assert settings.allowed_hosts == ("notaires.rhone.fr",) and not settings.dev
    assert settings.retention["69"].no_match_months == 6


def test_the_settings_example_can_be_read_by_a_shell_as_the_readme_says() -> None:
    """`set -a; . notaires.env`: an unquoted value holding a space ran « du » and lost NOTAIRES_COLLECTIVITES."""
    shown = subprocess.run(["bash", "-c", f'set -a; . "{DEPLOY / "notaires.env.example"}"; set +a; '
                                          'printf %s "$NOTAIRES_COLLECTIVITES"'],
                           capture_output=True, text=True, check=True)
    assert shown.stdout == "69:Département du Rhône" and shown.stderr == ""
