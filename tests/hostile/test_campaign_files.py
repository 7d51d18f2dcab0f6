"""Campaign and kit files named or made oddly: special files, names that are not UTF-8,
and a kit whose file cannot be written."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import AuditEvent, Kit
from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, main
from reviewer.errors import CampaignFileExists
from reviewer.inputs.files import NotAFile
from reviewer.scoring.kits import export_kit
from reviewer.store.storage import open_campaign
from tests.hostile.hang import within


def test_a_fifo_named_as_a_campaign_is_refused_without_waiting_for_a_writer(
    tmp_path: Path,
) -> None:
    fifo = tmp_path / "pipe.review"
    os.mkfifo(fifo)
    for read_only in (False, True):
        with pytest.raises(NotAFile, match="FIFO"):
            within(10, lambda read_only=read_only: open_campaign(fifo, read_only=read_only))


def test_a_device_named_as_a_campaign_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert within(10, lambda: main(["info", "/dev/zero"])) == EXIT_REJECTED
    assert "/dev/zero" in capsys.readouterr().err


def test_a_campaign_whose_name_is_not_utf8_opens_for_every_verb(
    demo_master: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`info` called it damaged while other verbs opened it."""
    name = os.fsdecode(b"\xb2\xe2\xca\xd4.review")  # 测试 in GBK, from a Windows stick
    campaign = tmp_path / name
    shutil.copyfile(demo_master, campaign)
    assert main(["info", str(campaign), "--json"]) == EXIT_OK
    assert main(["reconcile", str(campaign), "--json"]) == EXIT_OK
    assert main(["assign", str(campaign)]) == EXIT_OK
    kit = tmp_path / os.fsdecode(b"\xff-E06.review")
    assert main(["kit", str(campaign), "--expert", "E06", "--out", str(kit)]) == EXIT_OK
    assert main(["info", str(kit)]) == EXIT_OK
    capsys.readouterr()


def test_a_kit_that_cannot_be_written_is_not_recorded(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The kit was recorded in the campaign and the audit log before its file was
    written, so a failed write left a kit that did not exist."""
    out = tmp_path / ("专家评分包" * 30 + ".review")  # 450 bytes: more than a name may hold
    argv = ["kit", str(demo_file), "--expert", "E06", "--out", str(out)]
    assert main(argv) == EXIT_REJECTED
    assert "Traceback" not in capsys.readouterr().err
    with open_campaign(demo_file, read_only=True) as store, store.reading() as session:
        assert session.scalar(select(func.count(Kit.id))) == 0
        issued = select(func.count(AuditEvent.id)).where(AuditEvent.action == "kit.issue")
        assert session.scalar(issued) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.review"]


def test_a_kit_is_not_written_through_a_link(demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.txt"
    link = tmp_path / "E06.review"
    link.symlink_to(target)  # dangling: the kit would create the file it points at
    with open_campaign(demo_file) as store, pytest.raises(CampaignFileExists) as refused:
        export_kit(store, "E06", link)
    assert "E06.review" in str(refused.value)
    assert not target.exists()


def test_an_earlier_kit_is_replaced_only_with_force_and_never_the_campaign(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kit = tmp_path / "E06.review"
    argv = ["kit", str(demo_file), "--expert", "E06", "--out", str(kit)]
    assert main(argv) == EXIT_OK
    first = kit.read_bytes()
    assert main(argv) == EXIT_REJECTED
    assert kit.read_bytes() == first
    assert main([*argv, "--force"]) == EXIT_OK
    assert kit.read_bytes() != first  # a new kit, with its own secret
    onto_campaign = ["kit", str(demo_file), "--expert", "E06", "--out", str(demo_file), "--force"]
    assert main(onto_campaign) == EXIT_REJECTED
    capsys.readouterr()
    with open_campaign(demo_file, read_only=True) as store, store.reading() as session:
        assert session.scalar(select(func.count(Kit.id))) == 2
