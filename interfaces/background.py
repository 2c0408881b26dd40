"""Jobs that run beside `notaires serve`: a blocking task repeated at an interval, as a Starlette lifespan."""

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager

import anyio
import anyio.to_thread
from starlette.applications import Starlette

Lifespan = Callable[[Starlette], AbstractAsyncContextManager[None]]


def every(seconds: float, task: Callable[[], object], log: logging.Logger, failure: str) -> Lifespan:
    """Runs `task` in a worker thread at start, then every `seconds`; a failure is logged and the job goes on
    (a database hiccup must not stop it for good)."""

    async def repeat() -> None:
        while True:
            try:
                await anyio.to_thread.run_sync(task)
            except Exception:
                log.exception(failure)
            await anyio.sleep(seconds)

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(repeat)
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
