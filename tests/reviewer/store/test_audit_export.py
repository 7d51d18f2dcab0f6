"""The audit log exported: every event, and no live formula from anybody's words."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from models.enums import ChangeGround
from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, main
from reviewer.results.reconcile import lock_results, unlock_results
from reviewer.store.audit_export import audit_workbook, neutralised
from reviewer.store.storage import open_campaign


def test_neutralised() -> None:
    for text in ("=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx"):
        assert neutralised(text) == "'" + text
    assert neutralised("复评后审定") == "复评后审定"


def test_the_audit_log_exports_every_event_safely(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        lock_results(store, '=HYPERLINK("http://x","点击")', override_reason="组长同意")
        unlock_results(store, "-复评", ChangeGround.ABNORMAL)
        data = audit_workbook(store)
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    actions = [r[2] for r in rows]
    assert actions[-2:] == ["results.lock", "results.unlock"]
    assert rows[-2][7] == '\'=HYPERLINK("http://x","点击")'
    assert rows[-1][7] == "'-复评"
    assert all(
        not (isinstance(v, str) and v.startswith(("=", "+", "-", "@"))) for r in rows for v in r
    )
    assert sheet.freeze_panes == "A2"


def test_cli_audit_prints_json_and_writes_the_workbook(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_campaign(demo_file) as store:
        lock_results(store, "专家组会议审定", override_reason="组长同意")
    assert main(["audit", str(demo_file), "--json"]) == EXIT_OK
    events = json.loads(capsys.readouterr().out)
    assert events[-1]["action"] == "results.lock" and events[-1]["reason"] == "专家组会议审定"
    assert [e["number"] for e in events] == sorted(e["number"] for e in events)
    out = tmp_path / "log.xlsx"
    assert main(["audit", str(demo_file), "--out", str(out)]) == EXIT_OK
    assert str(len(events)) in capsys.readouterr().out
    sheet = load_workbook(out).active
    assert sheet is not None and sheet.max_row == len(events) + 1
    missing = tmp_path / "no-such-folder" / "log.xlsx"
    assert main(["audit", str(demo_file), "--out", str(missing)]) == EXIT_REJECTED
    assert "no-such-folder" in capsys.readouterr().err
