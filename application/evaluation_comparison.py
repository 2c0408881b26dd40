"""How the answers to one labelled list changed between two runs of `notaires evaluate` (an earlier run's
`--mistakes` file against this run): what a policy setting (`NOTAIRES_MATCH_*`) or a new version changes, search by
search, so that whoever tunes the engine sees which créances a setting finds and which files it reveals, not only
totals that may hide one behind the other."""

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from application.evaluation import Expected, Label, Verdict


@dataclass(frozen=True, slots=True, kw_only=True)
class Comparison:
    """`changes`: how many searches, by what was expected of them, went from one verdict to another. The wrong
    answers are named by their list's reference: two runs with as many wrong answers may not name the same ones."""
    changes: Counter[tuple[Expected, Verdict, Verdict]]
    wrong_before: frozenset[str]
    wrong_after: frozenset[str]

    def lines(self, earlier: str) -> list[str]:
        """The comparison in French, for the terminal."""
        if not self.changes:
            lines = [f"aucune réponse n'a changé par rapport à {earlier}"]
        else:
            lines = [f"réponses changées par rapport à {earlier} (attendu : avant → après) :"]
            lines += [f"{n:>7}  {expected:<10} {before} → {after}" for (expected, before, after), n in
                      sorted(self.changes.items(), key=lambda item: (-item[1], item[0]))]
        if self.wrong_before == self.wrong_after:
            lines.append(f"attributions erronées : les mêmes recherches ({len(self.wrong_after)})")
        else:
            lines.append(f"attributions erronées : {len(self.wrong_before)} → {len(self.wrong_after)}")
            if added := self.wrong_after - self.wrong_before:
                lines.append(f"  nouvelles : {', '.join(sorted(added))}")
            if gone := self.wrong_before - self.wrong_after:
                lines.append(f"  disparues : {', '.join(sorted(gone))}")
        return lines


def compare(labels: Sequence[Label], before: Mapping[str, Verdict], after: Mapping[str, Verdict]) -> Comparison:
    """`before` and `after` give the verdict of the searches that were not correct, by reference (as `--mistakes`
    writes them); a search that is in neither was correct both times."""
    changes: Counter[tuple[Expected, Verdict, Verdict]] = Counter()
    for label in labels:
        was, now = before.get(label.ref, Verdict.CORRECT), after.get(label.ref, Verdict.CORRECT)
        if was is not now:
            changes[(label.expected, was, now)] += 1
    return Comparison(changes=changes, wrong_before=_wrong(before), wrong_after=_wrong(after))


def _wrong(verdicts: Mapping[str, Verdict]) -> frozenset[str]:
    return frozenset(ref for ref, found in verdicts.items() if found is Verdict.WRONG)
