"""The applications table model and its proxy, tested without a view."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from reviewer.intake.applications import ApplicationRow, MaterialInfo, list_applications
from reviewer.store.storage import open_campaign
from reviewer.vocabulary import ApplicationStatus, MaterialKind, TrackKind
from ui.i18n import install_language
from ui.intake.applications_model import (
    ROW_ROLE,
    ApplicationsFilterProxy,
    ApplicationsTableModel,
)
from ui.widgets.qt import QLocale, QPersistentModelIndex, Qt


def _row(applicant: str, **changes: Any) -> ApplicationRow:
    values: dict[str, Any] = dict(
        id=abs(hash(applicant)) % 10_000,
        applicant=applicant,
        applicant_kind=TrackKind.CITY,
        region=applicant,
        track=TrackKind.CITY,
        title=f"{applicant}智慧城市区域试点实施方案",
        pilot_domains=("智慧城管",),
        districts=("甲区", "乙县"),
        submitted_on=date(2014, 7, 10),
        status=ApplicationStatus.COMPLETE,
        reasons=(),
        checklist=(),
        materials=(MaterialInfo(1, MaterialKind.PLAN, "plan.pdf", 1000, "application/pdf"),),
        experts_assigned=7,
        experts_done=3,
        budget_wan=1000,
    )
    values.update(changes)
    return ApplicationRow(**values)


@pytest.fixture
def demo_rows(demo_file: Path) -> list[ApplicationRow]:
    with open_campaign(demo_file, read_only=True) as store:
        return list_applications(store)


def test_the_model_passes_qts_model_checks(
    qtmodeltester: Any, demo_rows: list[ApplicationRow]
) -> None:
    model = ApplicationsTableModel()
    model.set_rows(demo_rows)
    qtmodeltester.check(model)
    proxy = ApplicationsFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_rows_columns_headers_and_roles(demo_rows: list[ApplicationRow]) -> None:
    install_language("en")  # an earlier test may have left Chinese installed
    model = ApplicationsTableModel()
    model.set_rows(demo_rows)
    assert model.rowCount() == 17
    assert model.columnCount() == 8
    header = model.headerData(ApplicationsTableModel.APPLICANT, Qt.Orientation.Horizontal)
    assert header == "Applicant"
    first = model.index(0, ApplicationsTableModel.APPLICANT)
    assert first.data() == "西安市"
    assert isinstance(first.data(ROW_ROLE), ApplicationRow)
    late = next(i for i, r in enumerate(demo_rows) if r.status is ApplicationStatus.LATE)
    status = model.index(late, ApplicationsTableModel.STATUS)
    assert status.data() == "Late"
    assert "deadline" in status.data(Qt.ItemDataRole.ToolTipRole)


def test_search_matches_applicant_domain_district_and_status_words() -> None:
    model = ApplicationsTableModel()
    model.set_rows(
        [
            _row("西安市", pilot_domains=("城市一卡通",), districts=("碑林区", "雁塔区")),
            _row("榆林市", pilot_domains=("智慧城管",), districts=("榆阳区", "神木县")),
            _row("商洛市", status=ApplicationStatus.LATE),
        ]
    )
    proxy = ApplicationsFilterProxy()
    proxy.setSourceModel(model)

    def shown() -> list[str]:
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    proxy.set_search_text("一卡通")
    assert shown() == ["西安市"]
    proxy.set_search_text("神木")
    assert shown() == ["榆林市"]
    proxy.set_search_text("late")
    assert shown() == ["商洛市"]
    proxy.set_search_text("  ")
    assert len(shown()) == 3
    proxy.set_status(ApplicationStatus.COMPLETE)
    assert shown() == ["西安市", "榆林市"]
    proxy.set_track(TrackKind.DEPARTMENT)
    assert shown() == []


def test_sorting_uses_values_not_text() -> None:
    model = ApplicationsTableModel()
    model.set_rows(
        [
            _row("甲", experts_done=10, experts_assigned=10, submitted_on=date(2014, 7, 9)),
            _row("乙", experts_done=2, experts_assigned=10, submitted_on=date(2014, 7, 20)),
            _row("丙", experts_done=9, experts_assigned=10, submitted_on=date(2014, 7, 11)),
        ]
    )
    proxy = ApplicationsFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(ApplicationsTableModel.SCORING, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["乙", "丙", "甲"]
    proxy.sort(ApplicationsTableModel.SUBMITTED, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["乙", "丙", "甲"]


def test_sorting_collates_text_as_the_language_does_and_holds_on_new_rows() -> None:
    model = ApplicationsTableModel()
    proxy = ApplicationsFilterProxy()
    proxy.setSourceModel(model)
    rows = [_row("乙"), _row("甲"), _row("丙")]
    model.set_rows(rows)
    previous = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    try:
        proxy.sort(ApplicationsTableModel.APPLICANT, Qt.SortOrder.AscendingOrder)
        assert [proxy.index(r, 0).data() for r in range(3)] == ["丙", "甲", "乙"]  # pinyin
        model.set_rows([*rows, _row("安")])
        assert [proxy.index(r, 0).data() for r in range(4)] == ["安", "丙", "甲", "乙"]
    finally:
        QLocale.setDefault(previous)
    proxy.sort(-1)
    assert [proxy.index(r, 0).data() for r in range(4)] == ["乙", "甲", "丙", "安"]


def test_a_sort_keeps_indexes_on_their_rows() -> None:
    model = ApplicationsTableModel()
    proxy = ApplicationsFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows([_row("甲", experts_done=5), _row("乙", experts_done=1)])
    held = QPersistentModelIndex(proxy.index(0, ApplicationsTableModel.STATUS))
    proxy.sort(ApplicationsTableModel.SCORING, Qt.SortOrder.AscendingOrder)
    assert (held.row(), held.column()) == (1, ApplicationsTableModel.STATUS)
    assert held.data(ROW_ROLE).applicant == "甲"


def test_a_search_typed_key_by_key_shows_what_a_fresh_search_would() -> None:
    """Each keystroke that lengthens the search looks only among the rows shown; one
    that shortens it, or rows set again under it, looks among all rows again."""
    model = ApplicationsTableModel()
    rows = [_row("西安市"), _row("西宁市"), _row("安康市"), _row("宝鸡市", region="西安")]
    model.set_rows(rows)
    proxy = ApplicationsFilterProxy()
    proxy.setSourceModel(model)

    def shown() -> list[str]:
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    for typed, expected in [
        ("西", ["西安市", "西宁市", "宝鸡市"]),
        ("西安", ["西安市", "宝鸡市"]),
        ("西安 宝", ["宝鸡市"]),
        ("西安", ["西安市", "宝鸡市"]),
        ("安", ["西安市", "安康市", "宝鸡市"]),
    ]:
        proxy.set_search_text(typed)
        assert shown() == expected, typed
    proxy.sort(ApplicationsTableModel.APPLICANT, Qt.SortOrder.DescendingOrder)
    assert set(shown()) == {"宝鸡市", "安康市", "西安市"}
    model.set_rows([*rows, _row("延安市")])
    assert "延安市" in shown()
    proxy.set_search_text("安康")
    assert shown() == ["安康市"]
