"""The generated corpora's deaths follow the aids: a beneficiary dies after being aided (the policy reads an aid
begun after the death typed as a sign of another person)."""

import csv
from datetime import date, timedelta
from pathlib import Path

from benchmarks.corpus import AIDED_FROM, write_corpus
from benchmarks.variations import after_the_aids


def test_a_death_before_the_aids_is_moved_after_them_and_a_later_one_is_kept() -> None:
    assert after_the_aids(date(2019, 3, 4), date(2015, 1, 1)) == date(2019, 3, 4)
    moved = {after_the_aids(date(1990, 1, 1) + timedelta(days=n), date(2015, 1, 1)) for n in range(400)}
    assert min(moved) > date(2015, 1, 1) and max(moved) <= date(2026, 10, 31) and len(moved) == 400


def test_every_search_of_a_generated_corpus_dies_after_the_aids_began(tmp_path: Path) -> None:
    _, labelled = write_corpus(tmp_path, seed=3, people=500, searches=200, variant="fr")
    deaths = [date.fromisoformat(row["death_date"]) for row in csv.DictReader(labelled.open(encoding="utf-8"))]
    assert len(deaths) == 200 and min(deaths) > AIDED_FROM
