from typing import Protocol

from domain.terms import TermsAcceptance


class TermsLog(Protocol):
    """Who accepted which version of the terms of use, and when."""

    def accepted(self, user_id: str, version: str) -> TermsAcceptance | None: ...

    def record(self, acceptance: TermsAcceptance) -> None: ...
