"""The rubric library: shipped templates made by their definitions, each a usable rubric
with its source, and a secretariat's folder read as any outside input."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest

from reviewer.resources import read_json, resource_path
from reviewer.rubrics.catalog import current_rubrics
from reviewer.rubrics.library import (
    LIBRARY,
    LibraryFolderUnreadable,
    TemplateUnknown,
    built_in_entries,
    find_template,
    folder_templates,
    list_templates,
    template_workbook,
)
from reviewer.rubrics.versions import ExistingScores, replace_rubric
from reviewer.rubrics.workbook import MAX_RUBRIC_BYTES, rubric_workbook
from reviewer.store.storage import open_campaign
from reviewer.vocabulary import TrackKind


@pytest.mark.parametrize("entry", built_in_entries(), ids=lambda entry: entry["key"])
def test_each_shipped_workbook_is_what_its_definition_makes(entry: dict[str, str]) -> None:
    shipped = resource_path(f"{LIBRARY}/{entry['file']}").read_bytes()
    assert shipped == template_workbook(entry), "run python3 dev.py library"


def test_the_library_lists_at_least_four_sourced_templates_each_a_rubric() -> None:
    templates = list_templates()
    assert len(templates) >= 4
    keys = {t.key for t in templates}
    assert {"call-city", "call-department", "mohurd-2012", "ndrc-2016", "acceptance-call"} <= keys
    for template, entry in zip(templates, built_in_entries(), strict=True):
        assert template.usable, template.problems
        assert template.source and template.date and template.kinds and template.notes
        # The workbook reads back as the definition it was made from.
        assert template.definition == read_json(entry["definition"])
    assert "acceptance" in find_template(templates, "acceptance-call").kinds


def test_the_2016_evaluation_keeps_its_published_first_level_weights() -> None:
    definition = find_template(list_templates(), "ndrc-2016").definition
    assert definition is not None
    weights = {
        c["name"]: sum(Decimal(k["max_points"]) for k in c["criteria"])
        for c in definition["conditions"]
    }
    assert weights == {
        "惠民服务": 37,
        "精准治理": 9,
        "生态宜居": 8,
        "智能设施": 7,
        "信息资源": 7,
        "网络安全": 8,
        "改革创新": 4,
        "市民体验": 20,
    }
    assert definition["total_points"] == "100"


def test_every_template_becomes_a_tracks_rubric(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        for template in list_templates():
            for track in TrackKind:
                replace_rubric(store, template.for_track(track), ExistingScores.SCORE_AGAIN)
                view = next(v for v in current_rubrics(store) if v.track is track)
                assert template.definition is not None
                assert view.title == template.definition["title"]
                assert view.total_points == Decimal(template.definition["total_points"])


def test_an_unknown_key_is_refused() -> None:
    with pytest.raises(TemplateUnknown):
        find_template(list_templates(), "no-such-template")


def test_a_hostile_folder_is_refused_file_by_file(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    good = rubric_workbook(read_json("rubrics/department.json"))
    (folder / "good.xlsx").write_bytes(good)
    (tmp_path / "outside.xlsx").write_bytes(good)
    (folder / "link.xlsx").symlink_to(tmp_path / "outside.xlsx")
    os.mkfifo(folder / "pipe.xlsx")
    with (folder / "huge.xlsx").open("wb") as huge:
        huge.truncate(MAX_RUBRIC_BYTES + 1)  # sparse: no disk used
    (folder / "notes.xlsx").write_text("not a workbook", encoding="utf-8")
    (folder / "sub.xlsx").mkdir()
    (folder / "~$good.xlsx").write_bytes(b"excel lock file")
    (folder / "readme.txt").write_text("ignored", encoding="utf-8")
    templates = {t.key: t for t in folder_templates(folder)}
    refused_names = ("link.xlsx", "pipe.xlsx", "huge.xlsx", "notes.xlsx", "sub.xlsx")
    assert set(templates) == {"good.xlsx", *refused_names}
    assert templates["good.xlsx"].usable
    assert templates["good.xlsx"].tracks == (TrackKind.DEPARTMENT,)
    for name in refused_names:
        refused = templates[name]
        assert not refused.usable and refused.problems, name
        assert name in " ".join(refused.problems)
    assert "link" in templates["link.xlsx"].problems[0]
    assert "FIFO" in templates["pipe.xlsx"].problems[0]
    assert "larger than" in templates["huge.xlsx"].problems[0]


def test_a_missing_folder_is_said_in_words(tmp_path: Path) -> None:
    with pytest.raises(LibraryFolderUnreadable) as raised:
        list_templates(tmp_path / "nowhere")
    assert "nowhere" in raised.value.message()
