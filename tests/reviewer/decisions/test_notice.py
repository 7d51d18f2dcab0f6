"""The public notice and the objections log on the demo campaign: kept, audited, and
holding back the final pilot list until the notice is over."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from models import AuditEvent
from reviewer.cli.main import main
from reviewer.decisions.notice import (
    ObjectionClosed,
    ObjectionOutcome,
    ObjectionTextMissing,
    TermOutOfRange,
    final_list_hold,
    notice_state,
    set_notice,
)
from reviewer.decisions.objections import (
    add_objection,
    close_objection,
    objections,
    reply_objection,
)
from reviewer.documents.report import write_report
from reviewer.store.storage import CampaignStore, open_campaign
from tests.reviewer.documents.test_documents import _decide

PDF = ("pdf",)


def _audit(store: CampaignStore, prefix: str) -> list[AuditEvent]:
    with store.reading() as session:
        events = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        return [e for e in events if e.action.startswith(prefix)]


def test_the_notice_keeps_its_term_and_ends_after_national_day(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        assert notice_state(store).term is None
        assert notice_state(store).term_days == 5
        state = set_notice(store, start=date(2014, 9, 29), term_days=5)
        assert state.end == date(2014, 10, 10)
        assert state.final_list_from() == date(2014, 10, 11)
        set_notice(store, term_days=7, reply_days=5)
        state = notice_state(store)
        assert (state.term_days, state.reply_days, state.end) == (
            7,
            5,
            date(2014, 10, 13),
        )  # Saturday 11 October worked
        with pytest.raises(TermOutOfRange):
            set_notice(store, term_days=0)
        events = _audit(store, "notice.")
    assert [e.new["term_days"] for e in events] == [5, 7]
    assert events[0].old == {"start": None, "term_days": 5, "reply_days": 3}
    assert events[1].old["start"] == "2014-09-29"


def test_objections_are_received_answered_closed_and_audited(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        set_notice(store, start=date(2014, 9, 29))
        first = add_objection(
            store,
            "咸阳市",
            date(2014, 9, 30),
            " 张三 ",
            "得分计算有误。",
            unit="某科技公司",
            contact="029-12345678",
        )
        assert (first.applicant, first.objector, first.unit) == ("咸阳市", "张三", "某科技公司")
        assert first.reply_due == date(2014, 10, 10)  # 3 working days from 1 October
        assert first.open and first.overdue(date(2014, 10, 11))
        assert not first.overdue(date(2014, 10, 10))
        with pytest.raises(ObjectionTextMissing):
            add_objection(store, "咸阳市", date(2014, 9, 30), "张三", "  ")
        replied = reply_objection(store, first.id, "经复核，得分无误。", date(2014, 10, 9))
        assert replied.replied_on == date(2014, 10, 9) and not replied.overdue(date(2015, 1, 1))
        closed = close_objection(
            store, first.id, ObjectionOutcome.REJECTED, "复核无误，维持原结果。", date(2014, 10, 9)
        )
        assert not closed.open and closed.outcome is ObjectionOutcome.REJECTED
        with pytest.raises(ObjectionClosed):
            reply_objection(store, first.id, "再答复", date(2014, 10, 10))
        assert [o.id for o in objections(store)] == [first.id]
        events = _audit(store, "objection.")
    assert [e.action for e in events] == ["objection.add", "objection.reply", "objection.close"]
    assert events[0].old is None and events[0].new["objector"] == "张三"
    assert events[1].old["reply"] == "" and events[1].new["reply"] == "经复核，得分无误。"
    assert events[2].new["outcome"] == "rejected"
    assert all(e.entity == "objection" and e.entity_id == str(first.id) for e in events)


def test_the_final_list_waits_for_the_term_and_the_objections(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        assert "start the public notice" in (
            final_list_hold(notice_state(store), date.today()) or ""
        )
        state = set_notice(store, start=date(2014, 9, 29))
        hold = final_list_hold(state, date(2014, 10, 10))
        assert hold is not None and "2014-10-11" in hold
        assert final_list_hold(state, date(2014, 10, 11)) is None
        objection = add_objection(store, 1, date(2014, 10, 8), "李四", "材料不实。")
        assert "#1" in (final_list_hold(notice_state(store), date(2014, 10, 11)) or "")
        close_objection(
            store, objection.id, ObjectionOutcome.WITHDRAWN, "本人撤回。", date(2014, 10, 9)
        )
        assert final_list_hold(notice_state(store), date(2014, 10, 11)) is None


def test_the_report_leaves_the_pilot_list_out_while_the_notice_runs(
    demo_file: Path, tmp_path: Path
) -> None:
    _decide(demo_file)  # commits decisions and runs a notice from 2014-09-29
    with open_campaign(demo_file) as store:
        # The PDFs alone: a kind of document is held back with its Word copy, whatever the
        # formats, and two whole reports in both would cost twice the time.
        running = write_report(store, tmp_path / "running", formats=PDF, today=date(2014, 10, 10))
        ended = write_report(store, tmp_path / "ended", formats=PDF, today=date(2014, 10, 11))
    assert [kind for kind, _ in running.skipped] == ["pilot_list"]
    assert "2014-10-11" in running.skipped[0][1]
    kinds = {d.kind for d in running.documents}
    assert "pilot_list" not in kinds and {"public_notice", "approval", "opinions"} <= kinds
    assert ended.skipped == () and "pilot_list" in {d.kind for d in ended.documents}
    assert not (tmp_path / "running" / "试点名单.pdf").exists()


def test_the_public_notice_prints_its_term_and_dates(demo_file: Path, tmp_path: Path) -> None:
    from reviewer.documents.public_notice import term_text

    _decide(demo_file)
    with open_campaign(demo_file) as store:
        state = notice_state(store)
    assert term_text(state) == "公示期为5个工作日（2014年9月29日至2014年10月10日）"
    assert term_text(None) == "公示期为5个工作日"


def test_the_cli_holds_the_pilot_list_and_names_the_day(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _decide(demo_file)
    today = date.today()
    assert main(["notice", str(demo_file), "--start", today.isoformat(), "--days", "5"]) == 0
    capsys.readouterr()
    assert main(["notice", str(demo_file), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["running"] and shown["start"] == today.isoformat()
    assert shown["final_list_hold"] and shown["final_list_from"] in shown["final_list_hold"]
    assert main(["report", str(demo_file), "--out", str(tmp_path / "a"), "--json"]) == 0
    written = json.loads(capsys.readouterr().out)
    assert [s["kind"] for s in written["skipped"]] == ["pilot_list"]
    assert shown["final_list_from"] in written["skipped"][0]["reason"]
    assert written["notes"] == [] or today.year + 1 > 2026


def test_the_cli_keeps_the_objections_log(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(demo_file)
    assert main(["notice", path, "--start", "2014-09-29"]) == 0
    add = ["objection", "add", path, "--application", "咸阳市", "--received", "2014-09-30"]
    assert main([*add, "--from", "张三", "--text", "有误", "--unit", "某公司", "--json"]) == 0
    capsys.readouterr()
    assert (
        main(["objection", "reply", path, "--id", "1", "--text", "无误", "--on", "2014-10-08"]) == 0
    )
    capsys.readouterr()
    close = ["objection", "close", path, "--id", "1", "--outcome", "upheld", "--text", "采纳"]
    assert main([*close, "--on", "2014-10-09", "--json"]) == 0
    closed = json.loads(capsys.readouterr().out)
    assert closed["outcome"] == "upheld" and closed["reply"] == "无误" and not closed["open"]
    assert main(["objection", "list", path, "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert set(listed) >= {"id", "applicant", "reply_due", "overdue", "outcome_text", "unit"}
    assert (
        main(["objection", "close", path, "--id", "1", "--outcome", "upheld", "--text", "x"]) == 1
    )
    assert main(["objection", "reply", path, "--id", "9", "--text", "x"]) == 1


def test_a_year_without_holidays_is_said_in_the_notice_and_report(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reviewer.decisions.public_notice_term import known_years

    unknown = date(known_years().stop, 3, 2)
    assert main(["notice", str(demo_file), "--start", unknown.isoformat()]) == 0
    out = capsys.readouterr().out
    assert str(unknown.year) in out.splitlines()[1] and "Monday to Friday" in out
    with open_campaign(demo_file, read_only=True) as store:
        state = notice_state(store)
    assert state.term is not None and state.term.weekday_years == (unknown.year,)
    assert state.end is not None and state.end - unknown < timedelta(days=8)
