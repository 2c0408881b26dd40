"""Runs the outbox dispatcher beside the web app, for as long as the app lives (Starlette lifespan)."""

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
import anyio.to_thread
from starlette.applications import Starlette

from interfaces.bootstrap import Services

log = logging.getLogger("notaires.outbox")


async def run_dispatcher(services: Services) -> None:
    """Polls: a message written by any process (another server, the CLI) is picked up within one period."""
    while True:
        try:
            report = await anyio.to_thread.run_sync(services.deliver_outbox.execute)
            if report.sent or report.retried or report.failed:
                log.info("outbox : %s", report.summary())
        except Exception:  # a database hiccup must not stop delivery for good
            log.exception("outbox : passe de distribution interrompue")
        await anyio.sleep(services.settings.outbox_poll.total_seconds())


def dispatcher_lifespan(services: Services):  # type: ignore[no-untyped-def]
    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        if not services.settings.outbox_in_server:
            yield
            return
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(run_dispatcher, services)
            yield
            tasks.cancel_scope.cancel()

    return lifespan
