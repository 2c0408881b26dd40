"""Who may read what. Each profile sees only what it needs (least privilege):
- a notary: their own office's requests and the answers given, never evidence nor IODAS numbers;
- an agent or an administrator: the decisions of their own collectivité, with the evidence;
- an integrator: the decisions or statistics of the token's collectivité, as its scopes allow."""

from dataclasses import dataclass
from enum import StrEnum

from domain.api_token import ApiToken, Scope
from domain.decision import Decision
from domain.search import SearchRequest
from domain.user import Role, User


class Profile(StrEnum):
    NOTARY = "notary"
    AGENT = "agent"
    ADMIN = "admin"
    INTEGRATOR = "integrator"


@dataclass(frozen=True, slots=True, kw_only=True)
class Caller:
    id: str
    profile: Profile
    crpcen: str | None = None
    collectivite: str | None = None
    scopes: frozenset[Scope] = frozenset()

    @classmethod
    def of_user(cls, user: User) -> "Caller":
        return cls(id=user.id, profile=Profile(user.role.value), crpcen=user.crpcen, collectivite=user.collectivite)

    @classmethod
    def of_token(cls, token: ApiToken) -> "Caller":
        return cls(id=token.id, profile=Profile.INTEGRATOR, collectivite=token.collectivite, scopes=token.scopes)

    def may(self, scope: Scope) -> bool:
        if self.profile is Profile.INTEGRATOR:
            return scope in self.scopes
        return self.profile in (Profile.AGENT, Profile.ADMIN) and self.collectivite is not None

    def sees_decision(self, decision: Decision, request: SearchRequest | None = None) -> bool:
        """The answer itself; for a notary, only on their own office's request."""
        if self.profile is Profile.NOTARY:
            return request is not None and request.crpcen == self.crpcen
        return self.may(Scope.DECISIONS_READ) and decision.collectivite == self.collectivite

    def sees_evidence(self, decision: Decision) -> bool:
        """IODAS number, scores, comments: the collectivité's own business."""
        return self.profile is not Profile.NOTARY and self.sees_decision(decision)

    def sees_request(self, request: SearchRequest, decisions: tuple[Decision, ...]) -> bool:
        if self.profile is Profile.NOTARY:
            return request.crpcen == self.crpcen
        return any(self.sees_decision(d) for d in decisions)
