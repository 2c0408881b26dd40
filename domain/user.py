"""People who sign in: office clerks, the collectivité's agents, administrators."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Role(StrEnum):
    NOTARY = "notary"
    AGENT = "agent"
    ADMIN = "admin"


# As the back-office names the profiles; the command line prints them in lower case.
ROLE_LABELS = {Role.NOTARY: "Étude notariale", Role.AGENT: "Agent", Role.ADMIN: "Administrateur"}


@dataclass(frozen=True, slots=True, kw_only=True)
class User:
    id: str
    email: str
    role: Role
    password_hash: str
    crpcen: str | None = None
    collectivite: str | None = None
    active: bool = True
    created_at: datetime | None = None
