"""Choosing a re-score round: which experts score which flagged applications again.

The flagged applications are listed with the experts who scored them; the experts a
deviation flag names are ticked already (`reviewer.results.rescore.proposed_requests`), so the
usual case is one look and a reason.
"""

from __future__ import annotations

from reviewer.results.merge import ApplicationResult, PanelResults
from reviewer.rubrics.checks import points_text
from ui.widgets.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

APPLICATION_ROLE = Qt.ItemDataRole.UserRole + 1
EXPERT_ROLE = Qt.ItemDataRole.UserRole + 2


class RescoreDialog(QDialog):
    """`requests()` maps application id to the expert codes ticked; `reason()` says why."""

    def __init__(
        self,
        results: PanelResults,
        proposal: dict[int, tuple[str, ...]],
        also: ApplicationResult | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open a re-score round"))
        self.setMinimumSize(560, 440)
        intro = QLabel(
            self.tr(
                "The experts ticked get a kit or score sheet holding only these applications. "
                "Their new scores replace their earlier ones for these applications alone; "
                "every round stays on record."
            )
        )
        intro.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Application and expert"), self.tr("Total")])
        listed = [r for r in results.applications if r.application_id in proposal]
        if also is not None and also.application_id not in proposal and also.totals:
            listed.append(also)
        for result in listed:
            self._add(result, proposal.get(result.application_id, ()))
        self.tree = QTreeView()
        self.tree.setObjectName("rescoreTree")
        self.tree.setModel(self.model)
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 360)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("rescoreReason")
        self.reason_edit.setPlaceholderText(
            self.tr("Why a new round (kept in the audit log), e.g. the panel's discussion")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Open the round"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(QLabel(self.tr("Reason:")))
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.model.itemChanged.connect(self.on_model_item_changed)
        self.reason_edit.textChanged.connect(self.on_reason_edit_text_changed)
        self._update_ok()

    def _add(self, result: ApplicationResult, ticked: tuple[str, ...]) -> None:
        application = QStandardItem(result.applicant)
        application.setEditable(False)
        application.setData(result.application_id, APPLICATION_ROLE)
        final = QStandardItem("—" if result.final is None else f"{result.final:.2f}")
        final.setEditable(False)
        for total in result.totals:
            expert = QStandardItem(f"{total.expert_code} {total.expert_name}")
            expert.setEditable(False)
            expert.setCheckable(True)
            expert.setData(total.expert_code, EXPERT_ROLE)
            checked = total.expert_code in ticked
            expert.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            points = QStandardItem(points_text(total.total))
            points.setEditable(False)
            application.appendRow([expert, points])
        self.model.appendRow([application, final])

    def requests(self) -> dict[int, list[str]]:
        chosen: dict[int, list[str]] = {}
        for row in range(self.model.rowCount()):
            application = self.model.item(row)
            codes = [
                str(application.child(i).data(EXPERT_ROLE))
                for i in range(application.rowCount())
                if application.child(i).checkState() == Qt.CheckState.Checked
            ]
            if codes:
                chosen[int(application.data(APPLICATION_ROLE))] = codes
        return chosen

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()) and bool(self.requests()))

    def on_model_item_changed(self, _item: QStandardItem) -> None:
        self._update_ok()

    def on_reason_edit_text_changed(self, _text: str) -> None:
        self._update_ok()
