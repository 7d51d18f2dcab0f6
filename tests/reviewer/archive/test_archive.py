"""The archive (政府采购法 §42): what it holds, and verifying it finds every change."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from reviewer.archive.making import Archive, archiving
from reviewer.archive.manifest import MANIFEST, README, retain_until
from reviewer.archive.verifying import (
    CHANGED,
    EXTRA,
    FINGERPRINT,
    MISSING,
    UNRECORDED,
    Verification,
    verifying,
)
from reviewer.progress import finish
from reviewer.results.reconcile import fingerprint
from reviewer.store.output_records import RecordedOutput, record_outputs, recorded_outputs
from reviewer.store.outputs import OutputExists, OutputIsOpenCampaign
from reviewer.store.storage import open_campaign
from tests.reviewer.archive.conftest import Reviewed

WHEN = datetime(2014, 10, 10, 9, 30, tzinfo=UTC)


def _archive(campaign: Path, out: Path, **options: object) -> Archive:
    with open_campaign(campaign, read_only=True) as store:
        made: Archive = finish(archiving(store, out, now=WHEN, **options))  # type: ignore[arg-type]
    return made


def _verify(path: Path) -> Verification:
    checked: Verification = finish(verifying(path))
    return checked


def _rewritten(source: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    """A copy of the archive with members replaced (bytes), dropped (None) or added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            if info.filename in change:
                content = change.pop(info.filename)
                if content is not None:
                    new.writestr(info, content)
            else:
                new.writestr(info, old.read(info))
        for name, content in change.items():
            if content is not None:
                new.writestr(name, content)
    return target


@pytest.fixture(scope="module")
def archived(reviewed: Reviewed, tmp_path_factory: pytest.TempPathFactory) -> Archive:
    return _archive(reviewed.campaign, tmp_path_factory.mktemp("archive") / "归档.zip")


def test_the_archive_holds_the_campaign_documents_returned_files_audit_log_and_manifest(
    reviewed: Reviewed, archived: Archive
) -> None:
    with zipfile.ZipFile(archived.path) as zf:
        names = zf.namelist()
        manifest = json.loads(zf.read(MANIFEST))
        readme = zf.read(README).decode("utf-8")
        returned = zf.read("returned/E07/E07-1.json")
        stamps = {info.date_time for info in zf.infolist()}
        members = {name: zf.read(name) for name in names}
    documents = sorted(p.name for p in reviewed.documents.iterdir())
    assert sorted(n.removeprefix("documents/") for n in names if n.startswith("documents/")) == (
        documents
    )
    assert "campaign/demo.review" in names and "audit/审计日志.xlsx" in names
    assert returned == reviewed.returned.read_bytes()  # as handed in, byte for byte
    for entry in manifest["files"]:  # every member but the manifest, hashed
        assert hashlib.sha256(members[entry["path"]]).hexdigest() == entry["sha256"]
    assert {e["path"] for e in manifest["files"]} == set(names) - {MANIFEST}
    assert stamps == {(2014, 7, 1, 0, 0, 0)}  # fixed, as Reviewer's workbooks
    with open_campaign(reviewed.campaign, read_only=True) as store, store.reading() as session:
        from reviewer.store.result_lock import active_lock

        lock = active_lock(session)
        assert lock is not None
        assert manifest["lock"]["fingerprint"] == lock.fingerprint == archived.fingerprint
    assert manifest["reviewer_version"] and manifest["archive_date"] == "2014-10-10"
    assert manifest["retain_until"] == "2029-10-10" == archived.retain_until
    assert manifest["missing"] == [] and archived.missing == ()
    assert "第四十二条" in readme and "2029-10-10" in readme and archived.fingerprint in readme


def test_retention_is_fifteen_years_and_a_leap_day_keeps_to_the_28th() -> None:
    assert retain_until(date(2014, 10, 10)) == date(2029, 10, 10)
    assert retain_until(date(2016, 2, 29)) == date(2031, 2, 28)


def test_the_same_campaign_archived_twice_gives_the_same_bytes(
    reviewed: Reviewed, archived: Archive, tmp_path: Path
) -> None:
    again = _archive(reviewed.campaign, tmp_path / "again.zip")
    assert again.path.read_bytes() == archived.path.read_bytes()


def test_an_archive_as_written_verifies(archived: Archive) -> None:
    checked = _verify(archived.path)
    assert checked.ok and checked.checked == len(archived.entries)


def test_one_byte_of_one_document_changed_is_named(archived: Archive, tmp_path: Path) -> None:
    name = "documents/评审意见.pdf"
    with zipfile.ZipFile(archived.path) as zf:
        content = bytearray(zf.read(name))
    content[2000] ^= 1
    checked = _verify(_rewritten(archived.path, tmp_path / "t.zip", {name: bytes(content)}))
    assert [(p.path, p.problem) for p in checked.problems] == [(name, CHANGED)]
    assert "评审意见.pdf" in checked.problems[0].text()


def test_missing_and_extra_members_are_named(archived: Archive, tmp_path: Path) -> None:
    gone = "audit/审计日志.xlsx"
    tampered = _rewritten(
        archived.path, tmp_path / "t.zip", {gone: None, "documents/补充.pdf": b"%PDF-1.4"}
    )
    problems = {(p.path, p.problem) for p in _verify(tampered).problems}
    assert problems == {(gone, MISSING), ("documents/补充.pdf", EXTRA)}


def _forged_campaign(archived: Archive, folder: Path, *, change_fingerprint: bool) -> bytes:
    """The archived campaign with one locked total raised, as a forger would."""
    copy = folder / "forged.review"
    with zipfile.ZipFile(archived.path) as zf:
        copy.write_bytes(zf.read("campaign/demo.review"))
    with sqlite3.connect(copy) as db:
        (results,) = db.execute(
            "SELECT results FROM result_lock WHERE unlocked_at IS NULL"
        ).fetchone()
        locked = json.loads(results)
        first = locked["applications"][0]
        first["final_score"] = "99.99"
        digest = fingerprint(locked) if change_fingerprint else None
        db.execute(
            "UPDATE result_lock SET results = ?, fingerprint = coalesce(?, fingerprint)",
            (json.dumps(locked, ensure_ascii=False), digest),
        )
    db.close()
    return copy.read_bytes()


def test_a_campaign_changed_inside_is_named_even_with_the_manifest_rehashed(
    archived: Archive, tmp_path: Path
) -> None:
    forged = _forged_campaign(archived, tmp_path, change_fingerprint=False)
    plain = _rewritten(archived.path, tmp_path / "plain.zip", {"campaign/demo.review": forged})
    problems = {(p.path, p.problem) for p in _verify(plain).problems}
    assert problems == {("campaign/demo.review", CHANGED), ("campaign/demo.review", FINGERPRINT)}
    # A forger who also rehashes the manifest and the lock's own fingerprint is still caught:
    # the manifest's fingerprint is that of the results as locked.
    forged = _forged_campaign(archived, tmp_path, change_fingerprint=True)
    with zipfile.ZipFile(archived.path) as zf:
        manifest = json.loads(zf.read(MANIFEST))
    for entry in manifest["files"]:
        if entry["path"] == "campaign/demo.review":
            entry["sha256"], entry["size"] = hashlib.sha256(forged).hexdigest(), len(forged)
    rehashed = _rewritten(
        archived.path,
        tmp_path / "rehashed.zip",
        {"campaign/demo.review": forged, MANIFEST: json.dumps(manifest).encode()},
    )
    problems = {(p.path, p.problem) for p in _verify(rehashed).problems}
    assert problems == {("campaign/demo.review", FINGERPRINT)}


def test_documents_gone_or_changed_since_written_are_left_out_and_named(
    demo_file: Path, tmp_path: Path
) -> None:
    kept, gone, changed = (tmp_path / n for n in ("kept.pdf", "gone.pdf", "changed.pdf"))
    for path in (kept, gone, changed):
        path.write_bytes(b"%PDF " + path.name.encode())
    with open_campaign(demo_file) as store:
        record_outputs(
            store,
            [
                RecordedOutput("opinions", p.name, p, hashlib.sha256(p.read_bytes()).hexdigest(), 9)
                for p in (kept, gone, changed)
            ],
        )
        assert [r.name for r in recorded_outputs(store)] == ["kept.pdf", "gone.pdf", "changed.pdf"]
    gone.unlink()
    changed.write_bytes(b"%PDF altered")
    made = _archive(demo_file, tmp_path / "a.zip")
    assert [(m.name, m.reason) for m in made.missing] == [
        ("gone.pdf", "missing"),
        ("changed.pdf", "changed"),
    ]
    with zipfile.ZipFile(made.path) as zf:
        assert [n for n in zf.namelist() if n.startswith("documents/")] == ["documents/kept.pdf"]
        assert "gone.pdf" in zf.read(README).decode("utf-8")
        assert len(json.loads(zf.read(MANIFEST))["missing"]) == 2
    assert made.fingerprint == "" and _verify(made.path).ok  # not locked: nothing to recompute


def test_the_archive_never_replaces_the_campaign_or_a_file_unasked(
    demo_file: Path, tmp_path: Path
) -> None:
    with pytest.raises(OutputIsOpenCampaign):
        _archive(demo_file, demo_file)
    existing = tmp_path / "old.zip"
    existing.write_bytes(b"keep")
    with pytest.raises(OutputExists):
        _archive(demo_file, existing)
    assert existing.read_bytes() == b"keep"


def test_a_cancelled_archive_leaves_no_file(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "cancelled.zip"
    with open_campaign(demo_file, read_only=True) as store:
        job = archiving(store, out, now=WHEN)
        next(job)
        next(job)
        job.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.review"]


def test_a_document_replaced_with_its_manifest_line_is_named_by_the_campaigns_record(
    archived: Archive, tmp_path: Path
) -> None:
    name = "documents/评分汇总表.pdf"
    forged = b"%PDF-1.4 a summary with other totals"
    with zipfile.ZipFile(archived.path) as zf:
        manifest = json.loads(zf.read(MANIFEST))
    for entry in manifest["files"]:
        if entry["path"] == name:
            entry["sha256"], entry["size"] = hashlib.sha256(forged).hexdigest(), len(forged)
    tampered = _rewritten(
        archived.path,
        tmp_path / "t.zip",
        {name: forged, MANIFEST: json.dumps(manifest, ensure_ascii=False).encode()},
    )
    checked = _verify(tampered)
    assert [(p.path, p.problem) for p in checked.problems] == [(name, UNRECORDED)]
    assert "recorded" in checked.problems[0].text()
