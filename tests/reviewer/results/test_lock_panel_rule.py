"""Locking lists the panels that still break the rule (87号令 §47) beside the open
deviations; the panel leader's leave covers them with a reason, and the findings say so."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.documents.record_lines import override_line
from reviewer.documents.source import read_source
from reviewer.panel.rules import add_to_panel
from reviewer.results.lock_checks import LockRefused, lock_obstacles
from reviewer.results.merge import merge_results
from reviewer.results.reconcile import lock_results
from reviewer.store.storage import open_campaign

BAOJI = 4  # 宝鸡市's application in the demo: 周敏 (E06) recused, a panel of 6


def test_a_panel_of_six_after_a_recusal_stands_in_the_locks_way(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        with pytest.raises(LockRefused) as refused:
            lock_results(store, "专家组会议审定")
        (breach,) = [o for o in refused.value.obstacles if o.kind == "panel_rule"]
        assert (breach.application_id, breach.applicant) == (BAOJI, "宝鸡市")
        assert breach.details == {"size": 6, "breaks": ["even"]}
        assert "宝鸡市" in breach.message and "87号令 §47" in breach.message
        assert "宝鸡市" in str(refused.value)
        # The proposed reserve completes the panel: the rule no longer stands in the way.
        add_to_panel(store, "E08", "宝鸡市")
        kinds = {o.kind for o in lock_obstacles(store, merge_results(store))}
        assert kinds == {"deviation"}


def test_the_leaders_leave_over_a_broken_panel_is_printed_with_it(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        lock = lock_results(store, "专家组会议审定", override_reason="备选专家未到会，组长同意")
        assert {"kind": "panel_rule", "application_id": BAOJI, "size": 6, "breaks": ["even"]} in (
            lock.open_deviations
        )
        line = override_line(read_source(store), BAOJI)
    assert line is not None
    assert "评审专家组6名，不符合专家组规则（财政部令第87号第四十七条）。" in line
    assert line.endswith("理由：备选专家未到会，组长同意。")
