"""The public notice (公示) and its objections (异议) as the secretariat keeps them from the
Decisions tab: start the notice and see its end on the statutory calendar and from
which day the pilot list can be written, record an objection, answer and close it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from models import AuditEvent
from reviewer.decisions.notice import ObjectionOutcome, notice_state, set_notice
from reviewer.decisions.objections import add_objection
from reviewer.store.storage import open_campaign
from tests.ui.driving import when_modal
from ui.decisions.notice_actions import NoticeActions
from ui.decisions.notice_dialog import NoticeDialog
from ui.decisions.objection_dialogs import AddObjectionDialog, CloseObjectionDialog, ReplyDialog
from ui.decisions.objections_model import OVERDUE, ObjectionModel
from ui.main_window import MainWindow
from ui.widgets.qt import QDate, QMessageBox, Qt


def _dialog(
    qtbot: Any, window: MainWindow, path: Path, today: date, *, read_only: bool = False
) -> NoticeDialog:
    """The notice dialog opened from the Decisions tab, on `today`."""
    assert window.open_path(path, read_only=read_only)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    view = window.decisions_actions.view
    assert view is not None and view.notice_button.isEnabled()
    NoticeActions.today = staticmethod(lambda: today)  # type: ignore[method-assign]
    view.notice_button.click()
    notice = window.decisions_actions.notice
    assert notice is not None and notice.dialog is not None
    return notice.dialog


@pytest.fixture(autouse=True)
def machine_date() -> Any:
    yield
    NoticeActions.today = staticmethod(date.today)  # type: ignore[method-assign]


def _audited(path: Path) -> list[str]:
    with open_campaign(path, read_only=True) as store, store.reading() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def _cell(dialog: NoticeDialog, row: int, column: int, role: int = 0) -> Any:
    return dialog.proxy.index(row, column).data(role)


def test_starting_the_notice_shows_its_end_and_when_the_pilot_list_can_be_written(
    qtbot: Any, window: MainWindow, demo_file: Path
) -> None:
    dialog = _dialog(qtbot, window, demo_file, date(2014, 10, 1))
    assert not dialog.started.isChecked() and "Not published yet" in dialog.end.text()
    assert "start the public notice" in dialog.hold.text()

    dialog.started.setChecked(True)
    dialog.start.setDate(QDate(2014, 9, 29))
    # Shown as typed, before saving: the National Day week (1 to 7 October) is skipped.
    assert dialog.end.text().startswith("2014-10-10")
    assert "2014-09-30、2014-10-08" in dialog.end.text()
    assert "until 2014-10-10" in dialog.hold.text() and "from 2014-10-11" in dialog.hold.text()
    assert not dialog.caveat.isVisible() and dialog.caveat.text() == ""
    dialog.save_button.click()

    with open_campaign(demo_file, read_only=True) as store:
        state = notice_state(store)
    assert state.start == date(2014, 9, 29) and state.term_days == 5
    assert _audited(demo_file)[-1] == "notice.set"
    assert not dialog.started.isEnabled()  # published: the day may be corrected, not undone
    assert "from 2014-10-11" in dialog.hold.text()


def test_a_term_in_a_year_the_calendar_does_not_know_says_so(
    qtbot: Any, window: MainWindow, demo_file: Path
) -> None:
    dialog = _dialog(qtbot, window, demo_file, date(2099, 1, 1))
    dialog.started.setChecked(True)
    dialog.start.setDate(QDate(2099, 3, 2))
    dialog.term_days.setValue(7)
    assert dialog.end.text().startswith("2099-03-10")
    assert "holidays of 2099 are not known" in dialog.caveat.text()


def _add(dialog: AddObjectionDialog) -> None:
    dialog.application.setCurrentIndex(
        dialog.application.findText("宝鸡市", Qt.MatchFlag.MatchStartsWith)
    )
    dialog.received_on.setDate(QDate(2014, 10, 13))
    dialog.objector.setText("王某")
    dialog.unit.setText("宝鸡市某科技公司")
    dialog.contact.setText("13800000000")
    dialog.text.setPlainText("评分有失公允，请复核。")
    dialog.accept()


def test_an_objection_holds_the_pilot_list_until_answered_and_closed(
    qtbot: Any, window: MainWindow, demo_file: Path
) -> None:
    with open_campaign(demo_file) as store:
        set_notice(store, start=date(2014, 9, 29))
    dialog = _dialog(qtbot, window, demo_file, date(2014, 10, 20))
    assert "can be written (from 2014-10-11)" in dialog.hold.text()

    when_modal(AddObjectionDialog, _add)
    dialog.add_button.click()
    assert dialog.proxy.rowCount() == 1
    assert _cell(dialog, 0, ObjectionModel.OBJECTOR) == "王某（宝鸡市某科技公司）"
    assert _cell(dialog, 0, ObjectionModel.APPLICATION) == "宝鸡市"
    assert _cell(dialog, 0, ObjectionModel.DUE) == "2014-10-16"  # 3 working days after
    assert _cell(dialog, 0, ObjectionModel.OUTCOME) == "Open"
    assert _cell(dialog, 0, 0, Qt.ItemDataRole.FontRole.value).bold()
    assert "Objections still open: 1 (#1 宝鸡市)" in dialog.hold.text()
    # Not answered by 16 October: overdue on the 20th, in red with why.
    assert _cell(dialog, 0, 2, Qt.ItemDataRole.BackgroundRole.value).color() == OVERDUE
    tip = _cell(dialog, 0, 2, Qt.ItemDataRole.ToolTipRole.value)
    assert "was due on 2014-10-16" in tip

    dialog.table.selectRow(0)
    assert dialog.reply_button.isEnabled() and "评分有失公允" in dialog.detail.text()

    def reply(step: ReplyDialog) -> None:
        step.replied_on.setDate(QDate(2014, 10, 21))
        step.reply.setPlainText("经复核，评分符合评审细则。")
        step.accept()

    when_modal(ReplyDialog, reply)
    dialog.reply_button.click()
    assert _cell(dialog, 0, ObjectionModel.REPLIED) == "2014-10-21"
    assert _cell(dialog, 0, 2, Qt.ItemDataRole.BackgroundRole.value) is None  # answered
    assert "still open" in dialog.hold.text()

    def close(step: CloseObjectionDialog) -> None:
        step.outcome.setCurrentIndex(step.outcome.findData(ObjectionOutcome.REJECTED.value))
        step.closed_on.setDate(QDate(2014, 10, 22))
        step.reasons.setPlainText("异议理由不成立。")
        step.accept()

    when_modal(CloseObjectionDialog, close)
    dialog.close_button.click()
    assert _cell(dialog, 0, ObjectionModel.OUTCOME) == "Rejected (2014-10-22)"
    assert not dialog.reply_button.isEnabled() and not dialog.close_button.isEnabled()
    assert "can no longer be changed" in dialog.detail.text()
    assert "can be written (from 2014-10-11)" in dialog.hold.text()
    dialog.show_mode.setCurrentIndex(dialog.show_mode.findData("open"))
    assert dialog.proxy.rowCount() == 0

    assert _audited(demo_file)[-3:] == ["objection.add", "objection.reply", "objection.close"]


def test_a_read_only_campaign_shows_the_notice_and_changes_nothing(
    qtbot: Any, window: MainWindow, demo_file: Path
) -> None:
    with open_campaign(demo_file) as store:
        set_notice(store, start=date(2014, 9, 29))
        add_objection(store, "宝鸡市", date(2014, 10, 13), "王某", "评分有失公允，请复核。")
    dialog = _dialog(qtbot, window, demo_file, date(2014, 10, 14), read_only=True)
    assert dialog.end.text().startswith("2014-10-10")
    assert dialog.proxy.rowCount() == 1
    dialog.table.selectRow(0)
    for widget in (
        dialog.started,
        dialog.start,
        dialog.term_days,
        dialog.reply_days,
        dialog.save_button,
        dialog.add_button,
        dialog.reply_button,
        dialog.close_button,
    ):
        assert not widget.isEnabled()


def test_an_empty_reply_is_refused_and_the_campaign_closed_closes_the_dialog(
    qtbot: Any, window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_campaign(demo_file) as store:
        set_notice(store, start=date(2014, 9, 29))
        add_objection(store, "宝鸡市", date(2014, 10, 13), "王某", "评分有失公允，请复核。")
    dialog = _dialog(qtbot, window, demo_file, date(2014, 10, 14))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: shown.append(text))
    dialog.table.selectRow(0)
    when_modal(ReplyDialog, lambda step: step.accept())  # nothing written
    dialog.reply_button.click()
    assert shown == ["Write the reply: it cannot be empty."]
    assert _cell(dialog, 0, ObjectionModel.REPLIED) == "—"
    assert _audited(demo_file)[-1] == "objection.add"

    with qtbot.waitSignal(dialog.destroyed):
        window.set_store(None)
    assert window.decisions_actions.notice is not None
    assert window.decisions_actions.notice.dialog is None
