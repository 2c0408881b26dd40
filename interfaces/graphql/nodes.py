"""Decisions and requests as GraphQL nodes. Every field that reaches further data checks the caller."""

from datetime import date, datetime

import strawberry

from application.ports.decision_reads import DecisionRecord
from domain.decision import DecisionKind
from domain.decision_status import DecisionStatus as DomainDecisionStatus
from domain.decision_status import status_of
from domain.search import SearchRequest
from interfaces.graphql.context import Info
from interfaces.graphql.described import TYPED, described_enum
from interfaces.graphql.permissions import caller_of
from interfaces.graphql.types import Outcome

DecisionStatus = described_enum(DomainDecisionStatus, "Où en est une décision.", {
    DomainDecisionStatus.TO_REVIEW: "Doute automatique (réponse AMBIGUOUS) qu'aucun agent n'a encore levé.",
    DomainDecisionStatus.ANSWERED: "La réponse en vigueur.",
    DomainDecisionStatus.SUPERSEDED: "Remplacée par la correction d'un agent (qui est une autre décision).",
})


@strawberry.type(name="Office", description="Une étude notariale.")
class OfficeNode:
    crpcen: str = strawberry.field(description="Numéro CRPCEN de l'étude (Chambre des notaires).")
    name: str = strawberry.field(description="Nom de l'étude.")


@strawberry.type(name="Decision", description="La réponse d'une collectivité à une demande.")
class DecisionNode:
    id: strawberry.ID = strawberry.field(description="Identifiant de la décision.")
    collectivite: str = strawberry.field(description="Code de la collectivité qui a répondu (par exemple « 69 »).")
    outcome: Outcome = strawberry.field(description="La réponse.")  # type: ignore[valid-type]
    status: DecisionStatus = strawberry.field(  # type: ignore[valid-type]
        description="À revoir, en vigueur ou remplacée par une correction.")
    decided_at: datetime = strawberry.field(description="Date et heure de la décision (automatique ou d'agent).")
    corrected: bool = strawberry.field(description="Vrai quand un agent a corrigé la réponse automatique.")
    record: strawberry.Private[DecisionRecord]

    @classmethod
    def from_record(cls, record: DecisionRecord) -> "DecisionNode":
        d = record.decision
        return cls(id=strawberry.ID(d.id), collectivite=d.collectivite, outcome=d.outcome,
                   status=status_of(d, record.superseded), decided_at=d.decided_at,
                   corrected=d.kind is DecisionKind.CORRECTED, record=record)

    @strawberry.field(description=(
        "Numéro individuel IODAS (agents et intégrateurs de la collectivité) ; pour une personne enregistrée "
        "plusieurs fois dans IODAS, son dossier principal (voir iodasIds)."))
    def iodas_id(self, info: Info) -> str | None:
        caller = caller_of(info)
        return self.record.decision.iodas_id if caller and caller.sees_evidence(self.record.decision) else None

    @strawberry.field(description=(
        "Tous les numéros individuels IODAS de la personne (agents et intégrateurs de la collectivité) : celui "
        "d'iodasId d'abord, puis les autres dossiers de la même personne enregistrée plusieurs fois dans IODAS, "
        "qu'un agent a reconnus en levant un doute ; vide quand la décision ne désigne personne."))
    def iodas_ids(self, info: Info) -> list[str] | None:
        caller = caller_of(info)
        decision = self.record.decision
        return list(decision.iodas_ids) if caller and caller.sees_evidence(decision) else None

    @strawberry.field(description="Meilleur score du rapprochement (agents et intégrateurs de la collectivité).")
    def top_score(self, info: Info) -> float | None:
        caller = caller_of(info)
        return self.record.decision.top_score if caller and caller.sees_evidence(self.record.decision) else None

    @strawberry.field(description="La demande à laquelle répond cette décision.")
    async def request(self, info: Info) -> "SearchRequestNode | None":
        caller = caller_of(info)
        found = await info.context.loaders.requests.load(self.record.decision.request_id)
        if caller is None or found is None or not caller.sees_decision(self.record.decision, found):
            return None
        return SearchRequestNode.from_domain(found)


@strawberry.type(name="SearchRequest", description="Une demande d'étude notariale, avec l'identité saisie.")
class SearchRequestNode:
    id: strawberry.ID = strawberry.field(description="Identifiant de la demande.")
    reference: str = strawberry.field(description=TYPED["reference"])
    requested_at: datetime = strawberry.field(description=TYPED["requested_at"])
    crpcen: str = strawberry.field(description="Numéro CRPCEN de l'étude qui a demandé.")
    last_name: str = strawberry.field(description=TYPED["last_name"])
    birth_name: str | None = strawberry.field(description=TYPED["birth_name"])
    first_names: str = strawberry.field(description=TYPED["first_names"])
    birth_date: date = strawberry.field(description=TYPED["birth_date"])
    death_date: date = strawberry.field(description=TYPED["death_date"])
    death_place: str = strawberry.field(description=TYPED["death_place"])
    request: strawberry.Private[SearchRequest]

    @classmethod
    def from_domain(cls, r: SearchRequest) -> "SearchRequestNode":
        i = r.identity
        return cls(id=strawberry.ID(r.id), reference=r.reference, requested_at=r.at, crpcen=r.crpcen,
                   last_name=i.last_name, birth_name=i.birth_name, first_names=i.first_names, birth_date=i.birth_date,
                   death_date=i.death_date, death_place=i.death_place, request=r)

    @strawberry.field(description="L'étude qui a fait la demande.")
    async def office(self, info: Info) -> OfficeNode | None:
        if caller_of(info) is None:
            return None
        office = await info.context.loaders.offices.load(self.request.crpcen)
        return OfficeNode(crpcen=office.crpcen, name=office.name) if office else None

    @strawberry.field(description="Les réponses que l'appelant peut voir : celles de sa collectivité, "
                                  "ou toutes pour l'étude qui a demandé.")
    async def decisions(self, info: Info) -> list[DecisionNode]:
        caller = caller_of(info)
        if caller is None:
            return []
        records = await info.context.loaders.decisions_of_request.load(self.request.id)
        return [DecisionNode.from_record(r) for r in records if caller.sees_decision(r.decision, self.request)]
