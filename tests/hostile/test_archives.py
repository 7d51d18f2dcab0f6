"""Archives handed back for verifying, as an attacker makes them: names that climb out of
the folder (zip slip), links, a huge member, a manifest naming a path outside, a FIFO,
a zip declaring absurdly many members. Each is refused with a message, and nothing is
written anywhere: verifying extracts nothing but the campaign, under a name of its own."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import zipfile
from pathlib import Path

import pytest

from reviewer.archive import verifying as verifying_module
from reviewer.archive.manifest import MANIFEST, ArchiveRefused
from reviewer.archive.verifying import verifying
from reviewer.cli.main import EXIT_REJECTED, main
from reviewer.inputs.files import NotAFile
from reviewer.progress import finish


def _archive(path: Path, members: dict[str, bytes], listed: list[str] | None = None) -> Path:
    """A zip of `members` with a manifest of `listed` (default: every member)."""
    names = list(members) if listed is None else listed
    files = [
        {
            "path": name,
            "sha256": hashlib.sha256(members.get(name, b"")).hexdigest(),
            "size": len(members.get(name, b"")),
            "kind": "document",
        }
        for name in names
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in members.items():
            zf.writestr(name, content)
        zf.writestr(MANIFEST, json.dumps({"files": files, "lock": None}))
    return path


def _refused(path: Path) -> str:
    with pytest.raises(ArchiveRefused) as refused:
        finish(verifying(path))
    return refused.value.message()


def test_a_plain_archive_of_documents_verifies(tmp_path: Path) -> None:
    ok = _archive(tmp_path / "ok.zip", {"documents/a.pdf": b"%PDF"})
    assert finish(verifying(ok)).ok


@pytest.mark.parametrize(
    "name",
    ["../evil.txt", "documents/../../evil.txt", "/tmp/evil.txt", "..\\evil.txt", "C:evil.txt"],
)
def test_a_member_named_outside_its_folder_refuses_the_archive_and_writes_nothing(
    tmp_path: Path, name: str
) -> None:
    folder = tmp_path / "inside"
    folder.mkdir()
    hostile = _archive(folder / "slip.zip", {"documents/a.pdf": b"%PDF", name: b"owned"})
    assert repr(name) in _refused(hostile)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["inside", "slip.zip"]
    assert not Path("/tmp/evil.txt").exists()


def test_a_manifest_naming_a_path_outside_refuses_the_archive(tmp_path: Path) -> None:
    hostile = _archive(tmp_path / "m.zip", {"documents/a.pdf": b"%PDF"}, ["../../etc/passwd"])
    assert "../../etc/passwd" in _refused(hostile)


def test_a_link_member_refuses_the_archive(tmp_path: Path) -> None:
    path = _archive(tmp_path / "link.zip", {"documents/a.pdf": b"%PDF"})
    with zipfile.ZipFile(path, "a") as zf:
        link = zipfile.ZipInfo("documents/passwd")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, "/etc/passwd")
    assert "documents/passwd" in _refused(path)


def test_a_second_member_of_the_same_name_refuses_the_archive(tmp_path: Path) -> None:
    path = _archive(tmp_path / "twice.zip", {"documents/a.pdf": b"%PDF"})
    with (
        pytest.warns(UserWarning, match="Duplicate name"),
        zipfile.ZipFile(path, "a") as zf,
    ):
        zf.writestr("documents/a.pdf", b"%PDF forged")
    assert "documents/a.pdf" in _refused(path)


def test_a_huge_member_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(verifying_module, "MEMBER_LIMIT", 1 << 20)
    bomb = _archive(tmp_path / "bomb.zip", {"documents/a.pdf": bytes(2 << 20)})
    assert (tmp_path / "bomb.zip").stat().st_size < 20_000  # 2 MB of zeros, packed tight
    assert "documents/a.pdf" in _refused(bomb)


def test_too_many_members_are_refused_before_zipfile_reads_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(verifying_module, "MAX_MEMBERS", 3)
    many = _archive(tmp_path / "many.zip", {f"documents/{n}.pdf": b"" for n in range(5)})
    assert "6" in _refused(many)


def test_a_manifest_that_is_not_json_and_a_file_that_is_no_zip_are_refused(
    tmp_path: Path,
) -> None:
    broken = tmp_path / "broken.zip"
    with zipfile.ZipFile(broken, "w") as zf:
        zf.writestr(MANIFEST, b"{not json")
    assert MANIFEST in _refused(broken)
    text = tmp_path / "not.zip"
    text.write_text("hello")
    _refused(text)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_given_as_an_archive_is_refused_without_being_opened(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.zip"
    os.mkfifo(pipe)
    with pytest.raises(NotAFile):
        finish(verifying(pipe))
    assert main(["verify", str(pipe)]) == EXIT_REJECTED
