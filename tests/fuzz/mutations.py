"""Hypothesis strategies that damage valid inputs the way disks, tools and people do.

Random bytes alone rarely get past a reader's first check; mutating a valid file gets
deep. Byte edits model a damaged copy; zip-member edits re-pack an .xlsx with correct
checksums, so the damage reaches the XML parsers and openpyxl; cell values model what
people type into Excel; JSON edits model a hand-edited score file.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import io
import json
import math
import sys
import warnings
import zipfile
from datetime import date, datetime, timedelta
from typing import Any

from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import IllegalCharacterError


class Seed(bytes):
    """A valid input to mutate. Hypothesis shows a strategy's arguments when a draw fails;
    the whole file would be hundreds of KB of noise, its size says enough."""

    def __repr__(self) -> str:
        return f"<{len(self)} bytes>"


_INTERESTING_BYTES = b"\x00\xff\x7f\x80\x01\"'<>&{}[],:=-.0123456789eE\n\r\t \\/"


@st.composite
def mutated_bytes(
    draw: st.DrawFn, seed: bytes, *, max_edits: int = 6, focus: int | None = None
) -> bytes:
    """`seed` with a few byte-level edits: flips, overwrites, insertions, deletions,
    duplicated slices and truncation. `focus` keeps most edits in the first `focus`
    bytes (a file's header and directory, where a reader decides what it holds)."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, max_edits))):
        end = len(data) if focus is None or draw(st.booleans()) else min(focus, len(data))
        at = draw(st.integers(0, max(end - 1, 0)))
        op = draw(st.sampled_from(["flip", "set", "insert", "delete", "duplicate", "truncate"]))
        if op == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "set" and data:
            data[at] = draw(st.sampled_from(_INTERESTING_BYTES))
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 256))]
        elif op == "duplicate":
            width = draw(st.integers(1, 256))
            data[at:at] = data[at : at + width]
        elif op == "truncate":
            del data[at:]
    return bytes(data)


def damaged(seed: bytes, *, focus: int | None = None) -> st.SearchStrategy[bytes]:
    """Mutated copies of `seed`, its truncations, and plain random bytes."""
    seed = Seed(seed)  # drawn inputs get here too: keep their reprs short
    return st.one_of(
        mutated_bytes(seed, focus=focus),
        st.integers(0, len(seed)).map(lambda n: seed[:n]),
        st.binary(max_size=2048),
    )


def zip_members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def repack(members: list[tuple[str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # a doubled part is meant
        for name, content in members:
            archive.writestr(fixed_time(name), content, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def fixed_time(name: str) -> zipfile.ZipInfo:
    """A member dated once and for all: zipfile dates members by the clock, and a draw
    that depends on the time is not reproducible, which hypothesis refuses (Flaky)."""
    return zipfile.ZipInfo(name, date_time=(2014, 7, 1, 0, 0, 0))


@st.composite
def repacked_xlsx(draw: st.DrawFn, seed: bytes) -> bytes:
    """An .xlsx whose parts are damaged but re-packed as a sound zip: XML edited,
    truncated or replaced, parts dropped, renamed, doubled or added."""
    members = [(info.filename, content) for info, content in zip_members(seed)]
    names = [name for name, _content in members]
    for _ in range(draw(st.integers(1, 3))):
        index = draw(st.integers(0, len(members) - 1))
        name, content = members[index]
        op = draw(st.sampled_from(["bytes", "text", "drop", "rename", "double", "add"]))
        if op == "bytes":
            members[index] = (name, draw(mutated_bytes(content, max_edits=4)))
        elif op == "text":
            members[index] = (name, draw(_edited_xml(content)))
        elif op == "drop" and len(members) > 1:
            del members[index]
        elif op == "rename":
            members[index] = (draw(st.sampled_from([*names, "xl/other.xml", "x"])), content)
        elif op == "double":
            members.append((name, content))
        elif op == "add":
            members.append((draw(st.sampled_from(names)), draw(st.binary(max_size=256))))
    return repack(members)


_XML_SWAPS = [
    (b't="s"', b't="n"'),
    (b't="s"', b't="str"'),
    (b't="s"', b't="b"'),
    (b't="s"', b't="e"'),
    (b't="n"', b't="s"'),
    (b"<v>", b"<v>-1"),
    (b"<v>", b"<v>1E+308"),
    (b"<v>", b"<v>NaN"),
    (b"<v>", b"<f>SUM(A1)</f><v>"),
    (b'r="', b'r="XFD1048577'),
    (b'r="', b'r="A0'),
    (b'r="', b'r="'),
    (b'state="veryHidden"', b'state="visible"'),
    (b'name="', b'name="_'),
    (b'sheetId="', b'sheetId="9'),
    (b"<row ", b'<row r="0" '),
    (b"<c ", b'<c s="99999" '),
    (b"</sheetData>", b"<row><c><v>1</v></c></row></sheetData>"),
    (b"<si>", b"<si><t>" + "长".encode() * 40000 + b"</t></si><si>"),
    # Extremes that cost openpyxl minutes or gigabytes: a cell in Excel's last row and
    # column, a merged range over the whole sheet, a document type declaration.
    (b"<sheetData>", b'<sheetData><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'),
    (b"</sheetData>", b'</sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
    (b'<dimension ref="', b'<dimension ref="A1:XFD1048576" x="'),
    (b"?>", b'?><!DOCTYPE x [<!ENTITY e "&#x41;">]>'),
]


@st.composite
def _edited_xml(draw: st.DrawFn, content: bytes) -> bytes:
    """XML with one typical edit: cell types and values changed, references broken,
    counts and ids off, a part cut short."""
    op = draw(st.sampled_from(["swap", "cut", "unclose"]))
    if op == "swap":
        old, new = draw(st.sampled_from(_XML_SWAPS))
        return content.replace(old, new, draw(st.integers(1, 50)))
    if op == "cut":
        return content[: draw(st.integers(0, len(content)))]
    return content.replace(b"/>", b">", draw(st.integers(1, 5)))


# What people (and tools) put in cells: wrong types, formulas, huge and odd text,
# numbers Excel cannot hold, dates where numbers belong.
cell_values: st.SearchStrategy[Any] = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([math.nan, math.inf, -math.inf, 0.0, -0.0, 1e308, 5e-324]),
    st.decimals(allow_nan=False, allow_infinity=False, places=4, min_value=-1000, max_value=1000),
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            " ",
            "=1+1",
            "=SUM(A1:A3)",
            "='[other.xlsx]Sheet1'!A1",
            "１２",
            "3,5",
            "NaN",
            "Infinity",
            "-0",
            "1e999999",
            "0.00001",
            "sNaN",
            "长" * 70000,
            "\x00",
            "XFD1048576",
        ]
    ),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 1, 1)),
    st.dates(min_value=date(1900, 3, 1)),
    st.times(),
    st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=10000)),
)


def json_values() -> st.SearchStrategy[Any]:
    """Any JSON value, with the numbers Python's json module also reads (NaN, Infinity)."""
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**30), 10**30),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=20),
        st.sampled_from(["0", "-1", "1e9", "NaN", "1.5", "", "E07", "city"]),
    )
    return st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)
        ),
        max_leaves=6,
    )


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside a JSON document (at most a few per list)."""
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index in sorted({0, len(value) // 2, len(value) - 1} if value else set()):
            found += _paths(value[index], (*prefix, index))
    return found


@st.composite
def mutated_json(draw: st.DrawFn, document: Any, *, max_edits: int = 3) -> Any:
    """`document` with values replaced by other JSON values, keys dropped or added,
    list items dropped or repeated."""
    document = json.loads(json.dumps(document))
    for _ in range(draw(st.integers(1, max_edits))):
        path = draw(st.sampled_from(_paths(document)))
        if not path:
            if draw(st.booleans()):
                return draw(json_values())
            continue
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        key = path[-1]
        op = draw(st.sampled_from(["replace", "replace", "drop", "add", "repeat"]))
        if op == "replace":
            parent[key] = draw(json_values())
        elif op == "drop":
            del parent[key]
        elif op == "add" and isinstance(parent, dict):
            parent[draw(st.text(max_size=8))] = draw(json_values())
        elif op == "repeat" and isinstance(parent, list):
            parent.append(parent[key])
    return document


@functools.lru_cache(maxsize=8)
def _filled_cells(seed: bytes) -> dict[str, list[str]]:
    """The addresses of the cells holding something, per sheet of `seed`. Read once: after
    an edit far down a sheet, walking it would create millions of empty cells."""
    workbook = load_workbook(io.BytesIO(seed))
    return {
        sheet.title: [c.coordinate for row in sheet.iter_rows() for c in row if c.value is not None]
        for sheet in workbook.worksheets
    }


@st.composite
def edited_workbook(draw: st.DrawFn, seed: bytes) -> bytes:
    """`seed` opened in openpyxl and edited as a person or a script would: odd values in
    cells that hold something (hidden sheets included) and in far corners, sheets added,
    removed, renamed, emptied, or replaced by a chart sheet; then saved again."""
    workbook = load_workbook(io.BytesIO(seed))
    filled = _filled_cells(seed)
    for _ in range(draw(st.integers(1, 6))):
        sheets = workbook.worksheets
        if not sheets:
            break
        sheet = draw(st.sampled_from(sheets))
        op = draw(st.sampled_from(["cell"] * 6 + ["drop", "add", "rename", "clear", "chart"]))
        if op == "cell":
            corners = ["A1", "D1048576", "XFD1"]
            address = draw(st.sampled_from([*filled.get(sheet.title, [])[:400], *corners]))
            value = draw(cell_values, label="value")
            # What openpyxl will not write, no file can hold this way.
            with contextlib.suppress(IllegalCharacterError, ValueError, TypeError):
                sheet[address] = value
        elif op == "drop" and len(sheets) > 1:
            workbook.remove(sheet)
        elif op == "add":
            extra = workbook.create_sheet(draw(st.sampled_from(["Sheet", *workbook.sheetnames])))
            with contextlib.suppress(IllegalCharacterError, ValueError, TypeError):
                extra["A1"] = draw(cell_values)
        elif op == "rename":
            sheet.title = draw(st.sampled_from([" 评分表 ", "Sheet1", "_reviewer", "申报书 "]))
        elif op in ("clear", "chart"):
            title, index = sheet.title, workbook.index(sheet)
            workbook.remove(sheet)
            if op == "clear":
                workbook.create_sheet(title, index)
            else:
                workbook.create_chartsheet(title, index)
    if not workbook.worksheets:
        workbook.create_sheet("Sheet")
    return saved(workbook, seed)


def saved(workbook: Workbook, seed: bytes) -> bytes:
    """The workbook as .xlsx bytes; `seed` again for an edit openpyxl cannot save, since
    no such file reaches Reviewer. openpyxl leaves the zip of a failed save for its
    __del__ to close, which fails on the closed buffer and would be reported as an
    unraisable exception in whichever test runs next: it is collected here, quietly."""
    buffer = io.BytesIO()
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        workbook.save(buffer)
    except (IllegalCharacterError, ValueError, TypeError, AttributeError):
        return seed
    finally:
        gc.collect()
        sys.unraisablehook = hook
    return buffer.getvalue()


def workbooks(seed: bytes) -> st.SearchStrategy[bytes]:
    """Every way of damaging an .xlsx: edited cells and sheets, damaged parts re-packed
    as a sound zip, damaged bytes."""
    return st.one_of(edited_workbook(seed), repacked_xlsx(seed), damaged(seed, focus=512))
