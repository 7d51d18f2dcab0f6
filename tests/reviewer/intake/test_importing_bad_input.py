"""Bad packages as real files: each gets a message naming the file (and the sheet, cell or
field), and a refused package leaves the campaign exactly as it was."""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from models import Applicant, Application, AuditEvent, Blob, Material
from reviewer.campaign.setup import CampaignSettings, new_campaign
from reviewer.intake.application_form import filled_form
from reviewer.intake.importing import Outcome
from reviewer.store.storage import CampaignStore
from reviewer.vocabulary import ApplicationStatus, TrackKind
from tests.reviewer.intake.test_importing import PDF, answers, package, run


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CampaignStore]:
    settings = CampaignSettings(title="测试评审", submission_deadline=date(2014, 7, 20))
    opened = new_campaign(tmp_path / "c.review", settings)
    with opened.writing() as session:
        session.add(Applicant(code="xian", kind=TrackKind.CITY, name="西安市"))
    yield opened
    opened.close()


def snapshot(store: CampaignStore) -> tuple[object, ...]:
    """Everything intake could change: rows and the stored files' hashes."""
    with store.reading() as session:
        return (
            sorted(session.scalars(select(Applicant.name))),
            sorted(
                (a.id, a.status, a.package_fingerprint)
                for a in session.scalars(select(Application))
            ),
            sorted((m.id, m.sha256, m.superseded_at) for m in session.scalars(select(Material))),
            sorted(session.scalars(select(Blob.sha256))),
            len(session.scalars(select(AuditEvent)).all()),
        )


def refused(store: CampaignStore, path: Path, *, register: bool = False, **options: object) -> str:
    """Import `path`, check it was refused and changed nothing; return the message."""
    before = snapshot(store)
    (report,) = run(store, path, register=register, **options)  # type: ignore[arg-type]
    assert report.outcome is Outcome.REJECTED, report
    assert snapshot(store) == before
    return "\n".join(report.problems)


def test_a_truncated_form_is_named(store: CampaignStore, tmp_path: Path) -> None:
    folder = tmp_path / "未知单位"
    folder.mkdir()
    (folder / "申报书.xlsx").write_bytes(filled_form(answers("未知单位"))[:3000])
    (folder / "实施方案.pdf").write_bytes(PDF)
    message = refused(store, folder)
    assert "申报书.xlsx cannot be read as an Excel workbook" in message


def test_a_workbook_that_is_not_our_template_is_named(store: CampaignStore, tmp_path: Path) -> None:
    folder = tmp_path / "未知单位"
    folder.mkdir()
    workbook = Workbook()
    workbook.active["A1"] = "申报单位"  # type: ignore[index]
    workbook.save(folder / "自制申报表.xlsx")
    (folder / "实施方案.pdf").write_bytes(PDF)
    message = refused(store, folder)
    assert "自制申报表.xlsx is not the application form Reviewer produced" in message


def test_an_unknown_applicant_is_refused_unless_registering(
    store: CampaignStore, tmp_path: Path
) -> None:
    folder = package(tmp_path / "咸阳", answers("咸阳市"))
    assert "“咸阳市”, which is not an applicant of this campaign" in refused(store, folder)
    (report,) = run(store, folder, register=True)
    assert report.outcome is Outcome.IMPORTED and report.new_applicant


def test_empty_fields_wrong_types_and_formulas_are_named_by_cell(
    store: CampaignStore, tmp_path: Path
) -> None:
    folder = package(tmp_path / "西安", answers("西安市"))
    form = folder / "申报书.xlsx"
    workbook = load_workbook(form)
    sheet = workbook["申报书"]
    cells = {
        str(k): str(v) for k, v in workbook["_reviewer"].iter_rows(max_col=2, values_only=True)
    }
    sheet[cells["contact"]] = None
    sheet[cells["budget_wan"]] = "三千万"
    sheet[cells["open_data_plan"]] = "=Sheet2!A1"
    sheet[cells["phone"]] = "='[其他单位.xlsx]Sheet1'!A1"
    workbook.save(form)
    (report,) = run(store, folder)
    assert report.status is ApplicationStatus.INCOMPLETE  # handed in, so kept and flagged
    problems = "\n".join(report.problems)
    assert f"cell {cells['contact']} (联系人): this required field is empty" in problems
    assert f"cell {cells['budget_wan']} (总投资（万元）): “三千万” is not a number" in problems
    assert f"cell {cells['open_data_plan']}" in problems and "holds a formula" in problems
    assert f"cell {cells['phone']} (联系电话): the cell holds a formula" in problems


def _zip(path: Path, members: dict[str, bytes], *, links: tuple[str, ...] = ()) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
        for name in links:
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, "/etc/passwd")
    return path


def test_zip_entries_that_escape_or_link_are_passed_over(
    store: CampaignStore, tmp_path: Path
) -> None:
    archive = _zip(
        tmp_path / "西安市.zip",
        {
            "申报书.xlsx": filled_form(answers("西安市")),
            "实施方案.pdf": PDF,
            "领导小组成立文件.pdf": PDF + b"%lg\n",
            "../../outside.pdf": PDF,
            "/etc/cron.d/evil": b"x",
            "C:/Windows/evil.pdf": PDF,
        },
        links=("link-to-passwd",),
    )
    (report,) = run(store, archive)
    assert report.outcome is Outcome.IMPORTED and report.status is ApplicationStatus.COMPLETE
    assert {f.name for f in report.files} == {"申报书.xlsx", "实施方案.pdf", "领导小组成立文件.pdf"}
    assert "link-to-passwd" in report.skipped and len(report.skipped) == 4
    assert not (tmp_path.parent / "outside.pdf").exists()


def test_an_encrypted_zip_is_refused(store: CampaignStore, tmp_path: Path) -> None:
    archive = _zip(tmp_path / "西安市.zip", {"申报书.xlsx": filled_form(answers("西安市"))})
    data = bytearray(archive.read_bytes())
    for header in (b"PK\x03\x04", b"PK\x01\x02"):  # set the encryption flag on the member
        at = data.find(header)
        flag_at = at + (6 if header == b"PK\x03\x04" else 8)
        data[flag_at] |= 0x01
    archive.write_bytes(bytes(data))
    assert "protected by a password" in refused(store, archive)


def test_a_zip_bomb_is_refused_before_it_is_read(store: CampaignStore, tmp_path: Path) -> None:
    archive = _zip(tmp_path / "西安市.zip", {"实施方案.pdf": PDF + bytes(40 << 20)})
    assert archive.stat().st_size < 1 << 20
    assert "would expand to" in refused(store, archive)


def test_content_that_does_not_match_its_extension_is_named(
    store: CampaignStore, tmp_path: Path
) -> None:
    folder = package(tmp_path / "西安", answers("西安市"), plan=b"this is not a pdf at all\n")
    (report,) = run(store, folder)
    assert report.status is ApplicationStatus.INCOMPLETE
    assert any("the name says PDF, but the content is not" in p for p in report.problems)
    assert report.reasons == ["Incomplete: The implementation plan is missing in electronic form."]


def test_a_huge_plan_is_refused_without_being_read(store: CampaignStore, tmp_path: Path) -> None:
    folder = package(tmp_path / "西安", answers("西安市"))
    huge = folder / "智慧城市试点实施方案.pdf"
    with huge.open("r+b") as handle:  # a sparse 1 GB file: big on paper, instant to make
        handle.truncate(1 << 30)
    message = refused(store, folder)
    assert "智慧城市试点实施方案.pdf is 1024 MB" in message


def test_an_empty_folder_is_reported(store: CampaignStore, tmp_path: Path) -> None:
    empty = tmp_path / "空文件夹"
    empty.mkdir()
    assert "No application package was found" in refused(store, empty)


def test_two_packages_for_one_applicant_in_a_batch(store: CampaignStore, tmp_path: Path) -> None:
    batch = tmp_path / "收件"
    package(batch / "西安市-第一版", answers("西安市"))
    package(batch / "西安市-第二版", answers("西安市"), plan=PDF + b"% v2\n")
    first, second = run(store, batch)
    assert first.outcome is Outcome.IMPORTED
    assert second.outcome is Outcome.REJECTED
    assert "two packages for 西安市" in second.problems[-1]
    with store.reading() as session:
        application = session.scalars(select(Application)).one()
        assert application.package_source.endswith("西安市-第一版")


def test_a_file_that_fails_mid_import_leaves_no_trace(
    store: CampaignStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first file is stored, then the USB stick is pulled: the package is refused
    whole and nothing of it stays in the campaign."""
    import reviewer.intake.importing

    calls: list[str] = []
    real_store_blob = reviewer.intake.importing.store_blob

    def failing_store_blob(session: object, opener: object) -> tuple[str, int]:
        calls.append("store")
        if len(calls) == 2:
            raise OSError(5, "Input/output error")
        return real_store_blob(session, opener)  # type: ignore[arg-type]

    monkeypatch.setattr(reviewer.intake.importing, "store_blob", failing_store_blob)
    message = refused(store, package(tmp_path / "西安", answers("西安市")))
    assert "could not be read (the disk could not be read or written)" in message
    assert "Input/output error" not in message  # the system's English, never
    assert len(calls) == 2
