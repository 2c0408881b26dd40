"""Refusals that protect the service from abuse; their messages are read by clerks and operators."""

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")


def _seconds(wait: timedelta) -> int:
    return max(1, math.ceil(wait.total_seconds()))


@dataclass(frozen=True, slots=True)
class RateLimited:
    retry_after: timedelta
    what: str = "recherches"

    @property
    def message(self) -> str:
        return (f"Trop de {self.what} en peu de temps : réessayez dans {_seconds(self.retry_after)} secondes. "
                "Cette limite protège les données des bénéficiaires.")


@dataclass(frozen=True, slots=True)
class LoginSlowedDown:
    retry_after: timedelta

    @property
    def message(self) -> str:
        return (f"Plusieurs tentatives de connexion ont échoué : patientez {_seconds(self.retry_after)} secondes "
                "avant de réessayer.")


@dataclass(frozen=True, slots=True)
class AccountLocked:
    until: datetime

    @property
    def message(self) -> str:
        return (f"Trop de tentatives de connexion infructueuses : ce compte est verrouillé jusqu'à "
                f"{self.until.astimezone(PARIS):%H:%M} (heure de Paris). L'étude a été prévenue.")
