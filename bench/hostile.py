"""Hostile inputs, and how fast and how lean Reviewer refuses each.

Each input is one of the attacks of issue 13 (inputs that are not files, or are files
built to exhaust the reader): a FIFO or /dev/zero given as a score file, a JSON file
nested 100,000 deep, workbooks that inflate to gigabytes, a million-row expert list,
a rubric of 10,000 criteria, entities that expand (billion laughs), merged cells
spanning the whole sheet, a package folder with a link to a private file and a FIFO.
The builders are cheap (no gigabytes are written: a 2.4 GB sheet is 2.5 MB of repeated
deflate blocks) and shared with `tests/hostile/test_inputs*.py`, which assert the
refusals; here each refusal runs as `reviewer ...` in a process of its own, its time
and peak memory (resident set) against the targets: 2 s and 300 MB.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.intake import WRAPPER
from reviewer.scoring.score_file_format import MAX_SCORE_FILE_BYTES

SECONDS, PEAK_MB = 2.0, 300.0
REVIEWER = (sys.executable, "-m", "ui.launcher")  # the `reviewer` command

_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" '
    b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/xl/workbook.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    b'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_ROOT_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)
_SHEET_HEAD = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)
SHEET_NAME = "专家名单"


def workbook(sheet_xml: bytes, sheet_name: str = SHEET_NAME) -> bytes:
    """A minimal .xlsx, one sheet, written part by part (no openpyxl: fast, and exact)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK.format(name=sheet_name).encode())
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return out.getvalue()


def long_list(rows: int = 1_048_576) -> bytes:
    """An expert list reaching Excel's last row: a header, then one expert a row."""
    header = (
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>\xe4\xb8\x93\xe5\xae\xb6\xe7\xbc\x96'
        b"\xe5\x8f\xb7</t></is></c></row>"  # 专家编号
    )
    row = b'<row><c t="inlineStr"><is><t>E</t></is></c></row>'
    return workbook(
        _SHEET_HEAD
        + f'<dimension ref="A1:A{rows}"/><sheetData>'.encode()
        + header
        + row * (rows - 1)
        + b"</sheetData></worksheet>"
    )


def inflating(size: int = 2_457 << 20, sheet_name: str = SHEET_NAME) -> bytes:
    """A workbook whose sheet inflates to `size` bytes (2.4 GB by default) of spaces inside
    well-formed XML: 1 MB of spaces deflates to the same kilobyte again and again, so the
    file is a few MB and is built in a second, with no gigabyte ever in memory."""
    block = b" " * (1 << 20)
    head = _SHEET_HEAD + b"<sheetData>"
    tail = b"</sheetData></worksheet>"
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = deflater.compress(head + block) + deflater.flush(zlib.Z_FULL_FLUSH)
    again = deflater.compress(block) + deflater.flush(zlib.Z_FULL_FLUSH)
    blocks = size // len(block)
    repeated = [deflater.compress(block) + deflater.flush(zlib.Z_FULL_FLUSH) for _ in range(2)]
    assert repeated == [again, again], "deflate no longer repeats itself"
    last = deflater.compress(tail) + deflater.flush()
    crc = zlib.crc32(head)
    for _ in range(blocks):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    data = first + again * (blocks - 1) + last
    plain = workbook(b"<placeholder/>", sheet_name)
    return _replace_member(
        plain, "xl/worksheets/sheet1.xml", data, crc, len(head) + len(tail) + blocks * len(block)
    )


def _replace_member(archive: bytes, name: str, deflated: bytes, crc: int, size: int) -> bytes:
    """`archive` with member `name` replaced by already deflated bytes (zip64 if needed)."""
    source = zipfile.ZipFile(io.BytesIO(archive))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info, source.read(info))
                continue
            # zipfile cannot take deflated bytes as they are: write a stored member of the
            # right length, then patch its headers into a deflated one. The local header
            # sizes are written as zip64 extras when needed, so its length stays fixed.
            placeholder = zipfile.ZipInfo(name, date_time=info.date_time)
            placeholder.compress_type = zipfile.ZIP_STORED
            with target.open(placeholder, "w", force_zip64=True) as member:
                member.write(deflated)
            written = target.infolist()[-1]
            written.compress_type = zipfile.ZIP_DEFLATED
            written.CRC = crc
            written.file_size = size
            written.compress_size = len(deflated)
            end = out.tell()
            out.seek(written.header_offset)
            out.write(written.FileHeader(zip64=True))
            out.seek(end)
    return out.getvalue()


def billion_laughs() -> bytes:
    """A list whose first cell is an entity that expands ten to the power nine times."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)
    ]
    doctype = ("<!DOCTYPE worksheet [" + "".join(entities) + "]>").encode()
    return workbook(
        b'<?xml version="1.0" encoding="UTF-8"?>'
        + doctype
        + b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
        + b"</sheetData></worksheet>"
    )


def merged_sheet() -> bytes:
    """A one-cell list whose merged range covers the whole sheet (17 billion cells)."""
    return workbook(
        _SHEET_HEAD
        + b'<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'
        + b'<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells></worksheet>'
    )


def deep_json(depth: int = 100_000) -> bytes:
    return b"[" * depth + b"]" * depth


def empty_objects(size: int) -> bytes:
    """A JSON list of empty objects `size` bytes long: the costliest JSON to parse per
    byte (a 64-byte dict for every 3 bytes)."""
    return b"[" + b"{}," * ((size - 4) // 3) + b"{}]"


def busy_list(cells: int = 23_400) -> bytes:
    """An expert list of `cells` text cells, 13 a row: within every limit, at the edge of
    what loading may cost."""
    row = b"<row>" + b'<c t="inlineStr"><is><t>x</t></is></c>' * 13 + b"</row>"
    return workbook(
        _SHEET_HEAD + b"<sheetData>" + row * (cells // 13) + b"</sheetData></worksheet>"
    )


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def large_rubric(criteria: int = 10_000) -> bytes:
    """The city rubric as Reviewer exports it, with `criteria` valid criteria of one point
    (four conditions). Exported with two criteria a condition, then its table's rows are
    repeated in the sheet's XML: openpyxl would take some 15 s to write 10,000 rows."""
    from reviewer.rubrics.catalog import default_definition
    from reviewer.rubrics.workbook import rubric_workbook
    from reviewer.vocabulary import TrackKind

    definition = default_definition(TrackKind.CITY)
    definition["total_points"] = "8"
    for c_index, condition in enumerate(definition["conditions"]):
        condition["criteria"] = [
            {"code": f"C{c_index}.{k}", "name": f"指标{k}", "max_points": "1", "step": "1"}
            for k in range(2)
        ]
    exported = zipfile.ZipFile(io.BytesIO(rubric_workbook(definition)))
    sheet = exported.read("xl/worksheets/sheet1.xml").decode()
    rows = re.findall(r"<row [^>]*>.*?</row>", sheet)
    top, table = rows[:5], rows[5:13]  # title, track, total, note, header; 4 x 2 criteria
    top[2] = top[2].replace("<v>8</v>", f"<v>{criteria}</v>")
    per_condition = criteria // 4
    made = []
    for k in range(criteria):
        c_index, j = divmod(k, per_condition)
        template = table[2 * c_index + (0 if j == 0 else 1)]
        row = template.replace(f">C{c_index}.{0 if j == 0 else 1}<", f">C{c_index}.{j}<")
        row = row.replace(f">指标{0 if j == 0 else 1}<", f">指标{j}<")
        made.append(re.sub(r'(r="[A-Z]*)\d+"', rf'\g<1>{6 + k}"', row))
    head, rest = sheet.split(rows[0], 1)
    tail = rest.rsplit(rows[12], 1)[1]
    head = re.sub(r'<dimension ref="[^"]*"', f'<dimension ref="A1:Q{5 + criteria}"', head)
    sheet = head + "".join(top) + "".join(made) + tail
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in exported.infolist():
            data = exported.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = sheet.encode()
            archive.writestr(info, data)
    return out.getvalue()


def package_with_link(package: Path, folder: Path, private: Path) -> Path:
    """A copy of `package` in `folder`, with a link to `private` (a file outside it) and
    a FIFO named like a document."""
    folder.mkdir(parents=True)
    for file in package.iterdir():
        (folder / file.name).write_bytes(file.read_bytes())
    (folder / "附件.pdf").symlink_to(private)
    os.mkfifo(folder / "说明.pdf")
    return folder


@dataclass(frozen=True)
class Case:
    """One hostile input and the command that must refuse it."""

    name: str
    build: Callable[[Path], list[str]]  # the command's arguments after `reviewer`
    # 1: refused. A package folder is taken in with what is not a file passed over: the
    # demo holds the package already, so nothing changes, and `import` exits 0.
    exit_code: int = 1


def _file(name: str, content: Callable[[], bytes]) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(content())
        return path

    return build


def cases() -> list[Case]:
    def verb(name: str, make: Callable[[Path], Path]) -> Callable[[Path], list[str]]:
        def build(folder: Path) -> list[str]:
            campaign = folder / "demo.review"
            if name == "rubric":
                return ["rubric", str(campaign), "--import", str(make(folder))]
            return [name, str(campaign), str(make(folder))]

        return build

    def linked(folder: Path) -> list[str]:
        private = folder / "private.pdf"
        private.write_bytes(b"%PDF-1.4 private")
        package = package_with_link(
            folder.parent / "packages" / "西安市", folder / "西安市", private
        )
        return ["import", str(folder / "demo.review"), str(package)]

    def planted(folder: Path) -> list[str]:
        campaign = folder / "demo.review"
        with contextlib.closing(sqlite3.connect(campaign)) as db:
            db.execute(
                "CREATE TRIGGER keep_experts BEFORE DELETE ON expert "
                "BEGIN SELECT RAISE(IGNORE); END"
            )
            db.commit()
        return ["kit", str(campaign), "--expert", "E06", "--out", str(folder / "E06.review")]

    def onto_campaign(folder: Path) -> list[str]:
        campaign = str(folder / "demo.review")
        return ["rubric", campaign, "--export", campaign, "--force"]

    return [
        Case("campaign with a planted trigger, issuing a kit", planted),
        Case("FIFO as a campaign", lambda f: ["info", str(fifo(f / "pipe.review"))]),
        Case("rubric exported onto the campaign", onto_campaign),
        Case("FIFO as a score file", verb("scores", lambda f: fifo(f / "E01.json"))),
        Case("/dev/zero as a score file", verb("scores", lambda _f: Path("/dev/zero"))),
        Case("score file nested 100,000 deep", verb("scores", _file("deep.json", deep_json))),
        Case("FIFO as an expert list", verb("experts", lambda f: fifo(f / "专家.xlsx"))),
        Case("FIFO as a rubric", verb("rubric", lambda f: fifo(f / "细则.xlsx"))),
        Case("FIFO as a package", verb("import", lambda f: fifo(f / "申报.zip"))),
        Case("package folder: link to a private file, FIFO", linked, exit_code=0),
        Case("expert list inflating to 2.4 GB", verb("experts", _file("大.xlsx", inflating))),
        Case("expert list of 1,048,576 rows", verb("experts", _file("长.xlsx", long_list))),
        Case("rubric of 10,000 criteria", verb("rubric", _file("细则.xlsx", large_rubric))),
        Case("expert list: billion laughs", verb("experts", _file("笑.xlsx", billion_laughs))),
        Case(
            "expert list: merged cells over the sheet",
            verb("experts", _file("并.xlsx", merged_sheet)),
        ),
        # The costliest inputs within the limits, refused only once read.
        Case(
            "score file of 4 MB of empty objects (within the limit)",
            verb("scores", _file("objects.json", lambda: empty_objects(MAX_SCORE_FILE_BYTES))),
        ),
        Case(
            "expert list of 23,400 cells (within the limits)",
            verb("experts", _file("满.xlsx", busy_list)),
        ),
    ]


# The `reviewer` command, timed from its call: the interpreter's start and the imports
# every command pays are not the refusal's (they are in `command_s`).
CHILD = """
import json, sys, time
from ui.launcher import main
arguments, figures = json.loads(sys.argv[1]), sys.argv[2]
start = time.perf_counter()
code = main(arguments)
seconds = time.perf_counter() - start
with open(figures, "w") as out:
    json.dump({"seconds": seconds}, out)
sys.exit(code)
"""
# A refusal that hangs (a FIFO opened for reading) is stopped and reported.
HANG_S = 60


@dataclass(frozen=True)
class Refusal:
    name: str
    seconds: float  # from the command's call to its exit code
    peak_mb: float | None  # None where the platform cannot tell a child's peak (Windows)
    command_s: float  # the whole command, as the user waits for it


def run() -> list[Refusal]:
    """Each case refused by `reviewer` in a process of its own.

    Every input is built first, and each command runs under a small wrapper process that
    reports its child's peak: a child forked from this process, which holds the inputs,
    would count this process's memory as its own.
    """
    with tempfile.TemporaryDirectory(prefix="reviewer-hostile-") as temp:
        root = Path(temp)
        master = root / "master.review"
        subprocess.run(
            [*REVIEWER, "demo", str(master), "--packages", str(root / "packages")],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        commands = []
        for number, case in enumerate(cases()):
            folder = root / str(number)
            folder.mkdir()
            (folder / "demo.review").write_bytes(master.read_bytes())
            commands.append((case, case.build(folder)))
        return [_refused(case, arguments, root) for case, arguments in commands]


def _refused(case: Case, arguments: list[str], root: Path) -> Refusal:
    figures = root / "figures.json"
    command = [sys.executable, "-c", CHILD, json.dumps(arguments), str(figures)]
    wrapper = subprocess.run(
        [sys.executable, "-c", WRAPPER, json.dumps(command), str(root / "out"), str(root / "err")],
        check=True,
        capture_output=True,
        text=True,
        timeout=HANG_S,
    )
    outcome = json.loads(wrapper.stdout)
    if outcome["returncode"] != case.exit_code:
        error = (root / "err").read_text(encoding="utf-8", errors="replace")
        raise RuntimeError(f"{arguments} exited {outcome['returncode']}:\n{error[-2000:]}")
    maxrss = outcome["maxrss"]
    peak = None if maxrss is None else maxrss / (1 << 20 if sys.platform == "darwin" else 1024)
    seconds = json.loads(figures.read_text())["seconds"]
    return Refusal(case.name, seconds, peak, outcome["seconds"])
