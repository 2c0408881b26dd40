from collections.abc import Sequence
from typing import Protocol

from domain.user import User


class UserRepository(Protocol):
    def get(self, user_id: str) -> User | None: ...

    def by_email(self, email: str) -> User | None: ...

    def add(self, user: User) -> None: ...

    def update_password_hash(self, user_id: str, password_hash: str) -> None: ...

    def all(self) -> Sequence[User]:
        """Every account, by role then e-mail."""
        ...

    def set_active(self, user_id: str, active: bool) -> None: ...
