"""The compact columns of the index: values numbered once, the collector paused only while loading."""

import gc

import pytest

from infrastructure.matching.collector import collector_paused
from infrastructure.matching.columns import Vocabulary


def test_a_vocabulary_numbers_each_distinct_value_once_across_chunks() -> None:
    vocabulary = Vocabulary()
    first = vocabulary.encode(["MARTIN", None, "MARTIN", "DUPONT"])
    second = vocabulary.encode(["DUPONT"])
    assert vocabulary.encode([]).tolist() == []
    assert first[0] == first[2] != first[3] == second[0]
    values = vocabulary.values()
    assert [values[code] for code in first.tolist()] == ["MARTIN", None, "MARTIN", "DUPONT"]


def test_the_collector_is_paused_while_loading_and_restored_after_even_on_failure() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        with collector_paused():
            assert not gc.isenabled()
            raise RuntimeError("lecture interrompue")
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a caller's own choice is left alone
    finally:
        gc.enable()
