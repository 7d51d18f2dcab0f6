"""The panel rule (87号令 §47): at least N experts per application and an odd number;
recusals and missing returns shrink the panel, a reserve with no conflict is proposed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from models import Application, AuditEvent, Expert, ExpertTie
from models.enums import TieRelation
from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, main
from reviewer.panel.assignments import assign_panel
from reviewer.panel.rules import (
    EVEN,
    TOO_SMALL,
    NotAddedToPanel,
    PanelRuleInvalid,
    PanelRules,
    add_to_panel,
    panel_rule_breaches,
    panel_rules,
    set_panel_rules,
)
from reviewer.store.storage import open_campaign


def test_the_rule_says_too_small_and_even_as_87_ling_47_asks() -> None:
    rules = PanelRules()  # the defaults: at least 5, odd
    assert [rules.breaks(n) for n in (3, 4, 5, 6, 7)] == [
        (TOO_SMALL,),
        (TOO_SMALL, EVEN),
        (),
        (EVEN,),
        (),
    ]
    assert [rules.short_by(n) for n in (3, 4, 5, 6)] == [2, 1, 0, 1]
    assert PanelRules(4, odd=False).breaks(4) == () and PanelRules(4, False).short_by(2) == 2


def test_on_the_demo_baojis_panel_of_6_after_a_recusal_is_flagged_and_the_reserve_proposed(
    demo_file: Path,
) -> None:
    with open_campaign(demo_file) as store:
        breaches = panel_rule_breaches(store)
        assert [b.panel.applicant for b in breaches] == ["宝鸡市"]
        baoji = breaches[0]
        assert baoji.size == 6 and baoji.kinds == (EVEN,)
        assert [m.code for m in baoji.panel.recused] == ["E06"]  # tied: 周敏 works for it
        assert [m.code for m in baoji.proposed] == ["E08"] and baoji.why_none == ""
        assert "Proposed reserve: 王立新（E08）" in baoji.message()
        assert baoji.as_json()["proposed_reserves"] == ["E08"]

        panel = add_to_panel(store, "E08", "宝鸡市")
        assert len(panel.members) == 7 and panel_rule_breaches(store) == []
        with store.reading() as session:
            event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert event is not None and event.action == "panel.add"
        assert event.new == {"expert": "E08", "reserve": True}
        # Assigning again keeps the reserve on 宝鸡市's panel and assigns it nowhere else.
        summary = assign_panel(store)
        assert summary.breaches == () and summary.as_json()["panel_breaches"] == []
        assert "E08" not in summary.per_expert
        assert panel_rule_breaches(store) == []


def test_no_reserve_is_proposed_across_a_conflict_and_the_breach_says_why(
    demo_file: Path,
) -> None:
    with open_campaign(demo_file) as store:
        with store.writing() as session:
            reserve = session.scalars(select(Expert).where(Expert.code == "E08")).one()
            baoji = session.scalars(
                select(Application).where(Application.applicant.has(name="宝鸡市"))
            ).one()
            reserve.ties.append(
                ExpertTie(applicant_id=baoji.applicant_id, relation=TieRelation.FAMILY)
            )
        [breach] = panel_rule_breaches(store)
        assert breach.proposed == ()
        assert "every other reserve expert has a conflict with 宝鸡市" in breach.why_none
        with pytest.raises(NotAddedToPanel, match="conflict of interest"):
            add_to_panel(store, "E08", "宝鸡市")
        with store.writing() as session:
            session.scalars(select(Expert).where(Expert.code == "E08")).one().is_reserve = False
        [breach] = panel_rule_breaches(store)
        assert "has no reserve expert" in breach.why_none


def test_a_missing_return_counts_once_the_experts_return_is_in(demo_file: Path) -> None:
    """E07 has scored nothing: with returns closed, every panel loses E07; E05, who
    scored the cities only, leaves the departments' panels at 5 (kept the rule)."""
    with open_campaign(demo_file) as store:
        closed = {b.panel.applicant: b for b in panel_rule_breaches(store, returns_closed=True)}
    xian = closed["西安市"]
    assert [m.code for m in xian.panel.not_returned] == ["E07"] and xian.size == 6
    assert "Not returned: 孙宏伟（E07）" in xian.message()
    assert all(b.kinds for b in closed.values())


def test_the_rule_is_kept_in_the_campaign_and_its_change_audited(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        assert panel_rules(store) == PanelRules(5, True)
        assert set_panel_rules(store, 7) == PanelRules(7, True)
        assert set_panel_rules(store, odd=False) == PanelRules(7, False)
        with pytest.raises(PanelRuleInvalid):
            set_panel_rules(store, 0)
        with store.reading() as session:
            events = session.scalars(
                select(AuditEvent).where(AuditEvent.action == "panel.rules")
            ).all()
        assert [e.new for e in events] == [
            {"minimum": 7, "odd": True},
            {"minimum": 7, "odd": False},
        ]
        # 宝鸡市 (6) and every other city (7) are now short of 7 or not: only 宝鸡市.
        assert [b.panel.applicant for b in panel_rule_breaches(store)] == ["宝鸡市"]


def test_panel_rules_and_panel_add_verbs_print_json(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["panel-rules", str(demo_file), "--json"]) == EXIT_OK
    shown = json.loads(capsys.readouterr().out)
    assert (shown["minimum"], shown["odd"]) == (5, True)
    [baoji] = shown["breaches"]
    assert (baoji["applicant"], baoji["size"], baoji["breaks"]) == ("宝鸡市", 6, ["even"])
    assert baoji["recused"] == ["E06"] and baoji["proposed_reserves"] == ["E08"]

    assert (
        main(["panel-add", str(demo_file), "--expert", "E08", "--application", "宝鸡市", "--json"])
        == EXIT_OK
    )
    added = json.loads(capsys.readouterr().out)
    assert (added["size"], added["reserves"], added["breaks"]) == (7, ["E08"], [])
    assert main(["panel-add", str(demo_file), "--expert", "E08", "--application", "宝鸡市"]) == (
        EXIT_REJECTED
    )
    assert "on its panel already" in capsys.readouterr().err

    assert main(["panel-rules", str(demo_file), "--minimum", "9", "--any-size", "--json"]) == (
        EXIT_OK
    )
    shown = json.loads(capsys.readouterr().out)
    assert (shown["minimum"], shown["odd"]) == (9, False)
    assert len(shown["breaches"]) == 15  # every complete application has 7, fewer than 9
    assert main(["panel-rules", str(demo_file), "--odd", "--any-size"]) == 2  # usage
    capsys.readouterr()
    assert main(["assign", str(demo_file), "--json"]) == EXIT_OK
    assert len(json.loads(capsys.readouterr().out)["panel_breaches"]) == 15
