"""Reading an Excel workbook someone handed in: the part every workbook reader shares.

Reviewer reads four kinds of workbook people fill in by hand: the application form, the
expert list, the rubric and the score sheet. Each is opened the same careful way (read
whole only within its size, checked by `workbook_limits` before openpyxl loads it, and
whatever a damaged file makes openpyxl raise turned into one problem naming the file),
and each is read cell by cell the same way: a formula is refused where a value is
expected, since the value it shows may come from elsewhere or be missing from the file,
and every problem names the file, the sheet, the cell and the field's own label, so
that the person who fills it in can find it in Excel. Here is that shared part; each
reader keeps only what is particular to its form.
"""

from __future__ import annotations

import io
import re
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, BinaryIO, Generic, TypeVar

from openpyxl import Workbook, load_workbook
from openpyxl.utils.cell import coordinate_to_tuple

from reviewer.inputs.cell_problems import CellProblem
from reviewer.inputs.workbook_limits import WorkbookLimits, WorkbookRefused, check_workbook

P = TypeVar("P", bound=CellProblem)

# A cell's address as Reviewer writes it in a workbook's hidden sheet (the form's and the
# score sheet's name their input cells): no "$", no lower case, no sheet name.
ADDRESS = re.compile(r"[A-Z]{1,3}[1-9][0-9]{0,6}")

# The codes every reader has a message for: its `MESSAGES` hold "refused" ("{detail}",
# the refusal of `workbook_limits` as it stands) and "unreadable" (its own advice
# around the `detail` openpyxl or zipfile gave).
REFUSED, UNREADABLE = "refused", "unreadable"


class WorkbookNotRead(Exception):
    """The workbook as a whole cannot be read as the reader's form: `code` is one of the
    reader's problem codes, `params` the values its message takes."""

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code)
        self.code, self.params = code, params

    def problem(self, kind: type[P], file_name: str) -> P:
        """The one problem of the reader's `kind` that says so."""
        return kind(self.code, file_name, params=dict(self.params))


class BadCell(Exception):
    """One cell's problem, raised by a reader's parsers and collected with the cell's place."""

    def __init__(self, code: str, **params: str) -> None:
        super().__init__(code)
        self.code, self.params = code, params


@contextmanager
def damage_caught() -> Iterator[None]:
    """Whatever a damaged workbook makes zipfile, the XML parsers or openpyxl raise
    inside, raised again as `WorkbookNotRead` ("unreadable", with what it said); a
    refusal of `workbook_limits` as `WorkbookNotRead` ("refused"). A `WorkbookNotRead`
    raised inside passes unchanged."""
    try:
        yield
    except WorkbookNotRead:
        raise
    except WorkbookRefused as refused:
        raise WorkbookNotRead(REFUSED, detail=refused.message()) from None
    except Exception as exc:  # damaged files raise from zipfile, XML parsers and openpyxl alike
        raise WorkbookNotRead(UNREADABLE, detail=str(exc) or repr(exc)) from exc


def open_workbook(
    stream: BinaryIO, file_name: str, limits: WorkbookLimits, *, read_only: bool = False
) -> Workbook:
    """The workbook in `stream`, loaded by openpyxl once it is known to be within
    `limits`; raises `WorkbookNotRead` ("refused" or "unreadable") otherwise.

    Formulas are loaded as formulas, not their cached results (which files written by
    openpyxl or never recalculated lack), so that the readers can refuse them by cell.
    `read_only` skips the styles, which cost most of a full load, and parses each sheet
    only as it is walked (so damage in a sheet is met then: read it in `damage_caught`);
    such a workbook keeps its archive open until `close()`.
    """
    with damage_caught(), warnings.catch_warnings():
        # openpyxl warns about Excel features it drops (extensions, images): no matter here.
        warnings.simplefilter("ignore")
        content = stream.read(limits.size + 1)
        if len(content) > limits.size:
            raise ValueError(f"larger than {limits.size // (1 << 20)} MB")
        check_workbook(content, file_name, limits)
        return load_workbook(io.BytesIO(content), data_only=False, read_only=read_only)


def as_text(raw: object) -> str:
    """A cell's value as the text a person typed: a code or phone number typed as a number
    reads "1" or "13800000000", not "1.0" or "1.38e10", and a date as 2014-07-18."""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, datetime):
        return raw.date().isoformat()
    if isinstance(raw, date):
        return raw.isoformat()
    return "" if raw is None else str(raw).strip()


def squeeze(text: str) -> str:
    """Text compared loosely: full-width folded to half-width, all whitespace removed."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def is_formula(cell: Any, *, text_formulas: bool = True) -> bool:
    """Whether `cell` holds a formula. With `text_formulas`, text beginning with “=” (a
    formula typed into a cell formatted as text) counts as one too."""
    if cell.data_type == "f":
        return True
    return text_formulas and isinstance(cell.value, str) and cell.value.startswith("=")


@dataclass(frozen=True)
class EmptyCell:
    """A cell the sheet never wrote, so it is empty; it still has its address."""

    coordinate: str
    value: None = None
    data_type: str = "n"


def cells_at(sheet: Any, addresses: Iterable[str]) -> dict[str, Any]:
    """The cells at `addresses`, an `EmptyCell` where the sheet wrote none.

    One pass over the rows, which stops at the last address's row and column whatever
    the sheet holds beyond them: a read-only sheet is parsed as it is walked, so one
    lookup per cell would parse it again each time.
    """
    wanted = set(addresses)
    if not wanted:
        return {}
    corners = [coordinate_to_tuple(address) for address in wanted]
    rows = sheet.iter_rows(
        max_row=max(row for row, _ in corners), max_col=max(column for _, column in corners)
    )
    found = {
        cell.coordinate: cell
        for row in rows
        for cell in row
        # The read-only reader's empty cells have no address: EmptyCell stands for them.
        if getattr(cell, "coordinate", None) in wanted
    }
    return {address: found.get(address) or EmptyCell(address) for address in sorted(wanted)}


def find_header(
    sheet: Any, keys: Mapping[str, str], header_key: Callable[[object], str], search_rows: int
) -> tuple[int, dict[str, int]]:
    """The header row of a table read by its column headers, not by fixed cells, and the
    column number of each key it names.

    People add title rows above a table and move its columns, so the first `search_rows`
    rows are searched, and the first naming most columns wins. A cell names the key that
    `keys` gives for its text made `header_key`. Row 0, and no columns, if no row names any.
    """
    best_row, best = 0, dict[str, int]()
    for row in sheet.iter_rows(min_row=1, max_row=search_rows):
        found: dict[str, int] = {}
        for cell in row:
            key = keys.get(header_key(cell.value))
            if key is not None and key not in found:
                found[key] = cell.column
        if len(found) > len(best):
            best_row, best = row[0].row, found
    return best_row, best


def table_rows(sheet: Any, header_row: int, columns: Mapping[str, int]) -> list[dict[str, Any]]:
    """The rows below `header_row` that are not blank in the `columns` read (key -> column
    number), each as key -> cell."""
    if not columns:
        return []
    found = []
    # Only as wide as the columns read: empty cells to the right would be made one by one.
    for row in sheet.iter_rows(min_row=header_row + 1, max_col=max(columns.values())):
        cells = {key: row[number - 1] for key, number in columns.items()}
        if any(as_text(cell.value) for cell in cells.values()):
            found.append(cells)
    return found


class SheetCells(Generic[P]):
    """Reads the cells of one sheet of a workbook, collecting each problem as a `kind`
    naming the file, the sheet, the cell and the field's label.

    Readers of several sheets pass one `problems` list to each sheet's `SheetCells`, so
    that every problem of the workbook is listed at once, sheet by sheet.
    """

    def __init__(
        self, kind: type[P], file_name: str, sheet: str, problems: list[P] | None = None
    ) -> None:
        self.kind, self.file_name, self.title = kind, file_name, sheet
        self.problems: list[P] = [] if problems is None else problems

    def complain(self, code: str, cell: str = "", field: str = "", **params: str) -> None:
        """Add the problem `code` at `cell` of this sheet; without a cell, of the sheet."""
        self.problems.append(self.kind(code, self.file_name, self.title, cell, field, params))

    def refuses_formula(self, cell: Any, field: str, *, text_formulas: bool = True) -> bool:
        """Whether `cell` holds a formula (see `is_formula`), which is then reported as the
        problem "formula" at the cell's address, under `field`."""
        if not is_formula(cell, text_formulas=text_formulas):
            return False
        self.complain("formula", cell.coordinate, field)
        return True
