"""What an administrator administers. One instance may serve a département and a métropole, separate controllers
of their files: an administrator attached to one administers that one alone; an administrator attached to none (and
the command line) administers every collectivité, and what they share."""

from collections.abc import Iterable
from dataclasses import dataclass

from domain.office import NotarialOffice
from domain.user import Role, User


@dataclass(frozen=True, slots=True, kw_only=True)
class Jurisdiction:
    """Business rules:
    - an account is within it when attached to one of its collectivités; a clerk's, when one of them serves the
      clerk's office (an office two collectivités serve: within both); an account attached to none, only when whole;
    - it sees the offices its collectivités serve, and those none serves (to register them, or undo a detachment);
    - an office's name and generic address are shared by the collectivités serving it: they are changed when whole,
      or when no collectivité outside it serves the office.
    """

    collectivites: tuple[str, ...]  # its own; when whole, every one the service knows, in their order
    whole: bool = False  # attached to none: every collectivité, present or to come, and what they share

    @classmethod
    def everywhere(cls, known: Iterable[str]) -> "Jurisdiction":
        return cls(collectivites=tuple(known), whole=True)

    @classmethod
    def of(cls, user: User, known: Iterable[str]) -> "Jurisdiction":
        """An agent works for their collectivité, and so does an administrator attached to one."""
        if user.role is Role.ADMIN and user.collectivite is None:
            return cls.everywhere(known)
        own = user.role in (Role.AGENT, Role.ADMIN) and user.collectivite
        return cls(collectivites=(user.collectivite,) if own and user.collectivite else ())

    def covers(self, collectivite: str | None) -> bool:
        """Of one of its collectivités; None (every collectivité, or none) only when whole."""
        return self.whole or collectivite in self.collectivites

    def serves(self, office: NotarialOffice) -> bool:
        return self.whole or not office.collectivites.isdisjoint(self.collectivites)

    def sees_office(self, office: NotarialOffice) -> bool:
        return self.serves(office) or not office.collectivites

    def renames(self, office: NotarialOffice) -> bool:
        """May change the office's name and generic address: its clerks' password links and letters go there."""
        return self.whole or office.collectivites <= set(self.collectivites)

    def others_serving(self, office: NotarialOffice) -> tuple[str, ...]:
        """The collectivités outside it that serve the office, whose agreements it leaves as they are."""
        return () if self.whole else tuple(sorted(office.collectivites - set(self.collectivites)))

    def sees_account(self, user: User, office: NotarialOffice | None) -> bool:
        """`office`: the clerk's, for a notary account."""
        if self.whole:
            return True
        if user.role is Role.NOTARY:
            return office is not None and self.serves(office)
        return self.covers(user.collectivite)
