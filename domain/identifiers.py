"""The identifiers the service gives its records: UUIDs, written as `str(uuid.uuid4())` writes them."""

import re

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


def is_identifier(text: str) -> bool:
    """Whether the text may name a record; anything else (a formula, a path, a probe) names none, and is looked
    up nowhere nor written anywhere."""
    return _UUID.fullmatch(text) is not None
