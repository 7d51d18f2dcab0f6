"""The rubric editor: a track's conditions, criteria, bands and gate checks, edited as a
draft with undo, checked as you type, and saved as the track's rubric in one step.

The draft is the plain definition structure the Excel import also produces, so the same
checker (`reviewer.rubrics.checks`) judges it, and saving goes through the same
`replace_rubric` (a new version when experts have scored on the current one). Every change,
a keystroke or a removed criterion, is one snapshot on the undo stack: rubrics are small,
and snapshots make undo of structural edits exact.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from reviewer.errors import ReviewerError
from reviewer.rubrics.checks import check_definition, points_text
from reviewer.rubrics.drafts import proposed_bands, with_condition, with_criterion, with_gate
from ui.rubrics.forms import CriterionForm, NamedItemForm, RubricForm
from ui.widgets.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QItemSelection,
    QItemSelectionModel,
    QKeySequence,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTreeView,
    QUndoCommand,
    QUndoStack,
    QVBoxLayout,
    QWidget,
)

# Where an item sits in the draft: ("rubric",), ("condition", c), ("criterion", c, k),
# ("gates",) for the gate checks' heading, ("gate", g).
Path = tuple[Any, ...]
PATH_ROLE = Qt.ItemDataRole.UserRole  # the path as text, "criterion:0:2": Qt can match it
RUBRIC: Path = ("rubric",)


def path_key(path: Path) -> str:
    return ":".join(str(part) for part in path)


def _path(key: str) -> Path:
    kind, *numbers = key.split(":")
    return (kind, *(int(n) for n in numbers))


class _DraftChange(QUndoCommand):
    """One change to the draft, kept as the drafts before and after it.

    Keystrokes in the same field of the same item merge into one command, so undo takes
    back a word typed, not a letter.
    """

    MERGING = 1

    def __init__(
        self,
        editor: RubricEditor,
        text: str,
        before: dict[str, Any],
        after: dict[str, Any],
        path: Path,
        merge_key: tuple[Any, ...] | None = None,
    ) -> None:
        super().__init__(text)
        self.editor, self.before, self.after = editor, before, after
        self.path_before, self.path_after = editor.path, path
        self.merge_key = merge_key

    def id(self) -> int:
        return self.MERGING if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _DraftChange) or other.merge_key != self.merge_key:
            return False
        self.after, self.path_after = other.after, other.path_after
        return True

    def redo(self) -> None:
        self.editor.show_draft(self.after, self.path_after)

    def undo(self) -> None:
        self.editor.show_draft(self.before, self.path_before)


def _entry(draft: dict[str, Any], path: Path) -> dict[str, Any]:
    """The dict the path points at in `draft`."""
    kind = path[0]
    if kind == "condition":
        entry: dict[str, Any] = draft["conditions"][path[1]]
    elif kind == "criterion":
        entry = draft["conditions"][path[1]]["criteria"][path[2]]
    elif kind == "gate":
        entry = draft["gates"][path[1]]
    else:
        entry = draft
    return entry


def _sum(points: list[Any]) -> str:
    try:
        return points_text(sum((Decimal(str(p)) for p in points), Decimal(0)))
    except InvalidOperation:
        return "?"


class RubricEditor(QDialog):
    """Edits one track's rubric. `save(definition)` stores it and says whether it did
    (the caller may ask about existing scores first, and the user may cancel there)."""

    def __init__(
        self,
        definition: dict[str, Any],
        heading: str,
        save: Callable[[dict[str, Any]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the rubric"))
        self.setObjectName("rubricEditor")
        self.resize(1100, 660)  # fits a 1366×768 laptop, taskbar and title bar included
        self.draft = copy.deepcopy(definition)
        self.path: Path = RUBRIC
        self._save = save
        self._showing = False
        self.undo_stack = QUndoStack(self)

        self._build_tree()
        self._build_forms()
        splitter = self._build_splitter(self._build_tools())
        self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{heading}</b>"))
        layout.addWidget(splitter, 1)
        layout.addWidget(self.check)
        layout.addWidget(self.buttons)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.show_draft(self.draft, RUBRIC)

    def _build_tree(self) -> None:
        """The rubric's outline: the rubric, its conditions, criteria and gate checks."""
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("rubricEditorTree")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().selectionChanged.connect(self.on_tree_selection_changed)

    def _build_forms(self) -> None:
        """One form per kind of item, the selected item's on show."""
        self.rubric_form = RubricForm()
        self.condition_form = NamedItemForm(self.tr("Condition"))
        self.criterion_form = CriterionForm()
        self.gate_form = NamedItemForm(self.tr("Gate check (pass/fail before scoring)"))
        self.forms = QStackedWidget()
        for form in (self.rubric_form, self.condition_form, self.criterion_form, self.gate_form):
            form.edited.connect(self.on_form_edited)
            self.forms.addWidget(form)
        self.criterion_form.propose_bands.connect(self.on_criterion_form_propose_bands)

    def _build_tools(self) -> QHBoxLayout:
        """Adding, moving and removing items of the outline."""
        self.add_condition = self._button(self.tr("Add condition"), self.on_add_condition)
        self.add_criterion = self._button(self.tr("Add criterion"), self.on_add_criterion)
        self.add_gate = self._button(self.tr("Add gate check"), self.on_add_gate)
        self.remove = self._button(self.tr("Remove"), self.on_remove)
        self.remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.move_up = self._button(self.tr("Move up"), lambda: self.on_move(-1))
        self.move_up.setShortcut(QKeySequence("Alt+Up"))
        self.move_down = self._button(self.tr("Move down"), lambda: self.on_move(1))
        self.move_down.setShortcut(QKeySequence("Alt+Down"))
        tools = QHBoxLayout()
        for button in (self.add_condition, self.add_criterion, self.add_gate):
            tools.addWidget(button)
        tools.addStretch(1)
        for button in (self.move_up, self.move_down, self.remove):
            tools.addWidget(button)
        return tools

    def _build_splitter(self, tools: QHBoxLayout) -> QSplitter:
        """The outline with its tools on the left, the selected item's form on the right."""
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(tools)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.forms)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        return splitter

    def _build_buttons(self) -> None:
        """The draft's check, Save and Cancel, and undo and redo (buttons and keys)."""
        self.check = QLabel()
        self.check.setObjectName("rubricCheck")
        self.check.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.undo_button = self.buttons.addButton(
            self.tr("Undo"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.redo_button = self.buttons.addButton(
            self.tr("Redo"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_check())
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([undo, redo])
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # The draft and what shows it -------------------------------------------------------

    def change(
        self, text: str, after: dict[str, Any], path: Path, merge_key: tuple[Any, ...] | None = None
    ) -> None:
        """Make `after` the draft, as one undoable step."""
        self.undo_stack.push(_DraftChange(self, text, self.draft, after, path, merge_key))

    def show_draft(self, draft: dict[str, Any], path: Path) -> None:
        self.draft = draft
        self.path = path
        self._showing = True
        try:
            self._fill_tree()
            self._select(path)
            self._show_form()
        finally:
            self._showing = False
        self._update_check()

    def _row(self, text: str, points: str, path: Path, bold: bool = False) -> list[QStandardItem]:
        item = QStandardItem(text)
        item.setData(path_key(path), PATH_ROLE)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        return [item, QStandardItem(points)]

    def _fill_tree(self) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Points")])
        root = self.model.invisibleRootItem()
        draft = self.draft
        criteria = [k for c in draft.get("conditions", []) for k in c.get("criteria", [])]
        total = _sum([k.get("max_points", 0) for k in criteria])
        title = draft.get("title", "") or self.tr("(untitled rubric)")
        root.appendRow(self._row(title, f"{total} / {draft.get('total_points', '')}", RUBRIC))
        top = root.child(0)
        for c_index, condition in enumerate(draft.get("conditions", [])):
            points = _sum([k.get("max_points", 0) for k in condition.get("criteria", [])])
            text = f"{condition.get('code', '')}　{condition.get('name', '')}"
            row = self._row(text, points, ("condition", c_index), bold=True)
            for k_index, criterion in enumerate(condition.get("criteria", [])):
                veto = self.tr(" (veto)") if criterion.get("veto") else ""
                label = f"{criterion.get('code', '')}　{criterion.get('name', '')}{veto}"
                path = ("criterion", c_index, k_index)
                row[0].appendRow(self._row(label, str(criterion.get("max_points", "")), path))
            top.appendRow(row)
        gates = self._row(self.tr("Gate checks"), "", ("gates",), bold=True)
        for g_index, gate in enumerate(draft.get("gates", [])):
            text = f"{gate.get('code', '')}　{gate.get('name', '')}"
            gates[0].appendRow(self._row(text, "", ("gate", g_index)))
        top.appendRow(gates)
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def _select(self, path: Path) -> None:
        found = self.model.match(
            self.model.index(0, 0),
            PATH_ROLE,
            path_key(path),
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        if found:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.tree.selectionModel().setCurrentIndex(found[0], flags)
            self.tree.scrollTo(found[0])

    def _show_form(self) -> None:
        kind = self.path[0]
        form = {
            "condition": self.condition_form,
            "criterion": self.criterion_form,
            "gate": self.gate_form,
        }.get(kind, self.rubric_form)
        form.load(_entry(self.draft, self.path))
        self.forms.setCurrentWidget(form)
        in_condition = kind in ("condition", "criterion")
        self.add_criterion.setEnabled(in_condition)
        movable = kind in ("condition", "criterion", "gate")
        self.remove.setEnabled(movable)
        self.move_up.setEnabled(movable)
        self.move_down.setEnabled(movable)

    def _update_check(self) -> None:
        try:
            check_definition(self.draft)
        except ReviewerError as problem:
            self.check.setText(f"<span style='color:#b00020'>✗ {problem.message()}</span>")
            valid = False
        else:
            criteria = sum(len(c["criteria"]) for c in self.draft["conditions"])
            self.check.setText(
                "<span style='color:#1b5e20'>✓ "
                + self.tr(
                    "The rubric is valid: {conditions} conditions, {criteria} criteria, "
                    "{total} points."
                ).format(
                    conditions=len(self.draft["conditions"]),
                    criteria=criteria,
                    total=self.draft["total_points"],
                )
                + "</span>"
            )
            valid = True
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(valid and not self.undo_stack.isClean())

    # What the user does ----------------------------------------------------------------

    def on_tree_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        if self._showing or not selected.indexes():
            return
        key = selected.indexes()[0].siblingAtColumn(0).data(PATH_ROLE)
        self.path = RUBRIC if key in (None, "gates") else _path(key)
        self._show_form()

    def on_form_edited(self, key: str, value: object) -> None:
        if self._showing:
            return
        after = copy.deepcopy(self.draft)
        entry = _entry(after, self.path)
        if key.startswith("band:"):
            _band, index, field = key.split(":")
            entry["bands"][int(index)][field] = value
        else:
            entry[key] = value
        merge = None if key == "veto" else (self.path, key)
        self.change(self.tr("Edit"), after, self.path, merge)

    def on_criterion_form_propose_bands(self) -> None:
        after = copy.deepcopy(self.draft)
        entry = _entry(after, self.path)
        try:
            maximum, step = Decimal(str(entry["max_points"])), Decimal(str(entry["step"]))
        except InvalidOperation:
            maximum = step = Decimal(0)
        bands = proposed_bands(
            maximum, step, [b.get("descriptor", "") for b in entry.get("bands", [])]
        )
        if not bands:
            QMessageBox.information(
                self,
                self.tr("No bands proposed"),
                self.tr(
                    "Four bands need a maximum of at least three steps, on the step. Check "
                    "the criterion's maximum points and step."
                ),
            )
            return
        entry["bands"] = bands
        self.change(self.tr("Propose bands"), after, self.path)

    def on_add_condition(self) -> None:
        after, index = with_condition(
            self.draft, self.tr("New condition"), self.tr("New criterion")
        )
        self.change(self.tr("Add condition"), after, ("condition", index))

    def on_add_criterion(self) -> None:
        condition = self.path[1]
        after_index = self.path[2] if self.path[0] == "criterion" else None
        after, position = with_criterion(
            self.draft, condition, after_index, self.tr("New criterion")
        )
        self.change(self.tr("Add criterion"), after, ("criterion", condition, position))

    def on_add_gate(self) -> None:
        after, index = with_gate(self.draft, self.tr("New gate check"))
        self.change(self.tr("Add gate check"), after, ("gate", index))

    def _siblings(self, draft: dict[str, Any]) -> list[Any]:
        kind = self.path[0]
        if kind == "condition":
            siblings: list[Any] = draft["conditions"]
        elif kind == "criterion":
            siblings = draft["conditions"][self.path[1]]["criteria"]
        else:
            siblings = draft["gates"]
        return siblings

    def on_remove(self) -> None:
        if self.path[0] not in ("condition", "criterion", "gate"):
            return
        after = copy.deepcopy(self.draft)
        siblings = self._siblings(after)
        index = self.path[-1]
        del siblings[index]
        if siblings:
            path = (*self.path[:-1], min(index, len(siblings) - 1))
        else:
            path = ("condition", self.path[1]) if self.path[0] == "criterion" else RUBRIC
        self.change(self.tr("Remove"), after, path)

    def on_move(self, offset: int) -> None:
        if self.path[0] not in ("condition", "criterion", "gate"):
            return
        after = copy.deepcopy(self.draft)
        siblings = self._siblings(after)
        index = self.path[-1]
        target = index + offset
        if not 0 <= target < len(siblings):
            return
        siblings[index], siblings[target] = siblings[target], siblings[index]
        self.change(self.tr("Move"), after, (*self.path[:-1], target))

    def on_buttons_accepted(self) -> None:
        if self._save(copy.deepcopy(self.draft)):
            self.undo_stack.setClean()
            self.accept()

    def reject(self) -> None:
        if not self.undo_stack.isClean():
            answer = QMessageBox.question(
                self,
                self.tr("Discard the changes?"),
                self.tr("The changes to the rubric have not been saved. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
