"""A whole set-up from the command line alone, as a script without Python would do it:
new → experts → applicants --import → import → status → conflicts → rules → info --json,
each result checked in the campaign file itself."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from models import Application, AuditEvent, Expert, ExpertTie, PendingTie, Track
from models.enums import ApplicationStatus, TieRelation, TrackKind
from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from reviewer.store.storage import CampaignStore, open_campaign

# Two of the demo's packages, and a third applicant the expert list names before any
# applicant is registered.
APPLICANTS = [
    ["西安市", "城市", "西安市"],
    ["铜川市", "城市", "铜川市"],
    ["商洛市", "城市", "商洛市"],
]


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's packages of 西安市 and 铜川市, written once for the module."""
    from reviewer.demo.campaign import write_packages

    folder = tmp_path_factory.mktemp("packages")
    for _progress in write_packages(folder / "all"):
        pass
    for name in ("西安市", "铜川市"):
        shutil.move(folder / "all" / name, folder / name)
    shutil.rmtree(folder / "all")
    return folder


def _run(capsys: pytest.CaptureFixture[str], *argv: str, code: int = EXIT_OK) -> str:
    assert main(list(argv)) == code, capsys.readouterr()
    return capsys.readouterr().out


def _applicant_list(path: Path, rows: list[list[str]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "申报单位名单"
    sheet.append(["申报单位★", "类别★", "所属地区"])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def _expert_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "专家名单.xlsx"
    _run(capsys, "template", str(path), "--panel")
    workbook = load_workbook(path)
    for row in (
        ["E01", "张维民", "西安交通大学", "教授", "电子政务", "是", "商洛市:任职"],
        ["E02", "李红", "陕西省信息化研究院", "研究员", "信息安全", "否", None],
    ):
        workbook["专家名单"].append(row)
    workbook.save(path)
    return path


@pytest.fixture
def campaign(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "2026年智慧城市试点.review"


def _store(path: Path) -> CampaignStore:
    return open_campaign(path, read_only=True)


def test_a_whole_set_up_from_the_command_line_alone(
    campaign: Path, packages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    c = str(campaign)
    _run(capsys, "new", c, "--title", "智慧城市试点评审", "--authority", "陕西省工业和信息化厅",
         "--deadline", "2026-07-20")  # fmt: skip
    # The pool is listed before the applicants: E01's tie to 商洛市 is kept pending.
    experts = json.loads(_run(capsys, "experts", c, str(_expert_list(tmp_path, capsys)), "--json"))
    assert experts["pending_ties"] == [
        {"expert": "E01", "applicant": "商洛市", "relation": "employment"}
    ]
    pending = json.loads(_run(capsys, "conflicts", c, "--json"))["pending_ties"]
    assert [(t["expert"], t["applicant"]) for t in pending] == [("E01", "商洛市")]

    listed = _applicant_list(tmp_path / "申报单位.xlsx", APPLICANTS)
    registered = json.loads(_run(capsys, "applicants", c, "--import", str(listed), "--json"))
    assert registered["import"]["added"] == ["西安市", "铜川市", "商洛市"]
    assert registered["import"]["ties_resolved"] == 1
    first = registered["applicants"][0]
    assert (first["name"], first["track"], first["region"]) == ("西安市", "city", "西安市")
    _run(capsys, "import", c, str(packages / "西安市"), str(packages / "铜川市"))

    _run(capsys, "status", c, "--application", "铜川", "--set", "ineligible",
         "--reason", "未按要求选定两个区县")  # fmt: skip
    _run(capsys, "conflicts", c, "--expert", "E02", "--applicant", "西安市",
         "--reason", "近三年曾在西安市大数据局任职", "--relation", "employment")  # fmt: skip
    _run(capsys, "rules", c, "--track", "city", "--quota", "2", "--min-final", "60",
         "--tie-break", "C1,C3")  # fmt: skip
    info = json.loads(_run(capsys, "info", c, "--json"))
    assert [e["code"] for e in info["expert_list"]] == ["E01", "E02"]
    assert info["applications"] == 2 and info["experts"] == 2  # the keys as before

    with _store(campaign) as store, store.reading() as session:
        ties = {
            (e.code, t.relation): t.note
            for e in session.scalars(select(Expert))
            for t in session.scalars(select(ExpertTie).where(ExpertTie.expert_id == e.id))
        }
        assert ties == {
            ("E01", TieRelation.EMPLOYMENT): "",
            ("E02", TieRelation.EMPLOYMENT): "近三年曾在西安市大数据局任职",
        }
        assert session.scalars(select(PendingTie)).all() == []
        statuses = {a.applicant.name: a.status for a in session.scalars(select(Application))}
        assert statuses["铜川市"] is ApplicationStatus.INELIGIBLE
        city = session.scalars(select(Track).where(Track.kind == TrackKind.CITY)).one()
        assert (city.quota, city.min_final, city.tie_break) == (2, 60, ["C1", "C3"])
        actions = set(session.scalars(select(AuditEvent.action)))
    assert {"application.status", "expert.tie_resolved", "ranking.rules"} <= actions


def test_new_from_an_earlier_campaign_carries_its_experts_rubrics_and_rules(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    later = tmp_path / "next.review"
    out = _run(capsys, "new", str(later), "--title", "下一批", "--authority", "省工信厅",
               "--deadline", "2027-07-20", "--from-campaign", str(demo_file), "--json")  # fmt: skip
    carried = json.loads(out)["carried"]
    assert len(carried["experts"]) == 8 and carried["rubrics"] == ["city", "department"]
    with _store(later) as store, store.reading() as session:
        assert session.scalars(select(Application)).all() == []
        pending = session.scalars(select(PendingTie)).all()
    assert len(pending) == carried["pending_ties"] > 0  # the demo's ties wait for applicants
    # Never over an existing file: a campaign, or anything else.
    assert main(["new", str(later), "--title", "x", "--authority", "y",
                 "--deadline", "2027-07-20"]) == EXIT_REJECTED  # fmt: skip
    assert "already exists" in capsys.readouterr().err


def test_a_bad_applicant_list_names_the_cell_and_registers_nothing(
    campaign: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "new", str(campaign), "--title", "t", "--authority", "a",
         "--deadline", "2026-07-20")  # fmt: skip
    bad = _applicant_list(
        tmp_path / "bad.xlsx", [["西安市", "城市"], ["宝鸡市", "乡镇"], ["", "部门"]]
    )
    assert main(["applicants", str(campaign), "--import", str(bad)]) == EXIT_REJECTED
    out, err = capsys.readouterr()
    assert out == ""  # no list that would read as registered
    assert err.startswith(f"{bad}: 2 problems; no applicant was registered."), err
    assert "bad.xlsx" in err and "申报单位名单" in err and "B3" in err and "A4" in err
    assert json.loads(_run(capsys, "applicants", str(campaign), "--json")) == []


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["status", "C", "--application", "1", "--set", "in", "--reason", "r"], "incomplete"),
        (["status", "C", "--application", "1", "--set", "done", "--reason", "r"], "ineligible"),
        (["rules", "C", "--quota", "2"], "--track"),
        (["conflicts", "C", "--expert", "E01"], "--applicant"),
    ],
)
def test_an_unknown_or_ambiguous_value_is_a_usage_error_naming_the_choices(
    campaign: Path, capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    _run(capsys, "new", str(campaign), "--title", "t", "--authority", "a",
         "--deadline", "2026-07-20")  # fmt: skip
    argv = [str(campaign) if arg == "C" else arg for arg in argv]
    assert main(argv) == EXIT_USAGE
    assert said in capsys.readouterr().err


def test_new_refuses_a_link_where_the_campaign_would_go_even_a_link_to_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A link in the way is a file there: replacing it would lose what the user put."""
    link = tmp_path / "新批次.review"
    link.symlink_to(tmp_path / "nowhere" / "x.review")
    _run(capsys, "new", str(link), "--title", "t", "--authority", "a",
         "--deadline", "2026-07-20", code=EXIT_REJECTED)  # fmt: skip
    assert link.is_symlink() and sorted(p.name for p in tmp_path.iterdir()) == ["新批次.review"]
