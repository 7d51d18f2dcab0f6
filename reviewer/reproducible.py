"""Workbooks whose bytes depend only on their content.

openpyxl stamps every zip entry and the "modified" property with the time of saving, so
the same form saved twice would hash differently and be stored twice; fixing the dates
makes equal content equal bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl import Workbook

# The date every zip entry Reviewer writes carries (workbooks, the archive): equal
# content, equal bytes.
FIXED_DATE_TIME = (2014, 7, 1, 0, 0, 0)


def reproducible_xlsx(xlsx: bytes) -> bytes:
    """The same workbook dated 2014-07-01 throughout, so equal content makes equal bytes.

    openpyxl stamps the zip entries and the "modified" property with the time of saving.
    """
    fixed = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(xlsx)) as source,
        zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            stamped = zipfile.ZipInfo(entry.filename, date_time=FIXED_DATE_TIME)
            stamped.compress_type = zipfile.ZIP_DEFLATED
            content = source.read(entry)
            if entry.filename == "docProps/core.xml":
                # Both dates: a workbook made in memory is "created" when it is saved too.
                content = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*",
                    rb"\g<1>2014-07-01T00:00:00Z",
                    content,
                )
            target.writestr(stamped, content)
    return fixed.getvalue()


def saved_workbook(workbook: Workbook, title: str) -> bytes:
    """`workbook` saved as Reviewer's, titled `title`, with equal bytes for equal content:
    what every template and sheet Reviewer hands out is written through."""
    fixed = datetime(2014, 7, 1)
    workbook.properties.created = workbook.properties.modified = fixed
    workbook.properties.creator = "Reviewer"
    workbook.properties.title = title
    buffer = io.BytesIO()
    workbook.save(buffer)
    return reproducible_xlsx(buffer.getvalue())
