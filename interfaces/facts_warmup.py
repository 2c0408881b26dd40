"""Keeps the matcher's first-name facts learnt while `notaires serve` runs, so that no notary waits for them.

Learning them reads every record once (about five seconds for a million people on SQLite) and is redone
only after an import (infrastructure/persistence/first_name_facts.py). Looking every few minutes makes
the first search after a nightly import as quick as any other.
"""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
import anyio.to_thread
from starlette.applications import Starlette

from domain.matching.first_name_facts import FirstNameFacts
from interfaces.bootstrap import Services
from interfaces.retention_job import Lifespan

log = logging.getLogger("notaires.matching")
INTERVAL = 300


def warm(services: Services) -> dict[str, FirstNameFacts]:
    with services.uow() as uow:
        return {c.code: uow.beneficiaries.first_name_facts(c.code) for c in uow.collectivites.all()}


async def keep_warm(services: Services) -> None:
    while True:
        try:
            await anyio.to_thread.run_sync(warm, services)
        except Exception:  # a database hiccup must not stop the job for good; searches learn them anyway
            log.exception("prénoms : apprentissage interrompu")
        await anyio.sleep(INTERVAL)


def facts_lifespan(services: Services) -> Lifespan:
    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(keep_warm, services)
            yield
            tasks.cancel_scope.cancel()

    return lifespan
