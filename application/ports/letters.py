from collections.abc import Sequence
from typing import Protocol

from domain.collectivite import Collectivite
from domain.letters import CollectiviteProfile, LetterContent, StoredLetter


class LetterRenderer(Protocol):
    def render(self, letter: LetterContent) -> bytes:
        """A PDF/A document. CPU-bound: call it from a worker thread, never on the event loop."""
        ...


class CollectiviteProfiles(Protocol):
    def profile(self, collectivite: Collectivite) -> CollectiviteProfile: ...


class LetterArchive(Protocol):
    """Letters as sent, one per decision. Append-only: they are evidence."""

    def add(self, letter: StoredLetter) -> None: ...

    def get(self, decision_id: str) -> StoredLetter | None: ...

    def for_request(self, request_id: str) -> Sequence[StoredLetter]: ...
