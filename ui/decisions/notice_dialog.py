"""The public notice (公示) of the proposed list and the objections (异议) to it.

Above, the notice's start and its terms in working days, with what follows from them as
they are typed: the notice's last day on China's statutory calendar, from which day the
pilot list (试点名单) can be written or why not yet, and a plain word when the calendar
does not know a year's holidays. Below, the objections log: each objection received,
its reply deadline and outcome, the overdue ones in red.

The dialog shows what it is given and asks for changes through signals; the actions
(`ui.decisions.notice_actions`) write them. A campaign opened read-only shows all and
changes nothing.

Signals: save_requested(), add_requested(), reply_requested(int objection id),
close_requested(int objection id).
"""

from __future__ import annotations

import html
from datetime import date

from reviewer.decisions.notice import (
    NoticeState,
    ObjectionRecord,
    final_list_hold,
    weekday_note,
)
from reviewer.decisions.public_notice_term import MAX_DAYS, notice_term
from ui.decisions.model import select_row, show_rows
from ui.decisions.objection_dialogs import date_edit, picked
from ui.decisions.objections_model import ObjectionFilter, ObjectionModel
from ui.widgets.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QItemSelection,
    QLabel,
    QPushButton,
    QSpinBox,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
    SignalInstance,
)
from ui.widgets.row_table_model import ROW_ROLE

HOLD_STYLE = "color:#8a5a00"
READY_STYLE = "color:#1b6e20"


def _left(widget: QWidget) -> QHBoxLayout:
    """`widget` at its own width, on the left of its row."""
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


class NoticeDialog(QDialog):
    save_requested = Signal()
    add_requested = Signal()
    reply_requested = Signal(int)
    close_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Public notice and objections"))
        self.setMinimumSize(820, 620)
        self._state: NoticeState | None = None
        self._today = date.today()
        self._editable = False
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_notice())
        layout.addWidget(self._build_objections(), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # Building ---------------------------------------------------------------------------

    def _build_notice(self) -> QGroupBox:
        """The start and terms, what follows from them, and Save."""
        self.started = QCheckBox(self.tr("Published on"))
        self.started.setObjectName("noticeStarted")
        self.start = date_edit(date.today())
        self.start.setObjectName("noticeStart")
        self.started.toggled.connect(self.start.setEnabled)
        start_row = _left(self.start)
        start_row.insertWidget(0, self.started)
        self.term_days = self._days_box(self.tr(" working days"))
        self.term_days.setObjectName("noticeTermDays")
        self.reply_days = self._days_box(self.tr(" working days after receipt"))
        self.reply_days.setObjectName("noticeReplyDays")
        self.reply_days.setToolTip(
            self.tr(
                "Applies to objections recorded from now on; the deadline of one already "
                "recorded stays as it was set."
            )
        )
        self.end = QLabel()
        self.end.setObjectName("noticeEnd")
        self.end.setWordWrap(True)
        self.hold = QLabel()
        self.hold.setObjectName("noticeHold")
        self.hold.setWordWrap(True)
        self.caveat = QLabel()
        self.caveat.setObjectName("noticeCaveat")
        self.caveat.setWordWrap(True)
        self.caveat.setStyleSheet(HOLD_STYLE)
        self.save_button = QPushButton(self.tr("Save the notice"))
        self.save_button.setObjectName("saveNotice")
        self.save_button.clicked.connect(self.save_requested)
        form = QFormLayout()
        form.addRow(self.tr("Start:"), start_row)
        form.addRow(self.tr("Term:"), _left(self.term_days))
        form.addRow(self.tr("Reply to an objection within:"), _left(self.reply_days))
        form.addRow(self.tr("Ends on:"), self.end)
        form.addRow(self.tr("Pilot list:"), self.hold)
        form.addRow("", self.caveat)
        form.addRow("", _left(self.save_button))
        self.started.toggled.connect(self._show_term)
        self.start.dateChanged.connect(self._show_term)
        self.term_days.valueChanged.connect(self._show_term)
        self.reply_days.valueChanged.connect(self._show_term)
        box = QGroupBox(self.tr("Public notice (公示)"))
        box.setLayout(form)
        return box

    def _days_box(self, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1, MAX_DAYS)
        box.setSuffix(suffix)
        return box

    def _build_objections(self) -> QGroupBox:
        """The objections, filtered, and the buttons that record, answer and close them."""
        self.model = ObjectionModel(self)
        self.proxy = ObjectionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("objectionTable")
        show_rows(self.table, self.proxy)
        self.table.sortByColumn(ObjectionModel.NUMBER, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ObjectionModel.APPLICATION, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.show_mode = QComboBox()
        self.show_mode.setObjectName("objectionFilter")
        for mode, text in zip(
            ObjectionFilter.MODES,
            (self.tr("All objections"), self.tr("Open"), self.tr("Closed")),
            strict=True,
        ):
            self.show_mode.addItem(text, mode)
        self.show_mode.currentIndexChanged.connect(self.on_show_mode_current_index_changed)
        self.detail = QLabel()
        self.detail.setObjectName("objectionDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.add_button = QPushButton(self.tr("Add objection…"))
        self.add_button.setObjectName("addObjection")
        self.add_button.clicked.connect(self.add_requested)
        self.reply_button = QPushButton(self.tr("Reply…"))
        self.reply_button.setObjectName("replyObjection")
        self.reply_button.clicked.connect(lambda: self._request(self.reply_requested))
        self.close_button = QPushButton(self.tr("Close…"))
        self.close_button.setObjectName("closeObjection")
        self.close_button.clicked.connect(lambda: self._request(self.close_requested))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.show_mode)
        top.addStretch(1)
        top.addWidget(
            QLabel(
                self.tr(
                    "<span style='background:#ffd6d6'>&nbsp;overdue&nbsp;</span> "
                    "<b>bold: open</b> · <span style='color:#7a7a7a'>grey: closed</span>"
                )
            )
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.add_button, self.reply_button, self.close_button):
            buttons.addWidget(button)
        box = QGroupBox(self.tr("Objections (异议)"))
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        return box

    # Showing ----------------------------------------------------------------------------

    def set_state(self, state: NoticeState, today: date, *, editable: bool) -> None:
        """Show the notice and its objections as of `today`, keeping the selection."""
        selected = self.selected()
        self._state, self._today, self._editable = state, today, editable
        for field in (self.started, self.start, self.term_days, self.reply_days):
            field.blockSignals(True)
        self.started.setChecked(state.start is not None)
        # A notice once published stays published: its day may be corrected, not undone.
        self.started.setEnabled(editable and state.start is None)
        self.start.setEnabled(editable and state.start is not None)
        if state.start is not None:
            self.start.setDate(date_edit(state.start).date())
        self.term_days.setValue(state.term_days)
        self.reply_days.setValue(state.reply_days)
        for field in (self.started, self.start, self.term_days, self.reply_days):
            field.blockSignals(False)
        self.term_days.setEnabled(editable)
        self.reply_days.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.add_button.setEnabled(editable)
        self.model.set_objections(state.objections, today)
        if selected is not None:
            self.select(selected.id)
        self._show_term()
        self._show_selected()

    def chosen_start(self) -> date | None:
        """The day typed, or None while the notice is not marked as published."""
        return picked(self.start) if self.started.isChecked() else None

    def _typed_state(self) -> NoticeState | None:
        """The notice as typed, not yet saved, with the objections as they are."""
        if self._state is None:
            return None
        start = self.chosen_start()
        term_days = self.term_days.value()
        term = None if start is None else notice_term(start, term_days)
        return NoticeState(start, term_days, self.reply_days.value(), term, self._state.objections)

    def _show_term(self) -> None:
        state = self._typed_state()
        if state is None:
            return
        if state.term is None:
            self.end.setText(self.tr("Not published yet."))
        else:
            days = "、".join(day.isoformat() for day in state.term.days)
            self.end.setText(
                self.tr("{end} (the working days: {days})").format(
                    end=state.term.last.isoformat(), days=days
                )
            )
        hold = final_list_hold(state, self._today)
        first = state.final_list_from()
        if hold is None and first is not None:
            hold = self.tr(
                "The notice ran its term and no objection is open: the pilot list can be "
                "written (from {first})."
            ).format(first=first.isoformat())
        self.hold.setText(hold or "")
        self.hold.setStyleSheet(HOLD_STYLE if final_list_hold(state, self._today) else READY_STYLE)
        note = weekday_note(state.term)
        self.caveat.setText(note or "")
        self.caveat.setVisible(note is not None)
        changed = self._state is not None and (
            state.start != self._state.start
            or state.term_days != self._state.term_days
            or state.reply_days != self._state.reply_days
        )
        self.save_button.setDefault(changed)

    def select(self, objection_id: int) -> bool:
        row = self.model.row_of(objection_id)
        return row >= 0 and select_row(self.table, self.proxy, self.model.index(row, 0))

    def selected(self) -> ObjectionRecord | None:
        indexes = self.table.selectionModel().selectedRows()
        record = indexes[0].data(ROW_ROLE) if indexes else None
        return record if isinstance(record, ObjectionRecord) else None

    def _show_selected(self) -> None:
        """The selected objection in full; Reply and Close only while it is open."""
        record = self.selected()
        can_change = record is not None and record.open and self._editable
        self.reply_button.setEnabled(can_change)
        self.close_button.setEnabled(can_change)
        self.detail.setText("" if record is None else self._detail_html(record))

    def _detail_html(self, record: ObjectionRecord) -> str:
        esc = html.escape
        lines = [
            f"<b>#{record.id} {esc(record.applicant)}</b> · {esc(record.objector)}"
            + (f"（{esc(record.unit)}）" if record.unit else "")
            + (f" · {esc(record.contact)}" if record.contact else ""),
            esc(self.tr("Objection: {text}").format(text=record.text)),
        ]
        if record.replied_on is not None:
            lines.append(
                esc(
                    self.tr("Reply of {day}: {text}").format(
                        day=record.replied_on.isoformat(), text=record.reply
                    )
                )
            )
        if record.outcome_text:
            lines.append(esc(self.tr("Reasons: {text}").format(text=record.outcome_text)))
        if not record.open:
            lines.append(esc(self.tr("Closed: it can no longer be changed.")))
        return "<br>".join(lines)

    # Requests and slots ------------------------------------------------------------------

    def _request(self, signal: SignalInstance) -> None:
        record = self.selected()
        if record is not None and record.open and self._editable:
            signal.emit(record.id)

    def on_show_mode_current_index_changed(self, _index: int) -> None:
        self.proxy.set_mode(self.show_mode.currentData())
        self._show_selected()

    def on_table_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_selected()
