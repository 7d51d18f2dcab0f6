"""A problem found in a spreadsheet someone handed in, placed precisely enough to fix.

Forms and expert lists are corrected by people in Excel, so every problem names the
file, the sheet, the cell and the field's own label, and says what to do.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from reviewer.i18n import translate

# Not named `translate`, so lupdate does not read the variable arguments below as texts.
_translate = translate


@dataclass(frozen=True)
class CellProblem:
    """Subclasses give the translation context and the message of each problem code."""

    CONTEXT: ClassVar[str]
    MESSAGES: ClassVar[Mapping[str, str]]

    code: str
    file: str
    sheet: str = ""
    cell: str = ""
    field: str = ""
    params: dict[str, str] = dataclasses.field(default_factory=dict)

    def message(self) -> str:
        return _translate(self.CONTEXT, self.MESSAGES[self.code]).format(
            file=self.file, sheet=self.sheet, cell=self.cell, field=self.field, **self.params
        )
