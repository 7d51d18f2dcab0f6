"""Expert mode: what an expert sees on opening their kit.

The assignments on the left with their progress, the plan in the middle, the scoring
form on the right. Typing a value and pressing Enter saves it (one commit) and moves
to the next criterion; Ctrl+Z takes it back; the live total and the bands of the
current criterion are always in view.
"""

from __future__ import annotations

import html
import tempfile
from decimal import Decimal
from pathlib import Path

from reviewer.intake.materials import export_material
from reviewer.labels import label
from reviewer.scoring.comments import COMMENT_LIMIT
from reviewer.scoring.expert_scoring import KitState, kit_state
from reviewer.store.storage import CampaignStore
from reviewer.vocabulary import MaterialKind
from ui.scoring.score_table_model import ScoreTableModel
from ui.widgets.qt import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QModelIndex,
    QPersistentModelIndex,
    QPushButton,
    QResizeEvent,
    QShortcut,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTableView,
    QTextBrowser,
    QUndoStack,
    QVBoxLayout,
    QWidget,
    Signal,
)

APPLICATION_ROLE = Qt.ItemDataRole.UserRole


class ScoreTableView(QTableView):
    """Enter or Tab after a value moves to the next criterion's points, where typing the
    next value starts editing it: the hands never leave the keyboard. A value refused
    ("99" where 7 is the most) keeps the cursor on its cell, so the criterion is not
    left empty behind the expert's back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refused = False  # set by the model's `rejected` while the editor commits

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if self.refused:
            self.refused = False
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return
        super().closeEditor(editor, hint)
        current = self.currentIndex()
        moves = (
            QAbstractItemDelegate.EndEditHint.SubmitModelCache,
            QAbstractItemDelegate.EndEditHint.EditNextItem,
        )
        if hint in moves and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(self.model().index(current.row() + 1, current.column()))


class CommentDelegate(QStyledItemDelegate):
    """The comment's editor takes no more characters than a comment may have, so the
    expert is stopped while typing rather than refused after."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(COMMENT_LIMIT)
        return editor


_NO_EDITING = QAbstractItemView.EditTrigger.NoEditTriggers
# The bands box grows with its text up to this, then scrolls: four bands with a line of
# description each fit well below it at 1366×768.
BANDS_MOST = 420


class BandsBox(QTextBrowser):
    """The current criterion's description and its four bands (好/较好/中/差), as tall as
    they are, so none needs scrolling; the score table above takes what is left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self, *_args: object) -> None:
        document = self.document()
        document.setTextWidth(self.viewport().width())
        frame = self.frameWidth() * 2
        wanted = int(document.size().height()) + frame + 2
        self.setFixedHeight(max(60, min(wanted, BANDS_MOST)))


class ExpertView(QWidget):
    """Signals: submit_requested(), conflict_requested(application id),
    commitment_requested()."""

    submit_requested = Signal()
    conflict_requested = Signal(int)
    commitment_requested = Signal()

    def __init__(self, store: CampaignStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo = QUndoStack(self)
        self.model = ScoreTableModel(store, self.undo, self)
        self._viewing = tempfile.TemporaryDirectory(prefix="reviewer-kit-")
        self.state: KitState | None = None

        self._build_heading()
        plan_widget = self._build_plan_holder()
        self._build_table()
        self._build_commands()
        self._lay_out(plan_widget)
        self.refresh()

    # -- building --------------------------------------------------------------------
    def _build_heading(self) -> None:
        """The kit's heading, how far the scoring has come, and the assignments."""
        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.progress = QLabel()
        self.assignments = QListWidget()
        self.assignments.setObjectName("kitAssignments")
        self.assignments.currentItemChanged.connect(self.on_assignments_current_item_changed)

    def _build_plan_holder(self) -> QWidget:
        """Where the selected application's plan is shown."""
        self.plan_holder = QVBoxLayout()
        plan_widget = QWidget()
        plan_widget.setLayout(self.plan_holder)
        self.plan_view: QWidget | None = None
        return plan_widget

    def _build_table(self) -> None:
        """The score table of the selected application, its total, messages and bands."""
        self.table = ScoreTableView()
        self.table.setObjectName("scoreTable")
        self.table.setModel(self.model)
        self._edit_triggers = (
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setEditTriggers(self._edit_triggers)
        self.table.setItemDelegateForColumn(ScoreTableModel.COMMENT, CommentDelegate(self.table))
        self.gate = QLabel(
            self.tr("Read and accept the review commitment to start scoring (Review Commitment…).")
        )
        self.gate.setObjectName("commitmentGate")
        self.gate.setWordWrap(True)
        self.gate.setStyleSheet("color: #b91c1c; font-weight: bold")
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ScoreTableModel.CRITERION, QHeaderView.ResizeMode.Stretch)
        for column in (ScoreTableModel.MAXIMUM, ScoreTableModel.POINTS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ScoreTableModel.COMMENT, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.selectionModel().currentChanged.connect(self.on_table_current_changed)
        self.total = QLabel()
        self.total.setObjectName("scoreTotal")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b91c1c")
        self.bands = BandsBox()
        self.bands.setObjectName("criterionBands")
        self.model.saved.connect(self._after_save)
        self.model.rejected.connect(self.on_model_rejected)
        self.model.revisited.connect(self.on_model_revisited)

    def _build_commands(self) -> None:
        """Declare a conflict, next application (Ctrl+Return), submit; undo and redo."""
        self.conflict_button = QPushButton(self.tr("Declare a Conflict…"))
        self.conflict_button.clicked.connect(self.on_conflict_button_clicked)
        self.commitment_button = QPushButton(self.tr("Review Commitment…"))
        self.commitment_button.setObjectName("commitmentButton")
        self.commitment_button.clicked.connect(self.commitment_requested)
        self.next_button = QPushButton(self.tr("Next Application"))
        self.next_button.clicked.connect(self.next_application)
        self.submit_button = QPushButton(self.tr("Submit Scores…"))
        self.submit_button.setDefault(False)
        self.submit_button.clicked.connect(self.submit_requested)
        next_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        next_shortcut.activated.connect(self.next_application)
        undo_action = self.undo.createUndoAction(self, self.tr("Undo"))
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        redo_action = self.undo.createRedoAction(self, self.tr("Redo"))
        redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.addAction(undo_action)
        self.addAction(redo_action)
        self.undo_action, self.redo_action = undo_action, redo_action

    def _lay_out(self, plan_widget: QWidget) -> None:
        """The assignments, the plan and the score table side by side, under the heading."""
        form = QVBoxLayout()
        form.addWidget(self.gate)
        form.addWidget(self.table, 3)
        form.addWidget(self.total)
        form.addWidget(self.message)
        form.addWidget(self.bands)
        buttons = QHBoxLayout()
        buttons.addWidget(self.conflict_button)
        buttons.addWidget(self.commitment_button)
        buttons.addStretch()
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.submit_button)
        form.addLayout(buttons)
        form_widget = QWidget()
        form_widget.setLayout(form)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.progress)
        left_layout.addWidget(self.assignments)
        splitter.addWidget(left)
        splitter.addWidget(plan_widget)
        splitter.addWidget(form_widget)
        splitter.setSizes([220, 560, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)

    # -- state -----------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.current_application()
        self.state = kit_state(self.store)
        state = self.state
        self.heading.setText(
            self.tr("{campaign} — scoring kit of {name} ({code}), round {round}").format(
                campaign=state.campaign,
                name=state.expert_name,
                code=state.expert_code,
                round=state.round_number,
            )
        )
        self.progress.setText(
            self.tr("{done} of {total} done").format(done=state.done, total=len(state.assignments))
        )
        self.assignments.blockSignals(True)
        self.assignments.clear()
        for assignment in state.assignments:
            mark = "✔" if assignment.done else f"{assignment.scored}/{assignment.criteria}"
            if assignment.conflict is not None:
                mark = self.tr("recused")
            item = QListWidgetItem(f"{assignment.applicant}　{mark}")
            item.setData(APPLICATION_ROLE, assignment.application_id)
            item.setToolTip(assignment.title)
            self.assignments.addItem(item)
        self.assignments.blockSignals(False)
        self._gate_on_commitment(state)
        rows = [
            self.assignments.item(i).data(APPLICATION_ROLE) for i in range(self.assignments.count())
        ]
        target = rows.index(current) if current in rows else 0
        if rows:
            self.assignments.setCurrentRow(target)

    def _gate_on_commitment(self, state: KitState) -> None:
        """No score can be typed until the commitment is accepted (实施条例 §9: recusal
        and independence are undertaken before the review, not after)."""
        accepted = state.commitment_accepted
        self.table.setEditTriggers(self._edit_triggers if accepted else _NO_EDITING)
        self.commitment_button.setEnabled(not accepted)
        if accepted and state.commitment_accepted_at is not None:
            self.commitment_button.setText(self.tr("Commitment Accepted"))
        elif not accepted:
            self.commitment_button.setText(self.tr("Review Commitment…"))
        self.gate.setVisible(not accepted)

    def current_application(self) -> int | None:
        item = self.assignments.currentItem() if hasattr(self, "assignments") else None
        return int(item.data(APPLICATION_ROLE)) if item is not None else None

    def on_assignments_current_item_changed(
        self, item: QListWidgetItem | None, _old: object
    ) -> None:
        if item is None or self.state is None:
            return
        application_id = int(item.data(APPLICATION_ROLE))
        assignment = next(a for a in self.state.assignments if a.application_id == application_id)
        self.undo.clear()
        self.message.clear()
        if assignment.conflict is not None:
            self.model.beginResetModel()
            self.model.form = None
            self.model.endResetModel()
            self.total.setText(self.tr("Recused: {reason}").format(reason=assignment.conflict))
            return
        self.model.load(application_id)
        self._show_total()
        self._show_plan(application_id)
        self.table.setCurrentIndex(self.model.index(0, ScoreTableModel.POINTS))
        self.table.setFocus()

    def _show_plan(self, application_id: int) -> None:
        plans = [m for m in _materials(self.store, application_id) if m[1] is MaterialKind.PLAN]
        if self.plan_view is not None:
            self.plan_holder.removeWidget(self.plan_view)
            self.plan_view.deleteLater()
            self.plan_view = None
        if not plans:
            self.plan_view = QLabel(self.tr("This package has no implementation plan."))
        else:
            from ui.widgets.pdf_viewer import PdfViewer

            path = export_material(self.store, plans[0][0], Path(self._viewing.name))
            viewer = PdfViewer(path, path.name, self)
            viewer.setWindowFlags(Qt.WindowType.Widget)
            self.plan_view = viewer
        self.plan_holder.addWidget(self.plan_view)

    def _after_save(self) -> None:
        self.message.clear()
        self._show_total()
        self._update_progress_mark()

    def _show_total(self) -> None:
        form = self.model.form
        if form is None:
            return
        total = format(form.total.normalize(), "f")
        maximum = format(form.rubric.total_points.normalize(), "f")
        self.total.setText(
            self.tr("Total: {total} of {max} points ({scored} of {count} criteria)").format(
                total=total,
                max=maximum,
                scored=sum(e.value is not None for e in form.entries),
                count=len(form.entries),
            )
        )

    def _update_progress_mark(self) -> None:
        self.state = kit_state(self.store)
        self.progress.setText(
            self.tr("{done} of {total} done").format(
                done=self.state.done, total=len(self.state.assignments)
            )
        )
        for i in range(self.assignments.count()):
            item = self.assignments.item(i)
            assignment = next(
                a for a in self.state.assignments if a.application_id == item.data(APPLICATION_ROLE)
            )
            if assignment.conflict is None:
                mark = "✔" if assignment.done else f"{assignment.scored}/{assignment.criteria}"
                item.setText(f"{assignment.applicant}　{mark}")

    def on_table_current_changed(self, current: QModelIndex, _old: QModelIndex) -> None:
        form = self.model.form
        if form is None or not current.isValid():
            self.bands.clear()
            return
        entry = form.entries[current.row()]
        rows = "".join(
            f"<tr><td><b>{html.escape(label(b.level))}</b></td>"
            f"<td>{_plain(b.min_points)}–{_plain(b.max_points)}</td>"
            f"<td>{html.escape(b.descriptor)}</td></tr>"
            for b in entry.criterion.bands
        )
        criterion = entry.criterion
        earlier = ""
        if entry.earlier is not None:
            number, value = entry.earlier
            text = self.tr("Your score in round {round}: {points}").format(
                round=number, points=_plain(value)
            )
            earlier = f"<p style='color:#1f5fa8'>{html.escape(text)}</p>"
        self.bands.setHtml(
            f"<b>{html.escape(criterion.code)} {html.escape(criterion.name)}</b>{earlier}"
            f"<p>{html.escape(criterion.description)}</p><table cellpadding='3'>{rows}</table>"
        )

    def on_model_rejected(self, message: str) -> None:
        self.table.refused = True
        self.message.setText(message)

    def on_model_revisited(self, row: int, column: int) -> None:
        """Ctrl+Z (or Ctrl+Y) goes to the cell it changed, so the expert sees what it did."""
        self.table.setCurrentIndex(self.model.index(row, column))
        self.table.setFocus()

    def next_application(self) -> None:
        row = self.assignments.currentRow()
        if row + 1 < self.assignments.count():
            self.assignments.setCurrentRow(row + 1)

    def on_conflict_button_clicked(self) -> None:
        current = self.current_application()
        if current is not None:
            self.conflict_requested.emit(current)

    def commit_open_edit(self) -> None:
        """Save a value still being typed: closing the window must not drop it."""
        if self.table.state() == QAbstractItemView.State.EditingState:
            editor = QApplication.focusWidget()
            if editor is not None and self.table.isAncestorOf(editor):
                self.table.commitData(editor)

    def close_kit(self) -> None:
        self.commit_open_edit()
        self._viewing.cleanup()


def _materials(store: CampaignStore, application_id: int) -> list[tuple[int, MaterialKind]]:
    from reviewer.intake.applications import list_applications

    for row in list_applications(store):
        if row.id == application_id:
            return [(m.id, m.kind) for m in row.materials]
    return []


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")
