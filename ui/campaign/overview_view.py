"""The campaign overview: where the review stands and what needs attention."""

from __future__ import annotations

from reviewer.campaign.overview import CampaignOverview
from reviewer.i18n import counted
from reviewer.labels import label
from reviewer.panel.expert_rows import ExpertRow
from reviewer.vocabulary import ApplicationStatus
from ui.widgets.qt import (
    QFont,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

# Qt's flags here by their names, set as properties: the first use of Qt's namespace
# makes all its hundred enums, 30 ms of the campaign's first screen (bench/startup.py).
_CENTRED = "AlignCenter"


def _big(text: str) -> QLabel:
    widget = QLabel(text)
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * 2.2)
    font.setWeight(QFont.Weight.DemiBold)
    widget.setFont(font)
    return widget


def _clear(grid: QGridLayout) -> None:
    while grid.count():
        item = grid.takeAt(0)
        if item is not None and (widget := item.widget()) is not None:
            widget.deleteLater()
    for row in range(grid.rowCount()):
        grid.setRowStretch(row, 0)


class OverviewView(QWidget):
    """Read-only summary of the open campaign; `show_overview` fills it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self.title = QLabel()
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setWeight(QFont.Weight.Bold)
        self.title.setFont(title_font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.applications_box = QGroupBox(self.tr("Applications"))
        self.applications_grid = QGridLayout(self.applications_box)
        self.applications_total = _big("0")

        self.panel_box = QGroupBox(self.tr("Expert panel"))
        panel_layout = QVBoxLayout(self.panel_box)
        self.experts_total = _big("0")
        self.panel_detail = QLabel()
        panel_layout.addWidget(self.experts_total)
        panel_layout.addWidget(self.panel_detail)
        panel_layout.addStretch()

        self.scoring_box = QGroupBox(self.tr("Scoring"))
        scoring_layout = QVBoxLayout(self.scoring_box)
        self.scoring_label = QLabel()
        self.scoring_bar = QProgressBar()
        self.scoring_bar.setTextVisible(True)
        self.scoring_detail = QLabel()
        scoring_layout.addWidget(self.scoring_label)
        scoring_layout.addWidget(self.scoring_bar)
        scoring_layout.addWidget(self.scoring_detail)
        scoring_layout.addStretch()

        self.experts_box = QGroupBox(self.tr("Scoring by expert"))
        self.experts_grid = QGridLayout()
        experts_inner = QWidget()
        experts_inner.setLayout(self.experts_grid)
        experts_scroll = QScrollArea()
        experts_scroll.setWidget(experts_inner)
        experts_scroll.setWidgetResizable(True)
        experts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        QVBoxLayout(self.experts_box).addWidget(experts_scroll)

        self.attention_box = QGroupBox(self.tr("Needs attention"))
        attention_layout = QVBoxLayout(self.attention_box)
        self.attention = QListWidget()
        self.attention.setFrameShape(QFrame.Shape.NoFrame)
        self.attention.setWordWrap(True)
        attention_layout.addWidget(self.attention)

        cards = QHBoxLayout()
        cards.addWidget(self.applications_box, 3)
        cards.addWidget(self.panel_box, 1)
        cards.addWidget(self.scoring_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(cards)
        bottom = QHBoxLayout()
        bottom.addWidget(self.attention_box, 3)
        bottom.addWidget(self.experts_box, 2)
        layout.addLayout(bottom, 1)

    def show_overview(self, view: CampaignOverview, experts: list[ExpertRow]) -> None:
        self.title.setText(view.title)
        deadline = view.submission_deadline.isoformat() if view.submission_deadline else "—"
        parts = [
            self.tr("Review type: {kind}").format(kind=label(view.kind)),
            view.issuing_authority,
            view.call_reference,
            self.tr("Deadline: {date}").format(date=deadline),
            self.tr("Pilot period: {months} months").format(months=view.pilot_period_months),
            self.tr("Aggregation: {method}").format(method=label(view.aggregation_method)),
        ]
        self.subtitle.setText("　·　".join(p for p in parts if p))
        self._fill_applications(view)
        self.experts_total.setText(str(view.experts))
        self.panel_detail.setText(
            counted(self.tr("{n} {n:conflict|conflicts} of interest recorded"), n=view.conflicts)
        )
        progress = view.progress
        self.scoring_label.setText(
            self.tr("Round {round}: {done} of {total} assignments scored").format(
                round=view.current_round, done=progress.done, total=progress.total
            )
        )
        self.scoring_bar.setRange(0, max(progress.total, 1))
        self.scoring_bar.setValue(progress.done)
        self.scoring_detail.setText(
            self.tr("{done} of {total} experts finished; {scores} scores entered").format(
                done=progress.experts_done, total=progress.experts_total, scores=view.scores
            )
        )
        self.attention.clear()
        style = self.style()
        warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        information = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        for note in view.attention:
            self.attention.addItem(QListWidgetItem(warning, note))
        if not view.attention:
            self.attention.addItem(
                QListWidgetItem(information, self.tr("Nothing needs attention."))
            )
        self._fill_experts(experts)

    def _fill_experts(self, experts: list[ExpertRow]) -> None:
        _clear(self.experts_grid)
        for row, expert in enumerate(experts):
            name = QLabel(f"{expert.code}　{expert.name}")
            name.setToolTip(expert.affiliation)
            bar = QProgressBar()
            bar.setRange(0, max(expert.assigned, 1))
            bar.setValue(expert.done)
            bar.setFormat(f"{expert.done} / {expert.assigned}")
            self.experts_grid.addWidget(name, row, 0)
            self.experts_grid.addWidget(bar, row, 1)
        self.experts_grid.setRowStretch(len(experts), 1)

    def _fill_applications(self, view: CampaignOverview) -> None:
        grid = self.applications_grid
        _clear(grid)
        self.applications_total = _big(str(view.applications))
        grid.addWidget(self.applications_total, 0, 0, 1, 2)
        statuses = [s for s in ApplicationStatus if any(t.by_status[s] for t in view.tracks)]
        for column, status in enumerate(statuses, start=1):
            header = QLabel(label(status))
            header.setProperty("alignment", _CENTRED)
            grid.addWidget(header, 1, column)
        for row, track in enumerate(view.tracks, start=2):
            grid.addWidget(QLabel(f"{label(track.kind)}（{track.applications}）"), row, 0)
            for column, status in enumerate(statuses, start=1):
                count = QLabel(str(track.by_status[status]))
                count.setProperty("alignment", _CENTRED)
                grid.addWidget(count, row, column)
        grid.setRowStretch(len(view.tracks) + 2, 1)
