"""DataLoaders, made afresh for each HTTP request (in get_context): a page of decisions costs
one query per kind of related object, not one per decision, and nothing is cached across callers."""

from collections.abc import Sequence
from dataclasses import dataclass

import anyio.to_thread
from strawberry.dataloader import DataLoader

from application.ports.decision_reads import DecisionReads, DecisionRecord
from domain.office import NotarialOffice
from domain.search import SearchRequest


@dataclass(frozen=True, slots=True)
class Loaders:
    requests: DataLoader[str, SearchRequest | None]
    decisions_of_request: DataLoader[str, list[DecisionRecord]]
    offices: DataLoader[str, NotarialOffice | None]


def make_loaders(reads: DecisionReads) -> Loaders:
    async def requests(ids: list[str]) -> Sequence[SearchRequest | None]:
        found = {r.id: r for r in await anyio.to_thread.run_sync(reads.requests, ids)}
        return [found.get(i) for i in ids]

    async def decisions(ids: list[str]) -> Sequence[list[DecisionRecord]]:
        grouped: dict[str, list[DecisionRecord]] = {i: [] for i in ids}
        for record in await anyio.to_thread.run_sync(reads.decisions_of, ids):
            grouped[record.decision.request_id].append(record)
        return [grouped[i] for i in ids]

    async def offices(crpcens: list[str]) -> Sequence[NotarialOffice | None]:
        found = {o.crpcen: o for o in await anyio.to_thread.run_sync(reads.offices, crpcens)}
        return [found.get(c) for c in crpcens]

    return Loaders(requests=DataLoader(load_fn=requests), decisions_of_request=DataLoader(load_fn=decisions),
                   offices=DataLoader(load_fn=offices))
