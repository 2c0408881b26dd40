"""One typed settings object, read from NOTAIRES_* environment variables."""

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

from domain.collectivite import Collectivite, CollectiviteKind
from domain.rate import Rate
from domain.retention import RetentionPolicy, parse_policies
from domain.matching.policy import ThresholdPolicy
from infrastructure.mail.smtp import CleartextCredentials, SmtpServer
from infrastructure.matching.settings import policy_from_env
from infrastructure.setting_values import decimal, whole

DEFAULT_COLLECTIVITES = "69:Département du Rhône"
DEFAULT_DATABASE_URL = "sqlite:///var/notaires.db"
# An office sends a few searches a day; 20 a minute leaves room for a clerk working through a pile of files.
DEFAULT_SEARCH_RATE_LIMIT = "20/minute"
DEFAULT_ALLOWED_HOSTS = "localhost,127.0.0.1,[::1]"
DEFAULT_SMTP_URL = "smtp://localhost:25"


class InvalidSetting(ValueError):
    """A NOTAIRES_* variable that cannot be read; the message tells the IT team which one and what it should be."""


def parse_collectivites(text: str) -> tuple[Collectivite, ...]:
    """'69:Département du Rhône;69M:Métropole de Lyon:metropole' -> collectivités."""
    found = []
    for item in filter(None, (part.strip() for part in text.split(";"))):
        code, _, rest = item.partition(":")
        name, _, kind = rest.partition(":")
        try:
            found_kind = CollectiviteKind(kind.strip() or "departement")
        except ValueError:
            kinds = ", ".join(k.value for k in CollectiviteKind)
            raise ValueError(f"type de collectivité inconnu « {kind.strip()} » pour {code.strip()} "
                             f"(connus : {kinds})") from None
        found.append(Collectivite(code=code.strip(), name=name.strip() or code.strip(), kind=found_kind))
    if not found:
        raise ValueError("aucune collectivité ; attendu par exemple 69:Département du Rhône")
    return tuple(found)


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    collectivites: tuple[Collectivite, ...] = field(default_factory=lambda: parse_collectivites(DEFAULT_COLLECTIVITES))
    dev: bool = False
    session_ttl: timedelta = timedelta(hours=12)
    search_rate_limit: Rate = field(default_factory=lambda: Rate.parse(DEFAULT_SEARCH_RATE_LIMIT))
    login_max_failures: int = 5
    login_lock: timedelta = timedelta(minutes=15)
    allowed_hosts: tuple[str, ...] = tuple(DEFAULT_ALLOWED_HOSTS.split(","))
    retention: Mapping[str, RetentionPolicy] = field(default_factory=dict)  # per collectivité; defaults otherwise
    # The notary client's look and terms: the collectivité's colour, logo file and CGU version in force.
    brand_colour: str = "#000091"
    logo_path: str | None = None
    terms_version: str = "2026-11"
    smtp_url: str = DEFAULT_SMTP_URL
    mail_sender: str = "ne-pas-repondre@departements-notaires.example"  # account e-mails (password links)
    config_dir: Path | None = None  # per-collectivité letterheads: <dir>/<code>/collectivite.toml, logo, templates
    outbox_in_server: bool = True  # `notaires serve` runs the mail dispatcher
    outbox_poll: timedelta = timedelta(seconds=2)
    # An IODAS extract older than this means the nightly import failed: monitoring and agents are warned.
    extract_max_age: timedelta = timedelta(hours=36)
    matching: ThresholdPolicy = field(default_factory=ThresholdPolicy)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Settings":
        """InvalidSetting, in French, for the first variable that cannot be read."""
        env = os.environ if env is None else env
        read = _Reader(env)
        return cls(
            database_url=env.get("NOTAIRES_DATABASE_URL", DEFAULT_DATABASE_URL),
            collectivites=read("NOTAIRES_COLLECTIVITES", DEFAULT_COLLECTIVITES, parse_collectivites),
            dev=env.get("NOTAIRES_DEV", "") in {"1", "true", "yes"},
            session_ttl=timedelta(hours=read("NOTAIRES_SESSION_HOURS", "12", _positive)),
            search_rate_limit=read("NOTAIRES_SEARCH_RATE_LIMIT", DEFAULT_SEARCH_RATE_LIMIT, Rate.parse),
            login_max_failures=max(1, read("NOTAIRES_LOGIN_MAX_FAILURES", "5", whole)),
            login_lock=timedelta(minutes=read("NOTAIRES_LOGIN_LOCK_MINUTES", "15", _positive)),
            allowed_hosts=tuple(h.strip() for h in env.get("NOTAIRES_ALLOWED_HOSTS", DEFAULT_ALLOWED_HOSTS).split(",")
                                if h.strip()),
            retention=read("NOTAIRES_RETENTION", "", parse_policies),
            brand_colour=env.get("NOTAIRES_BRAND_COLOUR", "#000091"),
            logo_path=env.get("NOTAIRES_LOGO") or None,
            terms_version=env.get("NOTAIRES_CGU_VERSION", "2026-11"),
            smtp_url=read("NOTAIRES_SMTP_URL", DEFAULT_SMTP_URL, _smtp_url, secret=True),
            mail_sender=env.get("NOTAIRES_MAIL_SENDER", "ne-pas-repondre@departements-notaires.example"),
            config_dir=read("NOTAIRES_CONFIG_DIR", "", _folder_or_none),
            outbox_in_server=env.get("NOTAIRES_OUTBOX_IN_SERVER", "1") not in {"0", "false", "no"},
            extract_max_age=timedelta(hours=read("NOTAIRES_EXTRACT_MAX_AGE_HOURS", "36", _positive)),
            matching=read.whole(policy_from_env),
        )


T = TypeVar("T")


class _Reader:
    def __init__(self, env: Mapping[str, str]) -> None:
        self._env = env

    def __call__(self, name: str, default: str, parse: Callable[[str], T], secret: bool = False) -> T:
        """`secret`: the value may hold a password, and is not repeated."""
        text = self._env.get(name, default)
        try:
            return parse(text)
        except ValueError as error:
            shown = "" if secret else f" « {text} »"
            raise InvalidSetting(f"Réglage {name} invalide{shown} : {error}") from None

    def whole(self, parse: Callable[[Mapping[str, str]], T]) -> T:
        try:
            return parse(self._env)
        except ValueError as error:
            raise InvalidSetting(f"Réglage invalide : {error}") from None


def _folder_or_none(text: str) -> Path | None:
    if not text:
        return None
    if not Path(text).is_dir():
        raise ValueError("ce dossier n'existe pas (il contient un dossier par collectivité, voir config.example/)")
    return Path(text).resolve()


def _smtp_url(text: str) -> str:
    try:
        SmtpServer.from_url(text)
    except CleartextCredentials as refused:
        raise ValueError(str(refused)) from None
    except ValueError:
        raise ValueError("attendu smtp://hôte:port, smtp://[utilisateur:mot-de-passe@]hôte:port?starttls=1 "
                         "(STARTTLS) ou smtps://[utilisateur:mot-de-passe@]hôte:port (TLS dès la connexion)") from None
    return text


def _positive(text: str) -> float:
    value = decimal(text)
    if value is None or not value > 0:
        raise ValueError("un nombre positif est attendu")
    return value
