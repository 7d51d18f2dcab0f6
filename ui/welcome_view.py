"""What the window shows when no campaign is open: the ways to get one."""

from __future__ import annotations

from pathlib import Path

from ui.widgets.qt import (
    QFont,
    QHBoxLayout,
    QIcon,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSize,
    QStyle,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

PATH_ROLE = Qt.ItemDataRole.UserRole


class WelcomeView(QWidget):
    """Signals: new_requested(), open_requested(), demo_requested(), recent_chosen(Path)."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("Reviewer"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.4)
        font.setWeight(QFont.Weight.Bold)
        title.setFont(font)
        subtitle = QLabel(
            self.tr("Expert review of smart-city pilot applications. No campaign is open.")
        )
        style = self.style()
        pixmap = QStyle.StandardPixmap
        self.new_button = self._button(
            self.tr("New Campaign…"), style.standardIcon(pixmap.SP_FileIcon)
        )
        self.open_button = self._button(
            self.tr("Open a Campaign…"), style.standardIcon(pixmap.SP_DialogOpenButton)
        )
        self.demo_button = self._button(
            self.tr("Open the Demo Campaign"), style.standardIcon(pixmap.SP_FileDialogInfoView)
        )
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)

        self.recent_label = QLabel(self.tr("Recent campaigns"))
        self.recent = QListWidget()
        self.recent.setObjectName("recentCampaigns")
        self.recent.setIconSize(QSize(24, 24))
        self.recent.itemActivated.connect(self.on_recent_item_activated)

        buttons = QVBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch()
        recent = QVBoxLayout()
        recent.addWidget(self.recent_label)
        recent.addWidget(self.recent)
        columns = QHBoxLayout()
        columns.addLayout(buttons, 1)
        columns.addSpacing(24)
        columns.addLayout(recent, 2)
        box = QVBoxLayout()
        box.addWidget(title)
        box.addWidget(subtitle)
        box.addSpacing(18)
        box.addLayout(columns)
        content = QWidget()
        content.setLayout(box)
        content.setMaximumWidth(900)
        content.setMaximumHeight(520)
        outer = QHBoxLayout(self)
        outer.addWidget(content, 0, Qt.AlignmentFlag.AlignCenter)

    def _button(self, text: str, icon: QIcon) -> QPushButton:
        button = QPushButton(icon, text)
        button.setIconSize(QSize(24, 24))
        button.setMinimumSize(260, 44)
        button.setStyleSheet("text-align: left; padding-left: 12px;")
        return button

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for path in paths:
            item = QListWidgetItem(icon, f"{path.name}\n{path.parent}")
            item.setData(PATH_ROLE, path)
            item.setToolTip(str(path))
            if not path.exists():
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent.setVisible(bool(paths))

    def on_recent_item_activated(self, item: QListWidgetItem) -> None:
        self.recent_chosen.emit(item.data(PATH_ROLE))
