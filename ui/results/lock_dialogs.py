"""The dialogs of the record the lock keeps (87号令 §45, §64).

- `LockRefusedDialog`: what keeps the results from being locked, each item listed, and
  the panel leader's reason to lock anyway.
- `UnlockDialog`: the ground on which locked results change (one of the four of §64, or
  other with what it is) and the reason.
- `ExplanationDialog`: an expert's written explanation of their flagged scores on one
  application, entered from the paper: which expert, which items, the day, the text.
"""

from __future__ import annotations

from datetime import date

from reviewer.labels import ground_label
from reviewer.results.deviations import Deviation
from reviewer.results.lock_checks import LockObstacle
from reviewer.vocabulary import ChangeGround
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
    QPushButton,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


def _tree(model: QStandardItemModel, name: str) -> QTreeView:
    tree = QTreeView()
    tree.setObjectName(name)
    tree.setModel(model)
    tree.setRootIsDecorated(False)
    tree.setColumnWidth(0, 220)
    return tree


def _cell(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    return item


class LockRefusedDialog(QDialog):
    """`override_reason()` is the panel leader's reason to lock anyway; accepted only
    with one."""

    def __init__(self, obstacles: list[LockObstacle], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The results cannot be locked yet"))
        self.setMinimumSize(680, 420)
        intro = QLabel(
            self.tr(
                "These scores are flagged as deviating from the panel's and are neither "
                "re-checked in a re-score round nor explained in writing by the expert "
                "(87号令 §45). Enter the experts' written explanations, or open a re-score "
                "round. A panel too small or even (87号令 §47) is listed too: add the "
                "proposed reserve on the Experts tab. Or, if the panel leader allows it, lock "
                "anyway with the leader's reason: it is kept with the lock and in the audit log."
            )
        )
        intro.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Application"),
                self.tr("Expert"),
                self.tr("Item"),
                self.tr("Score"),
                self.tr("Panel's"),
            ]
        )
        for o in obstacles:
            item = str(o.details.get("item", ""))
            if o.kind == "panel_rule":
                item = self.tr("A panel of {size}").format(size=o.details.get("size", ""))
            self.model.appendRow(
                [
                    _cell(o.applicant),
                    _cell(str(o.details.get("expert", ""))),
                    _cell(self.tr("Total") if item == "total" else item),
                    _cell(str(o.details.get("score", ""))),
                    _cell(str(o.details.get("panel", ""))),
                ]
            )
            self.model.item(self.model.rowCount() - 1, 0).setToolTip(o.message)
        self.tree = _tree(self.model, "lockObstacles")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("overrideReason")
        self.reason_edit.setPlaceholderText(
            self.tr("The panel leader's reason to lock over these items")
        )
        self.buttons, self.ok_button = _buttons(self, self.tr("Lock anyway"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(QLabel(self.tr("Panel leader's reason:")))
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self.on_reason_edit_text_changed)
        self.ok_button.setEnabled(False)

    def override_reason(self) -> str:
        return self.reason_edit.text().strip()

    def on_reason_edit_text_changed(self, _text: str) -> None:
        self.ok_button.setEnabled(bool(self.override_reason()))


class UnlockDialog(QDialog):
    """`ground()`, `ground_text()` (what an "other" ground is) and `reason()`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock the results"))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "Compiled results may change only on one of these grounds (87号令 §64). The "
                "ground and the reason are kept in the audit log, and the next lock and the "
                "findings show them."
            )
        )
        intro.setWordWrap(True)
        self.ground_box = QComboBox()
        self.ground_box.setObjectName("unlockGround")
        for ground in ChangeGround:
            self.ground_box.addItem(ground_label(ground), ground)
        self.other_edit = QLineEdit()
        self.other_edit.setObjectName("unlockOtherGround")
        self.other_edit.setPlaceholderText(self.tr("What the ground is"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("unlockReason")
        self.reason_edit.setPlaceholderText(self.tr("Why must the locked results change?"))
        self.buttons, self.ok_button = _buttons(self, self.tr("Unlock"))
        form = QFormLayout()
        form.addRow(self.tr("Ground:"), self.ground_box)
        form.addRow(self.tr("Other ground:"), self.other_edit)
        form.addRow(self.tr("Reason:"), self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.ground_box.currentIndexChanged.connect(self.on_ground_box_current_index_changed)
        self.other_edit.textChanged.connect(self.on_edit_text_changed)
        self.reason_edit.textChanged.connect(self.on_edit_text_changed)
        self._update()

    def ground(self) -> ChangeGround:
        return ChangeGround(self.ground_box.currentData())

    def ground_text(self) -> str:
        return self.other_edit.text().strip() if self.ground() is ChangeGround.OTHER else ""

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _update(self) -> None:
        other = self.ground() is ChangeGround.OTHER
        self.other_edit.setEnabled(other)
        self.ok_button.setEnabled(bool(self.reason()) and (not other or bool(self.ground_text())))

    def on_ground_box_current_index_changed(self, _index: int) -> None:
        self._update()

    def on_edit_text_changed(self, _text: str) -> None:
        self._update()


class ExplanationDialog(QDialog):
    """For one application's flagged scores: `expert()`, the ticked `items()`,
    `written_on()` and `text()`."""

    def __init__(
        self, applicant: str, flagged: list[Deviation], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.flagged = flagged
        self.setWindowTitle(self.tr("Enter an expert's written explanation"))
        self.setMinimumSize(560, 460)
        intro = QLabel(
            self.tr(
                "{applicant}: enter the explanation the expert wrote and signed for scores "
                "flagged as deviating from the panel's (87号令 §45), as written."
            ).format(applicant=applicant)
        )
        intro.setWordWrap(True)
        self.expert_box = QComboBox()
        self.expert_box.setObjectName("explainingExpert")
        for code, name in dict.fromkeys((d.expert_code, d.expert_name) for d in flagged):
            self.expert_box.addItem(f"{code} {name}", code)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Score"), self.tr("Panel's"), self.tr("State")]
        )
        self.tree = _tree(self.model, "explainedItems")
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setObjectName("writtenOn")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("explanationText")
        self.buttons, self.ok_button = _buttons(self, self.tr("Enter"))
        form = QFormLayout()
        form.addRow(self.tr("Expert:"), self.expert_box)
        form.addRow(self.tr("Written on:"), self.date_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        layout.addWidget(QLabel(self.tr("The expert's explanation:")))
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.buttons)
        self.expert_box.currentIndexChanged.connect(self.on_expert_box_current_index_changed)
        self.model.itemChanged.connect(self.on_model_item_changed)
        self.text_edit.textChanged.connect(self._update)
        self._fill()

    def _fill(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for d in self.flagged:
            if d.expert_code != self.expert():
                continue
            item = _cell(d.item_text())
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked if d.open else Qt.CheckState.Unchecked)
            item.setData(d.item, ITEM_ROLE)
            self.model.appendRow(
                [item, _cell(f"{d.score:.2f}"), _cell(f"{d.panel:.2f}"), _cell(d.state_text())]
            )
        self._update()

    def expert(self) -> str:
        return str(self.expert_box.currentData() or "")

    def items(self) -> list[str]:
        return [
            str(self.model.item(row).data(ITEM_ROLE))
            for row in range(self.model.rowCount())
            if self.model.item(row).checkState() == Qt.CheckState.Checked
        ]

    def written_on(self) -> date:
        written = self.date_edit.date()
        return date(written.year(), written.month(), written.day())

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.text()) and bool(self.items()))

    def on_expert_box_current_index_changed(self, _index: int) -> None:
        self._fill()

    def on_model_item_changed(self, _item: QStandardItem) -> None:
        self._update()
