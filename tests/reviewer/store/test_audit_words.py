"""Every audit event the code writes is told in words, never as raw JSON."""

from __future__ import annotations

import ast
from pathlib import Path

from reviewer.results.reconcile import lock_results
from reviewer.store.audit_export import AuditRow, audit_rows
from reviewer.store.audit_words import DESCRIBERS, audit_names, describe
from reviewer.store.storage import open_campaign

ROOT = Path(__file__).resolve().parents[3] / "reviewer"


def _written_actions() -> set[str]:
    """The action of every `audit.record(...)` in reviewer/: a literal, either side of a
    conditional, or (passed through a helper) a literal of the call's entity family."""
    actions: set[str] = set()
    for path in ROOT.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        literals = {
            n.value
            for n in ast.walk(tree)
            if isinstance(n, ast.Constant) and isinstance(n.value, str)
        }
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and len(node.args) >= 2):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name != "record":
                continue
            action = node.args[1]
            if isinstance(action, ast.Constant):
                actions.add(str(action.value))
            elif isinstance(action, ast.IfExp):
                actions |= {str(action.body.value), str(action.orelse.value)}  # type: ignore[attr-defined]
            else:
                entity = next(k.value.value for k in node.keywords if k.arg == "entity")  # type: ignore[attr-defined]
                actions |= {s for s in literals if s.startswith(f"{entity}.") and " " not in s}
    return actions


def _row(action: str, old: object = None, new: object = None, entity: str = "") -> AuditRow:
    from datetime import UTC, datetime

    return AuditRow(1, datetime.now(UTC), "秘书", action, entity, "4", old, new, "")


def test_every_event_the_code_writes_has_its_own_describer() -> None:
    written = _written_actions()
    assert {"application.import", "objection.close", "expert.update", "note.dissent"} <= written
    assert written <= DESCRIBERS.keys(), written - DESCRIBERS.keys()


def test_no_describer_falls_back_to_json_even_on_an_empty_record() -> None:
    for action in DESCRIBERS:
        for old, new in ((None, None), ({}, {}), ({"status": "received"}, {"files": ["a.pdf"]})):
            text = describe(_row(action, old, new, "application"))
            assert text and "{" not in text and '"' not in text, (action, text)


def test_an_unknown_kind_is_still_words_with_its_fields_named() -> None:
    text = describe(_row("future.thing", {"is_leader": True}, {"is_leader": False}, "expert"))
    assert text == "Expert 4: panel leader yes → no"


def test_the_demo_campaigns_log_reads_as_sentences(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        lock_results(store, "审定", override_reason="组长同意")
        rows, names = audit_rows(store), audit_names(store)
    texts = {row.action: describe(row, names) for row in rows}
    assert all("{" not in t and '"' not in t for t in texts.values()), texts
    assert texts["application.import"].startswith("Applicant ")
    assert "package imported: " in texts["application.import"]
    assert texts["results.lock"].startswith("results locked (")


def test_an_unlock_names_its_ground_in_the_words_of_87_ling_64() -> None:
    text = describe(_row("results.unlock", None, {"ground": "abnormal", "ground_text": ""}, "x"))
    assert text.startswith("results unlocked (Score judged abnormally high or low"), text
