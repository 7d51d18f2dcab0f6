"""The three steps of an objection (异议): recording it as received, recording the reply
given, closing it with its outcome. Each dialog only gathers what was typed; the
objections log (`reviewer.decisions.objections`) checks it and writes it."""

from __future__ import annotations

from datetime import date

from reviewer.decisions.notice import ObjectionOutcome, ObjectionRecord, outcome_label
from ui.decisions.objections_model import objector_text
from ui.widgets.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


def date_edit(day: date) -> QDateEdit:
    """A date field with a calendar, in ISO form as every date of the record is."""
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def picked(edit: QDateEdit) -> date:
    day = edit.date()
    return date(day.year(), day.month(), day.day())


class _ObjectionStep(QDialog):
    """A form over OK and Cancel, with a line on the objection it is about."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(520)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)


def _about(record: ObjectionRecord) -> str:
    return f"#{record.id} · {record.applicant} · {objector_text(record)}：{record.text}"


class AddObjectionDialog(_ObjectionStep):
    """An objection as received: about which application, when, from whom, in their
    words. `applications` are (id, label) of the campaign's applications."""

    def __init__(
        self,
        applications: list[tuple[int, str]],
        today: date,
        reply_days: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an objection"))
        self.about.setText(
            self.tr(
                "Record the objection as it was received. Its reply is due {days} working "
                "days after the day of receipt."
            ).format(days=reply_days)
        )
        self.application = QComboBox()
        self.application.setObjectName("objectionApplication")
        for application_id, text in applications:
            self.application.addItem(text, application_id)
        self.received_on = date_edit(today)
        self.objector = QLineEdit()
        self.objector.setObjectName("objectionObjector")
        self.unit = QLineEdit()
        self.contact = QLineEdit()
        self.text = QPlainTextEdit()
        self.text.setObjectName("objectionText")
        self.form.addRow(self.tr("Application:"), self.application)
        self.form.addRow(self.tr("Received on:"), self.received_on)
        self.form.addRow(self.tr("From (name):"), self.objector)
        self.form.addRow(self.tr("Unit:"), self.unit)
        self.form.addRow(self.tr("Contact:"), self.contact)
        self.form.addRow(self.tr("The objection:"), self.text)

    def application_id(self) -> int:
        return int(self.application.currentData())


class ReplyDialog(_ObjectionStep):
    """The reply given to an open objection, and the day it was given."""

    def __init__(self, record: ObjectionRecord, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reply to objection #{id}").format(id=record.id))
        self.about.setText(
            _about(record)
            + "\n"
            + self.tr("The reply is due on {due}.").format(due=record.reply_due.isoformat())
        )
        self.replied_on = date_edit(record.replied_on or today)
        self.reply = QPlainTextEdit(record.reply)
        self.reply.setObjectName("objectionReply")
        self.form.addRow(self.tr("Replied on:"), self.replied_on)
        self.form.addRow(self.tr("The reply:"), self.reply)


class CloseObjectionDialog(_ObjectionStep):
    """The outcome of an objection (upheld, rejected, withdrawn) with the reasons; once
    closed it is no longer changed."""

    def __init__(self, record: ObjectionRecord, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close objection #{id}").format(id=record.id))
        self.about.setText(
            _about(record) + "\n" + self.tr("A closed objection can no longer be changed.")
        )
        self.outcome = QComboBox()
        self.outcome.setObjectName("objectionOutcome")
        for outcome in ObjectionOutcome:
            self.outcome.addItem(outcome_label(outcome), outcome.value)
        self.closed_on = date_edit(today)
        self.reasons = QPlainTextEdit()
        self.reasons.setObjectName("objectionReasons")
        self.form.addRow(self.tr("Outcome:"), self.outcome)
        self.form.addRow(self.tr("Closed on:"), self.closed_on)
        self.form.addRow(self.tr("Reasons:"), self.reasons)

    def chosen_outcome(self) -> ObjectionOutcome:
        return ObjectionOutcome(self.outcome.currentData())
