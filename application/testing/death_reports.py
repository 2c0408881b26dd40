"""In-memory deaths to report to IODAS, over the fake request log and directory; tested against the SQL ones."""

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from domain.death_report import DeathBatch, DeathReport, report_of

if TYPE_CHECKING:
    from application.testing.fakes import FakeBeneficiaryDirectory, FakeRequestLog


class FakeDeathReports:
    def __init__(self, requests: "FakeRequestLog", people: "FakeBeneficiaryDirectory") -> None:
        self._requests = requests
        self._people = people
        self.items: list[DeathBatch] = []

    def pending(self, collectivites: Sequence[str]) -> Sequence[DeathReport]:
        superseded = {d.supersedes for d in self._requests.decisions if d.supersedes}
        reported = {(r.collectivite, r.iodas_id) for b in self.items for r in b.reports}
        found = []
        for decision in self._requests.decisions:
            if decision.id in superseded or decision.collectivite not in collectivites:
                continue
            for iodas_id in decision.iodas_ids:
                person = self._people.get(decision.collectivite, iodas_id)
                if person is None or (decision.collectivite, iodas_id) in reported:
                    continue
                report = report_of(self._requests.requests[decision.request_id], decision, person)
                if report is not None:
                    found.append(report)
        return sorted(found, key=lambda r: (r.requested_at, r.reference, r.collectivite, r.iodas_id))

    def last_number(self, collectivite: str) -> int:
        return max((b.number for b in self.items if b.collectivite == collectivite), default=0)

    def add(self, batch: DeathBatch) -> None:
        self.items.append(batch)

    def batches(self, collectivites: Sequence[str], limit: int = 50) -> Sequence[DeathBatch]:
        found = sorted((b for b in self.items if b.collectivite in collectivites),
                       key=lambda b: (b.created_at, b.number), reverse=True)
        return [replace(b, reports=()) for b in found[:limit]]

    def get(self, batch_id: str) -> DeathBatch | None:
        return next((b for b in self.items if b.id == batch_id), None)
