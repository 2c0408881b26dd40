"""Every action the application writes in the audit trail has a French label in the journal."""

import ast
from pathlib import Path

from domain.creance import CreanceStatus
from interfaces.admin.audit import ACTION_LABELS

APPLICATION = Path(__file__).parents[2] / "application"
# move_creance.py names its action after the status the move reached: recovered or waived, never « à examiner » nor
# « notifiée » (notify_creance.py records that one by name).
MOVED = [f"creance.{s.value}" for s in CreanceStatus if s not in (CreanceStatus.TO_EXAMINE, CreanceStatus.NOTIFIED)]


def _codes(action: ast.expr, where: str) -> list[str]:
    """The codes an `action=` argument may take: a literal, either branch of a conditional, or a move's status."""
    if isinstance(action, ast.Constant) and isinstance(action.value, str):
        return [action.value]
    if isinstance(action, ast.IfExp):
        return _codes(action.body, where) + _codes(action.orelse, where)
    assert ast.unparse(action) == "f'creance.{updated.status.value}'", f"{where}: an action code the test cannot read"
    return MOVED


def recorded_actions() -> set[str]:
    found: set[str] = set()
    for path in sorted(APPLICATION.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "AuditEntry":
                action = next(k.value for k in node.keywords if k.arg == "action")
                found.update(_codes(action, f"{path.name}:{node.lineno}"))
    return found


def test_every_action_code_the_application_records_has_a_french_label() -> None:
    recorded = recorded_actions()
    assert {"login.succeeded", "creance.notified", "request.refused", "retention.applied"} <= recorded
    assert sorted(recorded - ACTION_LABELS.keys()) == []


def test_no_label_is_kept_for_an_action_never_recorded() -> None:
    assert sorted(ACTION_LABELS.keys() - recorded_actions()) == []
