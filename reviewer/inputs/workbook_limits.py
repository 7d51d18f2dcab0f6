"""Checking an Excel workbook someone handed in before openpyxl reads it.

openpyxl loads a whole workbook and trusts what it finds: the sizes its zipped parts
declare; a merged range, hyperlink or comment spanning a million rows, each cell of which
it creates; a cell at row 1,048,576, below which every reader walks a million empty rows;
a document type declaration, whose entities can blow a few bytes up into gigabytes. A
file built on any of these took minutes and gigabytes before it was refused. Here the
workbook is first read once as a stream by expat, Python's C parser, with a callback per
element: the parts' declared sizes are checked, the elements counted, each sheet's
extent measured where openpyxl would place its cells, and a DTD refused, against limits
each reader sets with a wide margin over real files. Only then does openpyxl load it.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from dataclasses import dataclass
from xml.parsers import expat

from openpyxl.utils.cell import coordinate_to_tuple, range_boundaries

from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.inputs.files import size_text
from reviewer.inputs.zip_directory import declared_entries

# The workbook file itself, read whole into memory before anything else: a form, a list, a
# rubric or a score sheet is some tens of KB.
MAX_WORKBOOK_BYTES = 20 << 20
# Each part, uncompressed. The largest part of a real score sheet of 2,000 scores (the
# merge benchmark's files) is 2.3 MB of sheet XML; a form or a list is well under 1 MB.
MAX_PART_BYTES = 16 << 20
# All parts together, pictures and themes included (openpyxl keeps them in memory too).
MAX_EXPANDED_BYTES = 48 << 20
# A part over this size compressing better than MAX_RATIO to 1 is a zip bomb: Excel's
# sheets compress 10 to 20 to 1.
RATIO_CHECK_BYTES = 1 << 20
MAX_RATIO = 200
# Parts of the zip: Excel writes about ten, plus one per sheet, picture and comment list.
MAX_PARTS = 1_000
# What loading a workbook costs openpyxl, in items of 3 to 4 microseconds: each XML element
# of all parts costs ITEM_COSTS (a value or a row 1, a cell 3), or OTHER_ITEM_COST for the
# rest (a style, a rule, a validation: an object of many attributes each). 120,000 items
# load in about half a second, a second in the command's process. An expert list saved
# by Excel costs about 45 a row (20,000 for 500 experts), a form or a rubric 6,000, a
# score sheet 28,000 for the demo's 290 scores (so 200,000 for 2,000: score sheets have
# a budget of their own).
MAX_ITEMS = 120_000
ITEM_COSTS = {"c": 3, "v": 1, "f": 1, "is": 1, "t": 1, "r": 1, "row": 1, "si": 1}
OTHER_ITEM_COST = 10
# Columns any sheet Reviewer reads may reach: its widest, the rubric's, has 17.
MAX_COLUMNS = 64
# Excel's own sheet size, for a range open at one end ("A:A").
_LAST_ROW, _LAST_COLUMN = 1_048_576, 16_384
_CHUNK = 1 << 16
# Elements whose `ref` range openpyxl fills with cells, one object each.
_FILLED = frozenset({"mergeCell", "hyperlink", "comment"})

_SHEETS = "xl/worksheets/"
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref\s*=\s*"([^"]*)"')
_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
_RELATIONSHIP_TAG = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")


@dataclass(frozen=True)
class WorkbookLimits:
    """What one reader accepts; `what` names the workbook in the messages."""

    what: str  # an input_files noun: EXPERT_LIST...
    rows: int
    columns: int = MAX_COLUMNS
    items: int = MAX_ITEMS
    size: int = MAX_WORKBOOK_BYTES  # bytes of the file; checked by `inputs.workbook`


class WorkbookRefused(ReviewerError):
    """A workbook refused before it was loaded; subclasses say why."""


class WorkbookExpands(WorkbookRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{file} unpacks to {size} ({part}), more than any {what} ({limit} at most); it may "
        "be damaged or built to exhaust the computer's memory, so it was not opened. Check "
        "that you chose the right file, or ask for it again.",
    )


class WorkbookPackedTooTight(WorkbookRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{file}: its part {part} unpacks to {ratio} times its packed size, as no {what} "
        "does; it may be damaged or built to exhaust the computer's memory, so it was not "
        "opened. Check that you chose the right file, or ask for it again.",
    )


class WorkbookTooComplex(WorkbookRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{file} holds far more cells, styles, rules and other entries than any {what}; it "
        "may be damaged or built to exhaust the computer's memory, so it was not opened. "
        "Check that you chose the right file, or ask for it again.",
    )


class WorkbookTooManyRows(WorkbookRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{file}, sheet “{sheet}”: it reaches row {row}, beyond the {limit} rows any {what} "
        "may have, so it was not opened. Keep only the table in the sheet (delete what "
        "lies below it, even empty formatted rows) and try again.",
    )


class WorkbookTooManyColumns(WorkbookRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{file}, sheet “{sheet}”: it reaches column {column}, beyond the {limit} columns "
        "any {what} may have, so it was not opened. Keep only the table in the sheet "
        "(delete what lies to the right of it) and try again.",
    )


class WorkbookHasDoctype(WorkbookRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{file} holds a document type declaration ({part}), which Excel never writes and "
        "which can be built to exhaust the computer's memory, so it was not opened. Open "
        "it in Excel, save it again as an .xlsx workbook, and try again.",
    )


def check_workbook(content: bytes, file_name: str, limits: WorkbookLimits) -> None:
    """Raise a `WorkbookRefused` naming `file_name` if the .xlsx in `content` is beyond
    `limits`. A damaged zip or XML is left for openpyxl to report as it always has."""
    stream = io.BytesIO(content)
    parts = declared_entries(stream)
    if parts is not None and parts > MAX_PARTS:
        raise WorkbookTooComplex(file=file_name, what=translate("Inputs", limits.what))
    with zipfile.ZipFile(stream) as archive:
        infos = archive.infolist()
        tally = _Tally(limits)
        for info in infos:
            try:
                tally.peek(archive, info)
            except _Beyond as beyond:
                raise beyond.refusal(archive, info.filename, file_name, limits) from None
        _check_sizes(infos, file_name, limits)
        for info in infos:
            try:
                tally.read(archive, info)
            except _Beyond as beyond:
                raise beyond.refusal(archive, info.filename, file_name, limits) from None


def _check_sizes(infos: list[zipfile.ZipInfo], file_name: str, limits: WorkbookLimits) -> None:
    what = translate("Inputs", limits.what)
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_PART_BYTES:
            raise WorkbookExpands(
                file=file_name,
                size=size_text(info.file_size),
                part=info.filename,
                what=what,
                limit=size_text(MAX_PART_BYTES),
            )
        if info.file_size > RATIO_CHECK_BYTES and ratio > MAX_RATIO:
            raise WorkbookPackedTooTight(
                file=file_name, part=info.filename, ratio=f"{ratio:,.0f}", what=what
            )
    if total > MAX_EXPANDED_BYTES:
        raise WorkbookExpands(
            file=file_name,
            size=size_text(total),
            part=translate("Inputs", "all parts"),
            what=what,
            limit=size_text(MAX_EXPANDED_BYTES),
        )


class _Beyond(Exception):
    """Raised from inside the parser's callbacks; turned into a refusal outside."""

    def __init__(self, reason: str, at: int = 0) -> None:
        super().__init__(reason)
        self.reason, self.at = reason, at

    def refusal(
        self, archive: zipfile.ZipFile, part: str, file_name: str, limits: WorkbookLimits
    ) -> WorkbookRefused:
        what = translate("Inputs", limits.what)
        if self.reason == "doctype":
            return WorkbookHasDoctype(file=file_name, part=part)
        if self.reason == "rows":
            return WorkbookTooManyRows(
                file=file_name,
                sheet=_sheet_title(archive, part),
                row=f"{self.at:,}",
                what=what,
                limit=f"{limits.rows:,}",
            )
        if self.reason == "columns":
            return WorkbookTooManyColumns(
                file=file_name,
                sheet=_sheet_title(archive, part),
                column=_column_letters(self.at),
                what=what,
                limit=limits.columns,
            )
        return WorkbookTooComplex(file=file_name, what=what)


class _Tally:
    """Counts every element of the workbook's parts and follows, as openpyxl's sheet
    reader does, the row and column each cell lands in."""

    def __init__(self, limits: WorkbookLimits) -> None:
        self.limits = limits
        self.items = 0
        self.row = self.column = 0

    def peek(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        """Check the extent a sheet declares at its head (`<dimension ref="A1:H501"/>`),
        so that a list far too long is refused as such, before its size is."""
        if not info.filename.startswith(_SHEETS):
            return
        with archive.open(info) as stream:
            head = stream.read(_CHUNK)
        found = _DIMENSION.search(head)
        if found is not None:
            self._range(found.group(1).decode("ascii", "replace"), filled=False)

    def read(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        """Feed one part to expat. A part that is not well-formed XML (a picture, or a
        damaged sheet) stops its parse quietly: openpyxl either never reads it or
        reports it, as before."""
        parser = expat.ParserCreate()
        parser.StartElementHandler = self.start
        parser.StartDoctypeDeclHandler = _doctype
        self.row = self.column = 0
        try:
            with archive.open(info) as stream:
                while chunk := stream.read(_CHUNK):
                    parser.Parse(chunk, False)
                parser.Parse(b"", True)
        except expat.ExpatError:
            return

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(":")[2]
        self.items += ITEM_COSTS.get(local, OTHER_ITEM_COST)
        if local == "c":
            self._cell(attrs.get("r"))
        elif local == "row":
            self._row(attrs.get("r"))
        elif local == "dimension" or local in _FILLED:
            self._range(attrs.get("ref"), filled=local in _FILLED)
        if self.items > self.limits.items:
            raise _Beyond("items")

    def _row(self, number: str | None) -> None:
        """openpyxl's rule: a row without a number follows the one before."""
        if number is None:
            self.row += 1
        else:
            try:
                self.row = int(float(number))
            except (ValueError, OverflowError):
                return  # openpyxl refuses it itself
        self.column = 0
        self._reach(self.row, 0)

    def _cell(self, address: str | None) -> None:
        """openpyxl's rule: a cell without an address follows the one before."""
        if address is None:
            self.column += 1
            row = self.row
        else:
            try:
                row, self.column = coordinate_to_tuple(address)
            except (ValueError, TypeError):
                return  # openpyxl refuses it itself
        self._reach(row, self.column)

    def _range(self, ref: str | None, filled: bool) -> None:
        try:
            low_column, low_row, high_column, high_row = range_boundaries(ref or "")
        except (ValueError, TypeError):
            return
        high_row = high_row or _LAST_ROW
        high_column = high_column or _LAST_COLUMN
        self._reach(high_row, high_column)
        if filled:
            rows = max(0, high_row - (low_row or 1) + 1)
            self.items += rows * max(0, high_column - (low_column or 1) + 1)

    def _reach(self, row: int, column: int) -> None:
        if row > self.limits.rows:
            raise _Beyond("rows", row)
        if column > self.limits.columns:
            raise _Beyond("columns", column)


def _doctype(*_args: object) -> None:
    raise _Beyond("doctype")


def _column_letters(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _sheet_title(archive: zipfile.ZipFile, part: str) -> str:
    """The title of the sheet stored in `part`, for the message; the part's own name
    when the workbook does not say (the workbook's small parts are read by pattern)."""
    try:
        relations = _read_small(archive, "xl/_rels/workbook.xml.rels")
        workbook = _read_small(archive, "xl/workbook.xml")
    except (KeyError, *_ZIP_TROUBLE):
        return part
    ids = {
        _attribute(tag, b"Id"): _attribute(tag, b"Target").lstrip("/").removeprefix("xl/")
        for tag in _RELATIONSHIP_TAG.findall(relations)
    }
    for tag in _SHEET_TAG.findall(workbook):
        if "xl/" + ids.get(_attribute(tag, b"id"), "\0") == part:
            return _attribute(tag, b"name") or part
    return part


_ZIP_TROUBLE = (zipfile.BadZipFile, OSError, EOFError, ValueError)


def _read_small(archive: zipfile.ZipFile, name: str) -> bytes:
    with archive.open(name) as stream:
        return stream.read(MAX_PART_BYTES)


def _attribute(tag: bytes, name: bytes) -> str:
    """An attribute of a tag by its local name (`id` matches `r:id`)."""
    found = re.search(rb"(?:\s|:)" + name + rb'\s*=\s*"([^"]*)"', tag)
    return html.unescape(found.group(1).decode("utf-8", "replace")) if found else ""
