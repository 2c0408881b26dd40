"""Keeps the matcher's name facts learnt while `notaires serve` runs, so that no notary waits for them.

Learning them reads every record six times (about twelve seconds for a million people on SQLite) and is redone
only after an import (infrastructure/persistence/name_facts.py). Looking every few minutes makes
the first search after a nightly import as quick as any other.
"""

import logging

from domain.matching.name_facts import NameFacts
from interfaces.background import Lifespan, every
from interfaces.bootstrap import Services

log = logging.getLogger("notaires.matching")
INTERVAL = 300


def warm(services: Services) -> dict[str, NameFacts]:
    with services.uow() as uow:
        return {c.code: uow.beneficiaries.name_facts(c.code) for c in uow.collectivites.all()}


def facts_lifespan(services: Services) -> Lifespan:
    # A failure only delays learning: the first search after an import learns them anyway.
    return every(INTERVAL, lambda: warm(services), log, "faits de noms : apprentissage interrompu")
