"""A maison du département: the local office that handles a beneficiary's file."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, kw_only=True)
class Maison:
    collectivite: str
    code: str
    name: str
    email: str
    address: str = ""
