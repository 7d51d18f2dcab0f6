"""The Decisions page: the ranking per track on the locked results, the proposal and
the secretariat's decision on each line, and the evidence behind the selected line.

The page shows a `DecisionSheet` it is given; staging, committing and the rules are the
actions' to carry out. Keys on the table: A approve, R reject, D defer, Delete back to
the proposal, Ctrl+Z undoes a staging.

Signals: decide_requested(int application id, str outcome), reset_requested(int
application id), commit_requested(), rules_requested(), export_requested(str "ranking"
or "summary"), documents_requested(), notice_requested(), feedback_requested(),
results_requested() (the Results tab, where the results are locked),
later_reviews_requested() (a selection's 后续评审: the later reviews of its pilots).
"""

from __future__ import annotations

import html

from reviewer.decisions.acceptance_outcomes import AcceptanceOutcomes
from reviewer.decisions.outcomes import DecisionLine, DecisionSheet
from reviewer.decisions.pilot_history import PilotHistory, review_text
from reviewer.decisions.ranking import RankedLine
from reviewer.labels import label
from reviewer.results.reconcile import Note
from reviewer.vocabulary import DecisionOutcome, TrackKind
from ui.decisions.model import (
    DecisionFilter,
    DecisionModel,
    select_row,
    show_rows,
    standing_text,
)
from ui.widgets.qt import (
    QComboBox,
    QCoreApplication,
    QHBoxLayout,
    QHeaderView,
    QItemSelection,
    QKeyEvent,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    Qt,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.row_table_model import ROW_ROLE
from ui.widgets.score_matrix_model import flag_text

DECISION_KEYS = {
    Qt.Key.Key_A: DecisionOutcome.APPROVE,
    Qt.Key.Key_R: DecisionOutcome.REJECT,
    Qt.Key.Key_D: DecisionOutcome.DEFER,
}


class DecisionTable(QTableView):
    """The ranked lines; a letter key decides the selected line, Delete resets it.

    Keys are read here rather than through QShortcut so they act only while the table
    has the focus, and a letter typed elsewhere (a reason, a filter) never decides.
    Signals: key_decided(str outcome), key_reset().
    """

    key_decided = Signal(str)
    key_reset = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        key = Qt.Key(event.key())
        if plain and key in DECISION_KEYS:
            self.key_decided.emit(DECISION_KEYS[key].value)
        elif plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.key_reset.emit()
        else:
            super().keyPressEvent(event)


class DecisionsView(QWidget):
    decide_requested = Signal(int, str)
    reset_requested = Signal(int)
    commit_requested = Signal()
    rules_requested = Signal()
    export_requested = Signal(str)
    documents_requested = Signal()
    notice_requested = Signal()
    feedback_requested = Signal()
    results_requested = Signal()
    bands_requested = Signal()
    reaccept_requested = Signal()
    later_reviews_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sheet: DecisionSheet | None = None
        self._outcomes: AcceptanceOutcomes | None = None
        self._notes: list[Note] = []
        self._condition_names: dict[str, str] = {}
        self._editable = False

        top = self._build_top()
        filters = self._build_filters()
        self._build_table()
        side = self._build_side()
        self._build_pages(filters, side)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.set_sheet(None, [], {}, editable=False)

    # Building ---------------------------------------------------------------------------

    def _build_top(self) -> QHBoxLayout:
        """The summary, with the documents, exports, rules and commit beside it."""
        self.summary = QLabel()
        self.summary.setObjectName("decisionsSummary")
        self.summary.setWordWrap(True)
        self.rules_button = QPushButton(self.tr("Ranking rules…"))
        self.rules_button.setObjectName("rankingRules")
        self.rules_button.clicked.connect(self.rules_requested)
        self.commit_button = QPushButton(self.tr("Commit decisions…"))
        self.commit_button.setObjectName("commitDecisions")
        self.commit_button.clicked.connect(self.commit_requested)
        self.ranking_export_button = QPushButton(self.tr("Ranking to Excel…"))
        self.ranking_export_button.clicked.connect(lambda: self.export_requested.emit("ranking"))
        self.summary_export_button = QPushButton(self.tr("Score summary to Excel…"))
        self.summary_export_button.clicked.connect(lambda: self.export_requested.emit("summary"))
        self.documents_button = QPushButton(self.tr("Documents…"))
        self.documents_button.setObjectName("documents")
        self.documents_button.setToolTip(
            self.tr("The pilot list, approval letters, score tables and findings, to print")
        )
        self.documents_button.clicked.connect(self.documents_requested)
        self.notice_button = QPushButton(self.tr("Public notice and objections…"))
        self.notice_button.setObjectName("publicNotice")
        self.notice_button.setToolTip(
            self.tr("The 公示 of the proposed list, its term, and the objections to it")
        )
        self.notice_button.clicked.connect(self.notice_requested)
        self.bands_button = QPushButton(self.tr("Outcome bands…"))
        self.bands_button.setObjectName("outcomeBands")
        self.bands_button.clicked.connect(self.bands_requested)
        self.bands_button.setToolTip(
            self.tr(
                "Which final scores pass, go to rectify or fail, and the star grade; they can "
                "change only while the results are unlocked"
            )
        )
        self.reaccept_button = QPushButton(self.tr("Re-acceptance…"))
        self.reaccept_button.setObjectName("reaccept")
        self.reaccept_button.clicked.connect(self.reaccept_requested)
        self.reaccept_button.setToolTip(
            self.tr("Score the pilots sent to rectify again, with the rectification deadline")
        )
        self.feedback_button = QPushButton(self.tr("Feedback letters…"))
        self.feedback_button.setObjectName("feedbackLetters")
        self.feedback_button.setToolTip(
            self.tr("The 反馈意见 to each applicant, drafted from the panel's view, to edit")
        )
        self.feedback_button.clicked.connect(self.feedback_requested)
        self.later_button = QPushButton(self.tr("Later reviews…"))
        self.later_button.setObjectName("laterReviews")
        self.later_button.setToolTip(
            self.tr(
                "Choose the acceptance and mid-term review campaigns of this selection's "
                "pilots, to show their outcomes (read only)"
            )
        )
        self.later_button.clicked.connect(self.later_reviews_requested)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for button in (
            self.later_button,
            self.bands_button,
            self.reaccept_button,
            self.notice_button,
            self.documents_button,
            self.feedback_button,
            self.ranking_export_button,
            self.summary_export_button,
            self.rules_button,
            self.commit_button,
        ):
            top.addWidget(button)
        return top

    def _build_filters(self) -> QHBoxLayout:
        """Which track and which lines to show, and what the colours and marks mean."""
        self.track = QComboBox()
        self.track.setObjectName("decisionTrack")
        self.track.currentIndexChanged.connect(self.on_track_current_index_changed)
        self.show_mode = QComboBox()
        self.show_mode.setObjectName("decisionFilter")
        for mode, text in zip(
            DecisionFilter.MODES,
            (
                self.tr("All lines"),
                self.tr("Within the cut"),
                self.tr("Outside the cut"),
                self.tr("Against the ranking"),
                self.tr("Not yet committed"),
            ),
            strict=True,
        ):
            self.show_mode.addItem(text, mode)
        self.show_mode.currentIndexChanged.connect(self.on_show_mode_current_index_changed)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Track:")))
        filters.addWidget(self.track)
        filters.addWidget(QLabel(self.tr("Show:")))
        filters.addWidget(self.show_mode)
        filters.addStretch(1)
        filters.addWidget(
            QLabel(
                self.tr(
                    "<span style='background:#ffe1cc'>&nbsp;against the ranking&nbsp;</span> "
                    "<span style='color:#7a7a7a'>grey: outside the cut</span> · "
                    "✎ staged · ✓ committed · keys A R D, Delete, Ctrl+Z"
                )
            )
        )
        return filters

    def _build_table(self) -> None:
        """The ranked lines, sorted and filtered, one selected at a time."""
        self.model = DecisionModel(self)
        self.proxy = DecisionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = DecisionTable()
        self.table.setObjectName("decisionTable")
        self.table.key_decided.connect(lambda value: self._request(DecisionOutcome(value)))
        self.table.key_reset.connect(self._request_reset)
        show_rows(self.table, self.proxy)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)

    def _build_side(self) -> QWidget:
        """The evidence behind the selected line and the buttons that decide it."""
        self.evidence = QTextBrowser()
        self.evidence.setObjectName("decisionEvidence")
        self.decide_buttons: dict[DecisionOutcome, QPushButton] = {}
        buttons = QHBoxLayout()
        for outcome, key in (
            (DecisionOutcome.APPROVE, "A"),
            (DecisionOutcome.REJECT, "R"),
            (DecisionOutcome.DEFER, "D"),
        ):
            button = QPushButton(f"{label(outcome)} ({key})")
            button.clicked.connect(lambda _=False, o=outcome: self._request(o))
            buttons.addWidget(button)
            self.decide_buttons[outcome] = button
        self.reset_button = QPushButton(self.tr("Back to the proposal (Del)"))
        self.reset_button.clicked.connect(self._request_reset)
        buttons.addWidget(self.reset_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.evidence, 1)
        side_layout.addLayout(buttons)
        return side

    def _build_pages(self, filters: QHBoxLayout, side: QWidget) -> None:
        """The ranking page, or in its place a word that the results are not locked."""
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([900, 500])

        self.ranking_page = QWidget()
        ranking_layout = QVBoxLayout(self.ranking_page)
        ranking_layout.setContentsMargins(0, 0, 0, 0)
        ranking_layout.addLayout(filters)
        ranking_layout.addWidget(splitter, 1)
        # The Results tab by its own title: the main window's translation, not a copy.
        results_tab = QCoreApplication.translate("MainWindow", "Results")
        self.not_locked = QLabel(
            self.tr(
                "The results are not locked. Decisions are made on locked results only: "
                "lock them on the {page} tab (Ctrl+6) first."
            ).format(page=results_tab)
        )
        self.not_locked.setObjectName("decisionsNotLocked")
        self.not_locked.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.not_locked.setWordWrap(True)
        self.results_button = QPushButton(self.tr("Go to {page}").format(page=results_tab))
        self.results_button.setObjectName("goToResults")
        self.results_button.clicked.connect(self.results_requested)
        self.not_locked_page = QWidget()
        not_locked_layout = QVBoxLayout(self.not_locked_page)
        not_locked_layout.addStretch(1)
        not_locked_layout.addWidget(self.not_locked)
        not_locked_layout.addWidget(self.results_button, 0, Qt.AlignmentFlag.AlignHCenter)
        not_locked_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.not_locked_page)
        self.stack.addWidget(self.ranking_page)

    # Showing ----------------------------------------------------------------------------

    @property
    def sheet(self) -> DecisionSheet | None:
        return self._sheet

    def set_sheet(
        self,
        sheet: DecisionSheet | None,
        notes: list[Note],
        condition_names: dict[str, str],
        *,
        editable: bool,
    ) -> None:
        """Show `sheet` (None: the results are not locked), keeping track and selection."""
        selected = self.selected()
        self._sheet = sheet
        self._notes = notes
        self._condition_names = condition_names
        self._editable = editable
        self.stack.setCurrentWidget(self.not_locked_page if sheet is None else self.ranking_page)
        self.commit_button.setEnabled(sheet is not None and editable)
        self.rules_button.setEnabled(editable)
        self.ranking_export_button.setEnabled(sheet is not None)
        self.summary_export_button.setEnabled(sheet is not None)
        self.documents_button.setEnabled(sheet is not None)
        self.feedback_button.setEnabled(sheet is not None)
        if sheet is None:
            self.summary.setText(self.tr("Ranking and decisions"))
            self.model.set_lines([], ())
            self._show_evidence()
            return
        current = self.track.currentData()
        self.track.blockSignals(True)
        self.track.clear()
        for kind in sheet.tracks:
            self.track.addItem(label(kind), kind)
        self.track.setCurrentIndex(max(self.track.findData(current), 0))
        self.track.blockSignals(False)
        self._show_track()
        if selected is not None:
            self.select(selected.line.application_id)
        to_commit = len(sheet.to_commit())
        staged = sum(1 for line in sheet.lines() if line.staged is not None)
        self.summary.setText(
            self.tr(
                "On the results locked as {fingerprint}: {within} within the cut of {total}; "
                "{staged} staged, {pending} not yet committed."
            ).format(
                fingerprint=sheet.ranking.short_fingerprint,
                within=sum(1 for line in sheet.lines() if line.line.within),
                total=sum(1 for _ in sheet.lines()),
                staged=staged,
                pending=to_commit,
            )
        )

    def _show_track(self) -> None:
        kind = self.current_track()
        lines = list(self._sheet.tracks.get(kind, ())) if self._sheet and kind else []
        codes = sorted({code for line in lines for code in line.line.conditions})
        outcomes = self._outcomes
        pilots = None if outcomes is None else {p.application_id: p for p in outcomes.pilots}
        self.model.set_lines(lines, tuple(codes), pilots)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.reason_column, QHeaderView.ResizeMode.Stretch)
        self._show_evidence()

    def set_outcomes(self, review: bool, outcomes: AcceptanceOutcomes | None) -> None:
        """An acceptance or mid-term review (`review`) shows its bands and re-acceptance
        buttons instead of the selection's tools, and `outcomes` (None before a lock) in
        the table; while a re-acceptance round has the results unlocked, the summary
        says so."""
        self._outcomes = outcomes
        for button in (self.bands_button, self.reaccept_button):
            button.setVisible(review)
        # A selection's tools: its later reviews, the 公示 of the proposed list, the
        # ranking rules (quota, minimum) and the approval decisions. A later review
        # concludes by its outcome bands instead.
        for button in (self.later_button, self.notice_button, self.rules_button):
            button.setVisible(not review)
        self.commit_button.setVisible(not review)
        self.bands_button.setEnabled(self._editable and self._sheet is None)
        self.reaccept_button.setEnabled(
            self._editable and self._sheet is not None and outcomes is not None
        )
        if self._sheet is not None:
            self._show_track()
        waiting = [p for p in outcomes.pilots if p.rectify_by] if outcomes else []
        if self._sheet is None and waiting:
            self.summary.setText(
                self.tr(
                    "Re-acceptance open: {count} pilots to rectify by {date}. Lock the results "
                    "again once their new scores are in."
                ).format(
                    count=len(waiting), date=min(p.rectify_by for p in waiting if p.rectify_by)
                )
            )

    def set_history(self, history: PilotHistory | None) -> None:
        """The later reviews of the selection's pilots, in the 后续评审 column (None: no
        column)."""
        self.model.set_history(history)
        self._show_track()

    def current_track(self) -> TrackKind | None:
        kind = self.track.currentData()  # Qt hands enum data back as a string
        return None if kind is None else TrackKind(kind)

    def select(self, application_id: int) -> bool:
        row = self.model.row_of(application_id)
        return row >= 0 and select_row(self.table, self.proxy, self.model.index(row, 0))

    def selected(self) -> DecisionLine | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        line = indexes[0].data(ROW_ROLE)
        return line if isinstance(line, DecisionLine) else None

    def _show_evidence(self) -> None:
        line = self.selected()
        for button in (*self.decide_buttons.values(), self.reset_button):
            button.setEnabled(line is not None and self._editable)
        if line is None:
            self.evidence.setHtml(
                "<p>"
                + html.escape(self.tr("Select a line to see the evidence behind it."))
                + "</p>"
            )
            return
        self.evidence.setHtml(self._evidence_html(line))

    def _evidence_html(self, line: DecisionLine) -> str:
        esc = html.escape
        words = {
            "decision": esc(self.tr("Decision")),
            "experts": esc(self.tr("Each expert's total")),
            "conditions": esc(self.tr("Conditions (panel figures)")),
            "flags": esc(self.tr("Flags")),
            "notes": esc(self.tr("Discussion notes and dissents")),
        }
        ranked = line.line
        final = "—" if ranked.final is None else f"{ranked.final:.2f}"
        rank = "—" if ranked.rank is None else str(ranked.rank)
        head = self.tr("Rank {rank} · final {final} · {standing}").format(
            rank=rank, final=final, standing=standing_text(line)
        )
        experts = self._experts_html(ranked)
        conditions = "".join(
            f"<tr><td>{esc(code)} {esc(self._condition_names.get(code, ''))}</td>"
            f"<td align='right'>{value:.2f}</td></tr>"
            for code, value in sorted(ranked.conditions.items())
        )
        flags = self._flags_html(ranked)
        notes = "".join(
            f"<li>{esc(n.expert_code + '：' if n.expert_code else '')}{esc(n.text)}"
            f" <i>({esc(n.author)}, {n.written_at:%Y-%m-%d %H:%M})</i></li>"
            for n in self._notes
            if n.application_id == ranked.application_id
        )
        history = self._history(line)
        against = (
            "<p style='color:#b00020'><b>"
            + esc(self.tr("This decision goes against the ranking."))
            + "</b></p>"
            if line.against_ranking
            else ""
        )
        return (
            f"<h3>{esc(ranked.applicant)}</h3><p>{esc(head)}</p>{against}"
            f"<h4>{words['decision']}</h4>"
            f"<ul>{''.join(f'<li>{esc(h)}</li>' for h in history)}</ul>"
            f"<h4>{words['experts']}</h4>"
            f"<table cellspacing='0' cellpadding='3'>{experts or '<tr><td>—</td></tr>'}</table>"
            f"<h4>{words['conditions']}</h4>"
            f"<table cellspacing='0' cellpadding='3'>{conditions}</table>"
            f"<h4>{words['flags']}</h4><ul>{flags or '<li>—</li>'}</ul>"
            f"<h4>{words['notes']}</h4>"
            f"<ul>{notes or '<li>—</li>'}</ul>"
            f"{self._later_html(line)}"
        )

    def _later_html(self, line: DecisionLine) -> str:
        """The later reviews of the pilot (后续评审), when the selection names any."""
        history = self.model.history
        reviews = () if history is None else history.of(line.line.application_id)
        if not reviews:
            return ""
        items = "".join(f"<li>{html.escape(review_text(review))}</li>" for review in reviews)
        heading = html.escape(self.tr("Later reviews"))
        return f"<h4>{heading}</h4><ul>{items}</ul>"

    def _experts_html(self, ranked: RankedLine) -> str:
        """Each expert's total as table rows, struck through where the method dropped it."""
        esc = html.escape
        kept, dropped = esc(self.tr("kept")), esc(self.tr("dropped"))
        return "".join(
            (
                f"<tr><td>{esc(figure.code)}</td><td align='right'>{figure.total:.2f}</td>"
                f"<td>{kept}</td></tr>"
                if figure.kept
                else f"<tr style='color:#7a7a7a'><td>{esc(figure.code)}</td>"
                f"<td align='right'><s>{figure.total:.2f}</s></td>"
                f"<td>{dropped}</td></tr>"
            )
            for figure in ranked.experts
        )

    def _flags_html(self, ranked: RankedLine) -> str:
        """The line's flags as list items, the criteria the experts disagree on last."""
        esc = html.escape
        flags = "".join(
            f"<li>{esc(flag_text(flag))}</li>" for flag in ranked.flags if not flag.criterion
        )
        disagreed = sorted({flag.criterion for flag in ranked.flags if flag.criterion})
        if disagreed:
            flags += (
                "<li>"
                + esc(self.tr("Criteria the experts disagree on: {list}")).format(
                    list=esc("、".join(disagreed))
                )
                + "</li>"
            )
        return flags

    def _history(self, line: DecisionLine) -> list[str]:
        """The proposal, then the committed and the staged decision with who and why."""
        ranked = line.line
        history = [
            self.tr("Proposal: {outcome}").format(outcome=label(ranked.proposal)),
        ]
        if line.committed is not None:
            committed = self.tr("Committed: {outcome} by {by} on {at}").format(
                outcome=label(line.committed.outcome),
                by=line.committed.by,
                at=f"{line.committed.at:%Y-%m-%d %H:%M}",
            )
            if not line.committed_current:
                committed += " " + self.tr("(on results locked earlier)")
            history.append(
                committed + (f" — {line.committed.reason}" if line.committed.reason else "")
            )
        if line.staged is not None:
            history.append(
                self.tr("Staged: {outcome} by {by}").format(
                    outcome=label(line.staged.outcome), by=line.staged.by
                )
                + (" " + self.tr("(on results locked earlier)") if line.stale else "")
                + (f" — {line.staged.reason}" if line.staged.reason else "")
            )
        return history

    # Requests ---------------------------------------------------------------------------

    def _request(self, outcome: DecisionOutcome) -> None:
        line = self.selected()
        if line is not None and self._editable:
            self.decide_requested.emit(line.line.application_id, outcome.value)

    def _request_reset(self) -> None:
        line = self.selected()
        if line is not None and self._editable:
            self.reset_requested.emit(line.line.application_id)

    # Slots ------------------------------------------------------------------------------

    def on_track_current_index_changed(self, _index: int) -> None:
        self._show_track()

    def on_show_mode_current_index_changed(self, _index: int) -> None:
        self.proxy.set_mode(self.show_mode.currentData())
        self._show_evidence()

    def on_table_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_evidence()
