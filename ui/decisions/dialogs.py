"""The two dialogs of the Decisions page: confirming the list before it is committed,
and editing each track's ranking rules (minimum score, quota, tie-break order)."""

from __future__ import annotations

import html
from decimal import Decimal, InvalidOperation

from reviewer.decisions.outcomes import DecisionSheet
from reviewer.decisions.ranking import TrackRules
from reviewer.labels import label
from reviewer.rubrics.catalog import RubricView
from reviewer.vocabulary import TrackKind
from ui.widgets.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


class CommitDialog(QDialog):
    """Shows the pilot list as it will stand after the commit, per track, marking the
    lines the commit writes; accepting it commits."""

    def __init__(self, sheet: DecisionSheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Commit decisions"))
        self.resize(760, 560)
        writes = sheet.to_commit()
        intro = QLabel(
            self.tr(
                "{count} decisions will be committed on the results locked as {fingerprint}. "
                "Each is kept in the audit log with who, when and why. Lines marked ● change."
            ).format(count=len(writes), fingerprint=sheet.ranking.short_fingerprint)
        )
        intro.setWordWrap(True)
        self.list = QTextBrowser()
        self.list.setObjectName("commitList")
        self.list.setHtml(self._html(sheet))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Commit"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)

    def _html(self, sheet: DecisionSheet) -> str:
        esc = html.escape
        heads = (
            "",
            self.tr("Rank"),
            self.tr("Applicant"),
            self.tr("Final"),
            self.tr("Proposal"),
            self.tr("Decision"),
            self.tr("Reason"),
        )
        parts = []
        for kind, lines in sheet.tracks.items():
            rows = []
            for line in lines:
                ranked = line.line
                style = " style='background:#ffe1cc'" if line.against_ranking else ""
                cells = (
                    "●" if line.to_commit else "",
                    "—" if ranked.rank is None else str(ranked.rank),
                    ranked.applicant,
                    "—" if ranked.final is None else f"{ranked.final:.2f}",
                    label(ranked.proposal),
                    label(line.pending),
                    line.pending_reason,
                )
                rows.append(f"<tr{style}>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
            parts.append(
                f"<h4>{esc(label(kind))}</h4><table border='1' cellspacing='0' cellpadding='3'>"
                "<tr>" + "".join(f"<th>{esc(h)}</th>" for h in heads) + "</tr>"
                f"{''.join(rows)}</table>"
            )
        return "".join(parts)


class _TrackRulesBox(QGroupBox):
    """One track's rules: an empty minimum means none, a quota of 0 means none."""

    def __init__(self, rules: TrackRules, rubric: RubricView, parent: QWidget | None = None):
        super().__init__(label(rules.track), parent)
        self.track = rules.track
        self.total = rubric.total_points
        self.min_final = QLineEdit("" if rules.min_final is None else f"{rules.min_final:.2f}")
        self.min_final.setObjectName(f"minFinal_{rules.track.value}")
        self.min_final.setPlaceholderText(self.tr("no minimum"))
        self.quota = QSpinBox()
        self.quota.setObjectName(f"quota_{rules.track.value}")
        self.quota.setRange(0, 9999)
        self.quota.setSpecialValueText(self.tr("no quota"))
        self.quota.setValue(rules.quota or 0)
        self.order = QListWidget()
        self.order.setObjectName(f"tieBreak_{rules.track.value}")
        names = {c.code: c.name for c in rubric.conditions}
        ordered = [*rules.tie_break, *(code for code in names if code not in rules.tie_break)]
        for code in ordered:
            item = QListWidgetItem(f"{code} {names.get(code, '')}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = code in rules.tie_break
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.order.addItem(item)
        up = QPushButton(self.tr("Up"))
        up.clicked.connect(lambda: self._move(-1))
        down = QPushButton(self.tr("Down"))
        down.clicked.connect(lambda: self._move(1))
        moves = QVBoxLayout()
        moves.addWidget(up)
        moves.addWidget(down)
        moves.addStretch(1)
        order_row = QHBoxLayout()
        order_row.addWidget(self.order, 1)
        order_row.addLayout(moves)
        form = QFormLayout(self)
        form.addRow(self.tr("Minimum final score:"), self.min_final)
        form.addRow(self.tr("Quota (approved at most):"), self.quota)
        form.addRow(self.tr("Ties broken by (ticked, in order):"), order_row)

    def _move(self, step: int) -> None:
        row = self.order.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.order.count():
            return
        item = self.order.takeItem(row)
        self.order.insertItem(target, item)
        self.order.setCurrentRow(target)

    def rules(self) -> TrackRules | None:
        """The rules as entered, or None when the minimum is not a number."""
        text = self.min_final.text().strip()
        try:
            minimum = Decimal(text) if text else None
        except InvalidOperation:
            return None
        order = [self.order.item(i) for i in range(self.order.count())]
        return TrackRules(
            self.track,
            minimum,
            self.quota.value() or None,
            tuple(
                str(item.data(Qt.ItemDataRole.UserRole))
                for item in order
                if item.checkState() == Qt.CheckState.Checked
            ),
        )


class RulesDialog(QDialog):
    """Edits every track's ranking rules; the actions save what `rules()` returns."""

    def __init__(
        self,
        rules: dict[TrackKind, TrackRules],
        rubrics: list[RubricView],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ranking rules"))
        self.setMinimumWidth(620)
        self.boxes = [
            _TrackRulesBox(rules[rubric.track], rubric)
            for rubric in rubrics
            if rubric.track in rules
        ]
        self.problem = QLabel()
        self.problem.setStyleSheet("color:#b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for box in self.boxes:
            layout.addWidget(box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def rules(self) -> list[TrackRules]:
        return [rules for box in self.boxes if (rules := box.rules()) is not None]

    def on_buttons_accepted(self) -> None:
        if len(self.rules()) != len(self.boxes):
            self.problem.setText(self.tr("The minimum score must be a number, like 60 or 72.5."))
            return
        self.accept()
