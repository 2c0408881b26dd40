"""The production examples in deploy/ stay true: their commands parse, their settings are read."""

import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from infrastructure.mail.smtp import SmtpServer
from infrastructure.settings import Settings
from interfaces.body_limits import FORM_BYTES, MEGABYTE, UPLOAD_BYTES, UPLOAD_PATHS
from interfaces.cli.main import _parser

DEPLOY = Path(__file__).parent.parent.parent / "deploy"


@pytest.mark.parametrize("unit", sorted(DEPLOY.glob("*.service")), ids=lambda p: p.name)
def test_every_unit_runs_a_command_that_exists(unit: Path) -> None:
    [line] = [line for line in unit.read_text(encoding="utf-8").splitlines() if line.startswith("ExecStart=")]
    program, *arguments = shlex.split(line.removeprefix("ExecStart="))
    assert program.endswith("/notaires")
    assert _parser().parse_args(arguments).run is not None


SANDBOX = {
    "NoNewPrivileges": "true", "ProtectSystem": "strict", "ProtectHome": "true", "PrivateTmp": "true",
    "PrivateDevices": "true", "ProtectKernelTunables": "true", "ProtectKernelModules": "true",
    "ProtectKernelLogs": "true", "ProtectControlGroups": "true", "CapabilityBoundingSet": "",
    "RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX",  # AF_UNIX: PostgreSQL's local socket
    "SystemCallFilter": "@system-service", "UMask": "0077", "LockPersonality": "true", "RestrictSUIDSGID": "true",
    "CacheDirectory": "notaires", "Environment": "XDG_CACHE_HOME=/var/cache/notaires",  # fontconfig's cache
}


def _directives(unit: Path) -> dict[str, str]:
    lines = unit.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


@pytest.mark.parametrize("unit", sorted(DEPLOY.glob("*.service")), ids=lambda p: p.name)
def test_every_unit_runs_sandboxed(unit: Path) -> None:
    directives = _directives(unit)
    # The deaths' file is for the IODAS side to read: its group may.
    expected = SANDBOX | ({"UMask": "0027"} if unit.name == "notaires-deces.service" else {})
    assert {name: directives.get(name) for name in expected} == expected


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
@pytest.mark.parametrize("unit", sorted(DEPLOY.glob("*.service")), ids=lambda p: p.name)
def test_systemd_reads_every_unit_and_finds_it_little_exposed(unit: Path, tmp_path: Path) -> None:
    copy = tmp_path / unit.name  # its program, /opt/notaires/bin/notaires, exists only once installed
    copy.write_text(unit.read_text(encoding="utf-8").replace("/opt/notaires/bin/notaires", "/bin/true"),
                    encoding="utf-8")
    verified = subprocess.run(["systemd-analyze", "verify", str(copy)], capture_output=True, text=True)
    assert verified.returncode == 0 and verified.stderr == "", verified.stderr
    security = subprocess.run(["systemd-analyze", "security", "--offline=true", str(copy)],
                              capture_output=True, text=True)
    found = re.search(r"Overall exposure level for \S+: ([\d.]+)", security.stdout)
    assert found and float(found[1]) <= 3.0, security.stdout[-400:]


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
    smtp = SmtpServer.from_url(settings.smtp_url)
    assert smtp.starttls or smtp.implicit_tls  # the letters do not cross the network in clear


def test_the_settings_example_can_be_read_by_a_shell_as_the_readme_says() -> None:
    """`set -a; . notaires.env`: an unquoted value holding a space ran « du » and lost NOTAIRES_COLLECTIVITES."""
    shown = subprocess.run(["bash", "-c", f'set -a; . "{DEPLOY / "notaires.env.example"}"; set +a; '
                                          'printf %s "$NOTAIRES_COLLECTIVITES"'],
                           capture_output=True, text=True, check=True)
    assert shown.stdout == "69:Département du Rhône" and shown.stderr == ""


NGINX = DEPLOY / "nginx-notaires.conf"


def _megabytes(size: str) -> int:
    assert size.endswith("m"), size
    return int(size[:-1]) * MEGABYTE


def test_the_proxy_takes_large_bodies_on_the_upload_pages_only_as_the_service_does() -> None:
    conf = NGINX.read_text(encoding="utf-8")
    https = conf.split("server {")[1]
    [(pattern, block)] = re.findall(r"location ~ (\S+) \{(.*?)\}", https, re.S)
    outside = re.sub(r"location [^{]*\{.*?\}", "", https, flags=re.S)
    [default] = re.findall(r"client_max_body_size (\w+);", outside)
    [upload] = re.findall(r"client_max_body_size (\w+);", block)
    assert (_megabytes(default), _megabytes(upload)) == (FORM_BYTES, UPLOAD_BYTES)
    candidates = UPLOAD_PATHS | {"/graphql", "/admin/connexion", "/admin/administration/etudes/69001",
                                 "/admin/administration/maisons/enregistrer", "/admin/administration/imports/x"}
    assert {path for path in candidates if re.fullmatch(pattern, path)} == UPLOAD_PATHS


def test_the_proxy_speaks_recent_tls_only_hides_its_version_and_sets_the_clients_address_itself() -> None:
    conf = NGINX.read_text(encoding="utf-8")
    assert "ssl_protocols TLSv1.2 TLSv1.3;" in conf
    assert conf.count("server_tokens off;") == conf.count("server {") == 2
    # Overwritten, not appended to ($proxy_add_x_forwarded_for): a client would choose the address the limits count.
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in conf and "proxy_add_x_forwarded_for" not in conf


@pytest.mark.skipif(shutil.which("nginx") is None, reason="nginx is not installed: its own check of the file is skipped")
def test_nginx_reads_the_example(tmp_path: Path) -> None:
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=test",
                    "-keyout", str(tmp_path / "key.pem"), "-out", str(tmp_path / "cert.pem")],
                   capture_output=True, check=True)
    site = NGINX.read_text(encoding="utf-8").replace("/etc/ssl/notaires/fullchain.pem", str(tmp_path / "cert.pem")) \
        .replace("/etc/ssl/notaires/privkey.pem", str(tmp_path / "key.pem"))
    (tmp_path / "site.conf").write_text(site, encoding="utf-8")
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid; error_log {tmp_path}/error.log; events {{}}\n"
        f"http {{ access_log off; client_body_temp_path {tmp_path}/body; proxy_temp_path {tmp_path}/proxy;\n"
        f"include {tmp_path}/site.conf; }}\n", encoding="utf-8")
    checked = subprocess.run(["nginx", "-t", "-c", str(tmp_path / "nginx.conf"), "-p", str(tmp_path)],
                             capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
