"""The Results page: the merged scores, what needs discussion, calibration, reliability.

The page shows a `PanelResults` it is given; merging, locking and notes are the main
window's to run (off the UI thread where they take time). Signals: merge_requested(),
lock_requested(), unlock_requested(), signatures_requested(),
note_requested(int application id, bool dissent), explain_requested(int application id),
audit_requested().
"""

from __future__ import annotations

import html

from reviewer.labels import label
from reviewer.results.merge import ApplicationResult, PanelResults
from reviewer.results.reconcile import Lock, Note
from reviewer.results.rescore import RoundTotal
from reviewer.rubrics.checks import points_text
from ui.results.calibration_model import CalibrationModel, RankingModel
from ui.results.reliability_panel import ReliabilityPanel
from ui.widgets.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QItemSelection,
    QLabel,
    QPushButton,
    QSortFilterProxyModel,
    QSplitter,
    Qt,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.score_matrix_model import RESULT_ROLE, ResultsFilter, ScoreMatrixModel, flag_text


def _table(model: QSortFilterProxyModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # as merged
    return table


class ResultsView(QWidget):
    merge_requested = Signal()
    lock_requested = Signal()
    unlock_requested = Signal()
    note_requested = Signal(int, bool)
    explain_requested = Signal(int)
    audit_requested = Signal()
    rescore_requested = Signal()
    signatures_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results: PanelResults | None = None
        self._notes: list[Note] = []
        self._history: dict[int, tuple[RoundTotal, ...]] = {}
        top = self._build_top()
        matrix_page = self._build_matrix_page()
        calibration_page = self._build_calibration_page()

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(matrix_page, self.tr("Score matrix"))
        self.pages.addTab(calibration_page, self.tr("Calibration and reliability"))
        self.charts_page: QWidget | None = None

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.lock_state)
        layout.addWidget(self.pages, 1)
        self.set_lock(None, editable=False)

    # Building ---------------------------------------------------------------------------

    def _build_top(self) -> QHBoxLayout:
        """The summary and the lock's state, with merge, re-score, lock, unlock, audit log."""
        self.summary = QLabel()
        self.summary.setObjectName("resultsSummary")
        self.summary.setWordWrap(True)
        # Plain words, no emoji: the shipped fonts have no padlock glyph (an empty box).
        self.lock_state = QLabel()
        self.lock_state.setObjectName("lockState")
        self.lock_state.setWordWrap(True)
        self.lock_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.merge_button = QPushButton(self.tr("Merge again"))
        self.merge_button.clicked.connect(self.merge_requested)
        self.lock_button = QPushButton(self.tr("Lock the results…"))
        self.lock_button.setObjectName("lockResults")
        self.lock_button.clicked.connect(self.lock_requested)
        self.unlock_button = QPushButton(self.tr("Unlock…"))
        self.unlock_button.clicked.connect(self.unlock_requested)
        self.audit_button = QPushButton(self.tr("Audit log…"))
        self.audit_button.setToolTip(
            self.tr("Who changed what, when and why; searchable, and exportable to Excel")
        )
        self.audit_button.clicked.connect(self.audit_requested)
        self.rescore_button = QPushButton(self.tr("Re-score round…"))
        self.rescore_button.setObjectName("rescoreRound")
        self.rescore_button.setToolTip(
            self.tr("Ask chosen experts to score the flagged applications again")
        )
        self.rescore_button.clicked.connect(self.rescore_requested)
        self.signatures_button = QPushButton(self.tr("Report signatures…"))
        self.signatures_button.setObjectName("reportSignatures")
        self.signatures_button.setToolTip(
            self.tr("Enter each member's answer to the signed review report (评审报告)")
        )
        self.signatures_button.clicked.connect(self.signatures_requested)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        actions = (
            self.merge_button,
            self.rescore_button,
            self.lock_button,
            self.unlock_button,
            self.signatures_button,
            self.audit_button,
        )
        for button in actions:
            top.addWidget(button)
        return top

    def _build_filters(self) -> QHBoxLayout:
        """Which track and which lines to show, and what the colours mean."""
        self.track = QComboBox()
        self.track.currentIndexChanged.connect(self.on_track_current_index_changed)
        self.only_flagged = QCheckBox(self.tr("Only what needs discussion"))
        self.only_flagged.setObjectName("onlyFlagged")
        self.only_flagged.toggled.connect(self.on_only_flagged_toggled)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Track:")))
        filters.addWidget(self.track)
        filters.addWidget(self.only_flagged)
        filters.addStretch(1)
        self.legend = QLabel(
            self.tr(
                "Colour: distance from the other experts' mean — "
                "<span style='background:#fff0c2'>&nbsp;10%&nbsp;</span> "
                "<span style='background:#ffd3a6'>&nbsp;20%&nbsp;</span> "
                "<span style='background:#f4b6b6'>&nbsp;30%&nbsp;</span>; "
                "<s>struck through</s>: dropped by the trimmed mean."
            )
        )
        self.legend.setObjectName("matrixLegend")
        filters.addWidget(self.legend)
        return filters

    def _build_matrix_page(self) -> QWidget:
        """The matrix's filters and colour legend above the score matrix, and the selected
        line's details with its notes: the legend and filters apply to the matrix only."""
        self.matrix = ScoreMatrixModel(self)
        self.proxy = ResultsFilter(self)
        self.proxy.setSourceModel(self.matrix)
        self.table = _table(self.proxy, "scoreMatrix")
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.details = QTextBrowser()
        self.details.setObjectName("resultDetails")
        self.note_button = QPushButton(self.tr("Add a discussion note…"))
        self.note_button.clicked.connect(lambda: self._request_note(dissent=False))
        self.dissent_button = QPushButton(self.tr("Record a dissent…"))
        self.dissent_button.clicked.connect(lambda: self._request_note(dissent=True))
        self.explain_button = QPushButton(self.tr("Explain a deviation…"))
        self.explain_button.setObjectName("explainDeviation")
        self.explain_button.setToolTip(
            self.tr("Enter an expert's written explanation of scores far from the panel's")
        )
        self.explain_button.clicked.connect(self._request_explanation)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.details, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note_button)
        buttons.addWidget(self.dissent_button)
        buttons.addWidget(self.explain_button)
        side_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        matrix_page = QWidget()
        matrix_page.setObjectName("matrixPage")
        matrix_layout = QVBoxLayout(matrix_page)
        matrix_layout.setContentsMargins(0, 4, 0, 0)
        matrix_layout.addLayout(self._build_filters())
        matrix_layout.addWidget(splitter, 1)
        return matrix_page

    def _build_calibration_page(self) -> QWidget:
        """Each expert against the panel, the adjusted rankings and the reliability."""
        self.calibration = CalibrationModel(self)
        calibration_proxy = QSortFilterProxyModel(self)
        calibration_proxy.setSourceModel(self.calibration)
        calibration_proxy.setSortRole(Qt.ItemDataRole.UserRole + 1)
        self.ranking = RankingModel(self)
        ranking_proxy = QSortFilterProxyModel(self)
        ranking_proxy.setSourceModel(self.ranking)
        ranking_proxy.setSortRole(Qt.ItemDataRole.UserRole + 1)
        self.calibration_table = _table(calibration_proxy, "calibrationTable")
        self.ranking_table = _table(ranking_proxy, "rankingTable")
        self.reliability = ReliabilityPanel()
        tables = QSplitter(Qt.Orientation.Vertical)
        tables.setChildrenCollapsible(False)
        for title, table in (
            (self.tr("Experts against the panel"), self.calibration_table),
            (
                self.tr("Rankings adjusted for harsh and lenient experts, beside the raw one"),
                self.ranking_table,
            ),
        ):
            pane = QWidget()
            pane_layout = QVBoxLayout(pane)
            pane_layout.setContentsMargins(0, 0, 0, 0)
            pane_layout.addWidget(QLabel("<b>" + title + "</b>"))
            pane_layout.addWidget(table, 1)
            tables.addWidget(pane)
        tables.setStretchFactor(0, 2)
        tables.setStretchFactor(1, 3)
        calibration_page = QWidget()
        calibration_layout = QVBoxLayout(calibration_page)
        calibration_layout.addWidget(tables, 1)
        calibration_layout.addWidget(
            QLabel(
                "<b>"
                + self.tr("How far the experts agree (hover over a figure for what it means)")
                + "</b>"
            )
        )
        calibration_layout.addWidget(self.reliability)
        return calibration_page

    # Showing ----------------------------------------------------------------------------

    def add_charts(self, page: QWidget) -> None:
        """The charts come from QtCharts, loaded only when results are first shown."""
        self.charts_page = page
        self.pages.addTab(page, self.tr("Charts"))

    def set_results(
        self,
        results: PanelResults,
        notes: list[Note],
        history: dict[int, tuple[RoundTotal, ...]] | None = None,
    ) -> None:
        """Show merged results; `history` holds every round of the re-scored items."""
        self._results = results
        self._notes = notes
        self._history = history or {}
        self.matrix.set_results(results, self._history)
        self.calibration.set_rows(list(results.calibration))
        self.ranking.set_rows([r for r in results.applications if r.final is not None])
        tracks = sorted({r.track for r in results.applications}, key=lambda t: t.value)
        current = self.track.currentData()
        self.track.blockSignals(True)
        self.track.clear()
        self.track.addItem(self.tr("All"), None)
        for track in tracks:
            self.track.addItem(label(track), track)
        index = self.track.findData(current)
        self.track.setCurrentIndex(max(index, 0))
        self.track.blockSignals(False)
        self.proxy.set_track(self.track.currentData())
        flagged = sum(1 for r in results.applications if r.flagged)
        method = results.method
        self.summary.setText(
            self.tr(
                "{n} applications merged by {method} (trimmed from {panel} scores); "
                "{flagged} need discussion. Thresholds: spread {spread}%, deviation {deviation}%."
            ).format(
                n=len(results.applications),
                method=label(method.kind),
                panel=method.trim_min_panel,
                flagged=flagged,
                spread=points_text(results.thresholds.spread * 100),
                deviation=points_text(results.thresholds.deviation * 100),
            )
        )
        self.reliability.set_results(results)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.matrix.flags_column, QHeaderView.ResizeMode.Stretch)
        for table in (self.calibration_table, self.ranking_table):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._show_details()

    def set_lock(self, lock: Lock | None, editable: bool) -> None:
        self.lock_state.setText(self._lock_text(lock))
        self.lock_state.setToolTip("")
        self.lock_button.setVisible(lock is None)
        self.unlock_button.setVisible(lock is not None)
        for widget in (
            self.lock_button,
            self.unlock_button,
            self.note_button,
            self.dissent_button,
            self.explain_button,
        ):
            widget.setEnabled(editable)
        self.rescore_button.setEnabled(editable and lock is None)
        # The panel signs the report on locked results only.
        self.signatures_button.setVisible(lock is not None)
        self.signatures_button.setEnabled(editable)

    def _lock_text(self, lock: Lock | None) -> str:
        """The lock in words, its reason and any override shown, not hidden in a tooltip."""
        if lock is None:
            return self.tr("Not locked")
        text = self.tr(
            "Locked on {at} by {by} (fingerprint {fingerprint}). Reason: {reason}"
        ).format(
            at=lock.locked_at.strftime("%Y-%m-%d %H:%M"),
            by=lock.locked_by,
            fingerprint=lock.short_fingerprint,
            reason=lock.reason,
        )
        if lock.override_reason:
            text += "\n" + self.tr(
                "Locked while items were still open, as the panel leader {leader} allowed: {why}"
            ).format(leader=lock.override_by, why=lock.override_reason)
        return text

    def selected(self) -> ApplicationResult | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        result = indexes[0].data(RESULT_ROLE)
        return result if isinstance(result, ApplicationResult) else None

    def _show_details(self) -> None:
        result = self.selected()
        self.note_button.setVisible(result is not None)
        self.dissent_button.setVisible(result is not None)
        self.explain_button.setVisible(
            result is not None
            and any(f.kind in ("deviation", "criterion_deviation") for f in result.flags)
        )
        if result is None:
            self.details.setHtml(
                "<p>" + html.escape(self.tr("Select an application to see its scores.")) + "</p>"
            )
            return
        self.details.setHtml(self._details_html(result))

    def _details_html(self, result: ApplicationResult) -> str:
        esc = html.escape
        words = {
            "final": self.tr("Final"),
            "total": self.tr("Total"),
            "discuss": self.tr("To discuss"),
            "notes": self.tr("Discussion notes and dissents"),
            "rounds": self.tr("Scoring rounds"),
            "round": self.tr("Round {n}"),
            "used": self.tr("used in the merge"),
            "replaced": self.tr("replaced"),
        }
        conditions = sorted({c for t in result.totals for c in t.conditions})
        head = "".join(f"<th>{esc(c)}</th>" for c in conditions)
        rows = []
        for total in result.totals:
            style = "" if total.kept else " style='color:#7a7a7a;text-decoration:line-through'"
            cells = "".join(f"<td>{points_text(total.conditions[c])}</td>" for c in conditions)
            rows.append(
                f"<tr{style}><td>{esc(total.expert_code)} {esc(total.expert_name)}</td>"
                f"{cells}<td><b>{points_text(total.total)}</b></td></tr>"
            )
        kept = "".join(f"<td>{result.conditions[c]:.2f}</td>" for c in conditions)
        final = "—" if result.final is None else f"{result.final:.2f}"
        rows.append(f"<tr><td><b>{esc(words['final'])}</b></td>{kept}<td><b>{final}</b></td></tr>")
        flags = "".join(f"<li>{esc(flag_text(f))}</li>" for f in result.flags if not f.criterion)
        criteria: dict[str, list[str]] = {}
        for flag in result.flags:
            if flag.criterion:
                who = criteria.setdefault(flag.criterion, [])
                who.append(flag.expert or self.tr("spread"))
        if criteria:
            listed = "；".join(f"{code}（{'、'.join(w)}）" for code, w in criteria.items())
            flags += (
                "<li>"
                + esc(self.tr("Criteria the experts disagree on: {list}")).format(list=esc(listed))
                + "</li>"
            )
        notes = "".join(
            f"<li>{esc(n.expert_code + '：' if n.expert_code else '')}{esc(n.text)}"
            f" <i>({esc(n.author)}, {n.written_at:%Y-%m-%d %H:%M})</i></li>"
            for n in self._notes
            if n.application_id == result.application_id
        )
        rounds = "".join(
            f"<li>{esc(r.expert_code)} · {esc(words['round'].format(n=r.round_number))}: "
            f"{points_text(r.total)} ({esc(words['used'] if r.current else words['replaced'])})"
            "</li>"
            for r in self._history.get(result.application_id, ())
        )
        if rounds:
            rounds = f"<h4>{esc(words['rounds'])}</h4><ul>{rounds}</ul>"
        vetoed = (
            "<p style='color:#b00020'><b>"
            + esc(self.tr("Ineligible: a majority of the experts voted the veto criterion."))
            + "</b></p>"
            if result.ineligible
            else ""
        )
        return (
            f"<h3>{esc(result.applicant)}</h3>{vetoed}"
            f"<table border='1' cellspacing='0' cellpadding='3'><tr><th></th>{head}"
            f"<th>{esc(words['total'])}</th></tr>{''.join(rows)}</table>"
            f"<h4>{esc(words['discuss'])}</h4><ul>{flags or '<li>—</li>'}</ul>{rounds}"
            f"<h4>{esc(words['notes'])}</h4>"
            f"<ul>{notes or '<li>—</li>'}</ul>"
        )

    def _request_note(self, dissent: bool) -> None:
        result = self.selected()
        if result is not None:
            self.note_requested.emit(result.application_id, dissent)

    def _request_explanation(self) -> None:
        result = self.selected()
        if result is not None:
            self.explain_requested.emit(result.application_id)

    # Slots ------------------------------------------------------------------------------

    def on_track_current_index_changed(self, _index: int) -> None:
        self.proxy.set_track(self.track.currentData())

    def on_only_flagged_toggled(self, only: bool) -> None:
        self.proxy.set_only_flagged(only)

    def on_table_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_details()
