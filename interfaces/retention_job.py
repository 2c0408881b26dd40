"""The retention policy, applied once a day while `notaires serve` runs (a Starlette lifespan)."""

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager

import anyio
import anyio.to_thread
from starlette.applications import Starlette

from interfaces.bootstrap import Services

log = logging.getLogger("notaires.retention")
DAY = 24 * 3600

Lifespan = Callable[[Starlette], AbstractAsyncContextManager[None]]


async def run_daily(services: Services) -> None:
    while True:
        try:
            report = await anyio.to_thread.run_sync(services.apply_retention.execute)
            log.info("conservation : %s", report.summary())
        except Exception:  # a database hiccup must not stop the daily job for good
            log.exception("conservation : passe interrompue")
        await anyio.sleep(DAY)


def retention_lifespan(services: Services) -> Lifespan:
    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(run_daily, services)
            yield
            tasks.cancel_scope.cancel()

    return lifespan


def combined(*lifespans: Lifespan) -> Lifespan:
    """Several background jobs beside one app: entered in order, left in reverse."""

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            for each in lifespans:
                await stack.enter_async_context(each(app))
            yield

    return lifespan
