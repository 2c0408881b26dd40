"""Watches the `weasyprint` logger: a broken logo or a refused resource is only logged, the PDF still comes out."""

import logging
from collections.abc import Iterator

import pytest


class WeasyPrintLog(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def take(self) -> list[str]:
        """The messages logged so far; a test that expects them takes them, so they do not fail it."""
        found, self.records = [r.getMessage() for r in self.records], []
        return found


@pytest.fixture(autouse=True)
def weasyprint_log() -> Iterator[WeasyPrintLog]:
    handler = WeasyPrintLog()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)
    assert not handler.records, f"WeasyPrint logged: {[r.getMessage() for r in handler.records]}"
