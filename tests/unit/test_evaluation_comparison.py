from application.evaluation import Expected, Label, Verdict
from application.evaluation_comparison import compare

LABELS = [Label(ref=ref, expected=expected, iodas_ids=frozenset(ids)) for ref, expected, ids in (
    ("m1", Expected.MEMBER, {"1"}), ("m2", Expected.MEMBER, {"2"}), ("m3", Expected.MEMBER, {"3"}),
    ("n1", Expected.NONMEMBER, set()), ("n2", Expected.NONMEMBER, set()))]


def test_the_searches_that_changed_are_counted_by_what_was_expected_and_both_verdicts() -> None:
    """Searches absent from a run's mistakes were correct; a search unchanged is not counted."""
    before = {"m1": Verdict.DEFERRED, "m2": Verdict.DEFERRED, "m3": Verdict.MISSED, "n1": Verdict.WRONG}
    after = {"m3": Verdict.DEFERRED, "n2": Verdict.WRONG}
    found = compare(LABELS, before, after)
    assert dict(found.changes) == {(Expected.MEMBER, Verdict.DEFERRED, Verdict.CORRECT): 2,
                                   (Expected.MEMBER, Verdict.MISSED, Verdict.DEFERRED): 1,
                                   (Expected.NONMEMBER, Verdict.WRONG, Verdict.CORRECT): 1,
                                   (Expected.NONMEMBER, Verdict.CORRECT, Verdict.WRONG): 1}
    assert found.lines("avant.csv") == [
        "réponses changées par rapport à avant.csv (attendu : avant → après) :",
        "      2  member     deferred → correct",
        "      1  member     missed → deferred",
        "      1  nonmember  correct → wrong",
        "      1  nonmember  wrong → correct",
        "attributions erronées : 1 → 1", "  nouvelles : n2", "  disparues : n1"]


def test_two_runs_alike_say_so_and_that_their_wrong_answers_are_the_same_searches() -> None:
    same = {"m1": Verdict.DEFERRED, "n1": Verdict.WRONG}
    assert compare(LABELS, same, dict(same)).lines("avant.csv") == [
        "aucune réponse n'a changé par rapport à avant.csv", "attributions erronées : les mêmes recherches (1)"]
