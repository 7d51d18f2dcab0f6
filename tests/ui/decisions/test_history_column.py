"""The selection's 后续评审 on its Decisions tab: the later-review files chosen (and
remembered per selection campaign), a column with each approved pilot's latest outcome
and every review in its tip, a foreign file named with the reason; and Help ▸ Open the
Demo Acceptance Review."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from reviewer.decisions.later_reviews import kind_of
from reviewer.decisions.pilot_history import selection_uid
from reviewer.store.storage import open_campaign
from tests.later_history import Reviews, history_files
from tests.ui.decisions.test_outcomes_view import _page
from ui.decisions.view import DecisionsView
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.settings import Settings, demo_acceptance_paths
from ui.widgets.qt import QFileDialog, QMessageBox, Qt


@pytest.fixture(scope="module")
def files(
    demo_acceptance_master: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> Reviews:
    return history_files(demo_acceptance_master, tmp_path_factory.mktemp("history-ui"))


def _row(view: DecisionsView, applicant: str) -> int:
    return next(
        r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 1).data() == applicant
    )


def test_later_reviews_chosen_shown_remembered_and_a_foreign_file_refused(
    qtbot: Any,
    window: MainWindow,
    files: Reviews,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.resize(1366, 768)
    view = _page(qtbot, window, files.selection)
    assert not view.later_button.isHidden()
    assert view.model.later_column == -1  # none named yet: no column
    assert view.model.headerData(3, Qt.Orientation.Horizontal) == "C1"
    chosen = [str(files.under_review), str(files.locked), str(files.foreign)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: (chosen, ""))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    view.later_button.click()
    assert len(warned) == 1 and "other.review" in warned[0]
    column = view.model.later_column
    assert column == 3  # beside the final, seen at 1366 wide
    assert view.model.headerData(column, Qt.Orientation.Horizontal) == "Later reviews"
    xian = view.proxy.index(_row(view, "西安市"), column)
    assert xian.data() == "Acceptance review Pass"
    tip = str(xian.data(Qt.ItemDataRole.ToolTipRole))
    assert "under review" in tip and "Pass" in tip and "2014年陕西省智慧城市试点验收" in tip
    assert view.proxy.index(_row(view, "咸阳市"), column).data() == ""  # not approved
    view.table.selectRow(_row(view, "西安市"))
    assert "Later reviews" in view.evidence.toPlainText()
    with open_campaign(files.selection, read_only=True) as store:
        uid = selection_uid(store)
    assert Settings().later_reviews(uid) == [Path(name) for name in chosen]

    install_language("zh_CN")
    window.refresh()
    view = _page(qtbot, window, files.selection)
    assert view.model.headerData(column, Qt.Orientation.Horizontal) == "后续评审"
    assert view.proxy.index(_row(view, "西安市"), column).data() == "验收 通过"
    install_language("en")


def test_help_opens_the_demo_acceptance_review(
    qtbot: Any, window: MainWindow, demo_acceptance_master: tuple[Path, Path]
) -> None:
    path, selection = demo_acceptance_paths()
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_acceptance_master[0], path)  # written already: opened as it is
    window.demo_acceptance_action.trigger()
    store = window.store
    assert store is not None and store.path == path
    assert kind_of(store).value == "acceptance"
    assert not selection.exists()
