"""Inputs that are not files, as an attacker (or a tired user) hands them in: a FIFO, a
device, a folder, a link to a private file, a file far too large or nested too deep.

Each is refused by name (or, in a package folder, passed over and named) without
hanging and without reading more than it must, and leaves the campaign as it was.
`bounded` fails a test that hangs (a generous guard, not a timing) and measures the
peak of Python's allocations, which must stay far under the 300 MB a refusal may take;
`bench/hostile.py` times the same inputs through the `reviewer` command.
"""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from types import FrameType

import pytest
from sqlalchemy import select

from bench.hostile import deep_json, empty_objects, fifo, package_with_link
from models import Blob, Material
from reviewer.campaign.setup import CampaignSettings, new_campaign
from reviewer.cli import main as cli
from reviewer.intake.importing import Outcome
from reviewer.scoring.returns.importing import ScoreOutcome, import_score_files
from reviewer.scoring.returns.read_ahead import POOL_FROM
from reviewer.scoring.score_file_format import MAX_SCORE_FILE_BYTES
from reviewer.store.storage import CampaignStore, open_campaign
from tests.reviewer.intake.test_importing import PDF, answers, package, run

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")

# Far under the 300 MB a refusal may take: the refusals here read next to nothing.
PEAK_BYTES = 100 << 20
# A hang, not a timing: each refusal here takes well under a second.
HANG_GUARD_S = 30


class Hung(Exception):
    pass


def _hung(_signal: int, _frame: FrameType | None) -> None:
    raise Hung(f"still running after {HANG_GUARD_S} s")


@contextmanager
def bounded(peak_bytes: int = PEAK_BYTES) -> Iterator[None]:
    """Run the block under a hang guard (SIGALRM interrupts even a blocked open of a
    FIFO), and fail it if Python's allocations peak at `peak_bytes` or more."""
    guarded = hasattr(signal, "SIGALRM")
    if guarded:
        previous = signal.signal(signal.SIGALRM, _hung)
        signal.alarm(HANG_GUARD_S)
    tracemalloc.start()
    try:
        yield
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        if guarded:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
    assert peak < peak_bytes, f"peak {peak >> 20} MB"


def campaign_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the campaign file, read without opening it for writing:
    what "nothing changed" means."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        return {
            table: sorted(map(tuple, connection.execute(f'SELECT * FROM "{table}"')), key=repr)
            for table in tables
        }
    finally:
        connection.close()


@contextmanager
def unchanged(path: Path) -> Iterator[None]:
    before = campaign_rows(path)
    yield
    assert campaign_rows(path) == before


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CampaignStore]:
    settings = CampaignSettings(title="测试评审", submission_deadline=date(2014, 7, 20))
    opened = new_campaign(tmp_path / "c.review", settings)
    yield opened
    opened.close()


# ------------------------------------------------------------------ package folders


@posix_only
def test_a_link_to_a_private_file_in_a_package_folder_is_passed_over_and_named(
    store: CampaignStore, tmp_path: Path
) -> None:
    private = tmp_path / "elsewhere" / "工资表.pdf"
    private.parent.mkdir()
    private.write_bytes(PDF + b"% private: salaries of the secretariat\n")
    source = package(tmp_path / "source" / "西安市", answers("西安市"))
    folder = package_with_link(source, tmp_path / "收件" / "西安市", private)
    with bounded():
        (report,) = run(store, folder)
    assert report.outcome is Outcome.IMPORTED, report
    assert {"附件.pdf", "说明.pdf"} <= set(report.skipped)  # the link and the FIFO, named
    assert "附件.pdf" not in {f.name for f in report.files}
    secret = hashlib.sha256(private.read_bytes()).hexdigest()
    with store.reading() as session:
        assert secret not in set(session.scalars(select(Blob.sha256)))
        assert secret not in set(session.scalars(select(Material.sha256)))


@posix_only
def test_a_linked_folder_inside_a_package_is_not_followed(
    store: CampaignStore, tmp_path: Path
) -> None:
    private = tmp_path / "home" / "documents"
    private.mkdir(parents=True)
    (private / "合同.pdf").write_bytes(PDF + b"% private\n")
    folder = package(tmp_path / "西安市", answers("西安市"))
    (folder / "更多材料").symlink_to(private, target_is_directory=True)
    with bounded():
        (report,) = run(store, folder)
    assert report.outcome is Outcome.IMPORTED, report
    assert "更多材料" in report.skipped
    assert not any("合同" in f.name for f in report.files)


@posix_only
def test_a_fifo_in_a_package_folder_is_passed_over_without_being_opened(
    store: CampaignStore, tmp_path: Path
) -> None:
    folder = package(tmp_path / "西安市", answers("西安市"))
    fifo(folder / "实施方案(补充).pdf")  # a writer never comes: opening it would block
    with bounded():
        (report,) = run(store, folder)
    assert report.outcome is Outcome.IMPORTED, report
    assert "实施方案(补充).pdf" in report.skipped


@posix_only
def test_special_files_in_a_folder_of_packages_are_named_and_the_others_taken_in(
    store: CampaignStore, tmp_path: Path
) -> None:
    batch = tmp_path / "收件"
    package(batch / "西安市", answers("西安市"))
    fifo(batch / "宝鸡市.zip")
    (batch / "咸阳市").symlink_to(package(tmp_path / "别处" / "咸阳市", answers("咸阳市")))
    with bounded():
        reports = {r.label: r for r in run(store, batch)}
    assert reports["西安市"].outcome is Outcome.IMPORTED
    for label, kind in (("宝鸡市.zip", "named pipe (FIFO)"), ("咸阳市", "is a link")):
        assert reports[label].outcome is Outcome.REJECTED
        (problem,) = reports[label].problems
        assert str(batch / label) in problem and kind in problem


@posix_only
def test_a_fifo_given_as_a_package_is_refused_by_name(store: CampaignStore, tmp_path: Path) -> None:
    path = fifo(tmp_path / "西安市.zip")
    with unchanged(store.path), bounded():  # type: ignore[arg-type]
        (report,) = run(store, path)
    assert report.outcome is Outcome.REJECTED
    (problem,) = report.problems
    assert f"{path} is a named pipe (FIFO), not an ordinary file" in problem


def test_a_package_zip_declaring_too_many_entries_is_refused_unopened(
    store: CampaignStore, tmp_path: Path
) -> None:
    import zipfile

    from reviewer.intake.package_files import MAX_ENTRIES

    path = tmp_path / "西安市.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(MAX_ENTRIES + 1):
            archive.writestr(f"{number}.pdf", b"")
    with unchanged(store.path), bounded():  # type: ignore[arg-type]
        (report,) = run(store, path)
    assert report.outcome is Outcome.REJECTED
    assert f"{path} holds 10,001 entries, far more than any package" in report.problems[0]


# ------------------------------------------------------------------ score files


def refused_score_file(campaign: Path, path: Path) -> str:
    """Take `path` in as a score file; check it was refused and changed nothing."""
    with unchanged(campaign), open_campaign(campaign) as store, bounded():
        (report,) = import_score_files(store, [path])
    assert report.outcome is ScoreOutcome.REJECTED, report
    return report.message


@posix_only
def test_a_fifo_given_as_a_score_file_is_refused_by_name(demo_file: Path, tmp_path: Path) -> None:
    path = fifo(tmp_path / "E01.json")
    message = refused_score_file(demo_file, path)
    assert message.startswith(f"{path} is a named pipe (FIFO), not an ordinary file")
    assert "Choose the score file itself." in message


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_dev_zero_given_as_a_score_file_is_refused_by_name(demo_file: Path) -> None:
    message = refused_score_file(demo_file, Path("/dev/zero"))
    assert message.startswith("/dev/zero is a device, not an ordinary file")


def test_a_folder_given_as_a_score_file_is_refused_by_name(demo_file: Path, tmp_path: Path) -> None:
    message = refused_score_file(demo_file, tmp_path)
    assert message.startswith(f"{tmp_path} is a folder, not an ordinary file")


def test_a_score_file_nested_100000_deep_is_refused_as_malformed(
    demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "E01.json"
    path.write_bytes(deep_json(100_000))
    message = refused_score_file(demo_file, path)
    assert message == "E01.json is refused: it is not a Reviewer score file."


def test_a_score_file_nested_deep_within_json_s_own_limit_is_refused(
    demo_file: Path, tmp_path: Path
) -> None:
    """1,000 levels: orjson reads them, and Python's json recursed past its limit on
    the way (the fallback parser, and the signature's canonical form)."""
    for nested in (
        b'{"format": "reviewer.score-file", "scores": [], "signature": "x", "x": '
        + b"[" * 1_000
        + b"]" * 1_000
        + b"}",
        b"[" * 1_000 + b'"\\ud800"' + b"]" * 1_000,
    ):  # orjson refuses it: json reads
        path = tmp_path / "E01.json"
        path.write_bytes(nested)
        assert "is refused: it is not a Reviewer score file." in refused_score_file(demo_file, path)


def test_a_score_file_over_the_size_limit_is_refused_unread(
    demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "E01.json"
    with path.open("wb") as sparse:  # no disk space taken: a hole
        sparse.truncate(MAX_SCORE_FILE_BYTES + 1)
    message = refused_score_file(demo_file, path)
    assert message == (
        f"{path} is 4 MB, larger than any score file (4 MB at most), so it was not read. "
        "Check that you chose the right file."
    )


def test_a_score_file_of_empty_objects_at_the_size_limit_is_refused_within_bounds(
    demo_file: Path, tmp_path: Path
) -> None:
    """The costliest JSON there is per byte, as large as the limit allows: a 64-byte
    dict for every 3 bytes, some 90 MB parsed, then refused."""
    path = tmp_path / "E01.json"
    path.write_bytes(empty_objects(MAX_SCORE_FILE_BYTES))
    with unchanged(demo_file), open_campaign(demo_file) as store, bounded(250 << 20):
        (report,) = import_score_files(store, [path])
    assert report.message == "E01.json is refused: it is not a Reviewer score file."


@posix_only
def test_a_fifo_in_a_batch_read_by_the_worker_process_is_refused_by_name(
    demo_file: Path, tmp_path: Path
) -> None:
    """A batch large enough to be read ahead in a worker process: the worker, too, opens
    files without blocking."""
    paths = []
    for number in range(POOL_FROM):
        path = tmp_path / f"{number:02d}.json"
        path.write_bytes(b"{}")
        paths.append(path)
    paths[7] = fifo(tmp_path / "07-fifo.json")
    with unchanged(demo_file), open_campaign(demo_file) as store, bounded():
        reports = import_score_files(store, paths)
    assert [r.outcome for r in reports] == [ScoreOutcome.REJECTED] * POOL_FROM
    assert reports[7].message.startswith(f"{paths[7]} is a named pipe (FIFO)")


def test_a_score_file_chosen_through_a_link_is_read(demo_file: Path, tmp_path: Path) -> None:
    """A path the user chose may be a link to a regular file: it is followed (only links
    found inside a walked folder are not)."""
    real = tmp_path / "real.json"
    real.write_bytes(b"{}")
    link = tmp_path / "E01.json"
    try:
        link.symlink_to(real)
    except OSError:  # Windows without the right to make links
        pytest.skip("cannot make a link here")
    message = refused_score_file(demo_file, link)
    assert message == "E01.json is refused: it is not a Reviewer score file."  # read, judged


# ------------------------------------------------------------------ the command line


def command(
    capsys: pytest.CaptureFixture[str], campaign: Path, *arguments: str
) -> tuple[int, str, str]:
    with unchanged(campaign), bounded():
        code = cli.main(list(arguments))
    out, err = capsys.readouterr()
    return code, out, err


@posix_only
@pytest.mark.parametrize(
    ("verb", "what"), [("experts", "expert list"), ("rubric", "rubric workbook")]
)
def test_a_fifo_given_as_a_workbook_is_refused_on_stderr(
    verb: str, what: str, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = fifo(tmp_path / "名单.xlsx")
    arguments = [verb, str(demo_file), *(["--import"] if verb == "rubric" else []), str(path)]
    code, out, err = command(capsys, demo_file, *arguments)
    assert code == cli.EXIT_REJECTED and out == ""
    assert err == (
        f"{path} is a named pipe (FIFO), not an ordinary file, so it was not read. "
        f"Choose the {what} itself.\n"
    )


def test_a_missing_expert_list_is_named_as_before(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "名单.xlsx"
    code, _out, err = command(capsys, demo_file, "experts", str(demo_file), str(path))
    assert code == cli.EXIT_REJECTED
    assert err.startswith(f"The file {path} does not exist.")


@posix_only
def test_the_import_report_names_what_it_passed_over(
    store: CampaignStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = package(tmp_path / "西安市", answers("西安市"))
    fifo(folder / "说明.pdf")
    campaign = store.path
    assert campaign is not None
    store.close()
    code = cli.main(["import", str(campaign), str(folder), "--register-applicants"])
    out = capsys.readouterr().out
    assert code == cli.EXIT_OK
    assert "    - Passed over, not read: 说明.pdf\n" in out
