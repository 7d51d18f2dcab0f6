"""An expert's comment on a criterion (评分意见): the one rule every way in keeps to.

A comment reaches the campaign from expert mode, from a returned score file and from an
Excel score sheet, and goes out again in the 专家评分表, the results' expert sheets and,
drawn together without names, in the applicants' feedback letters (反馈意见). So each way
in cleans it the same: control characters (a pasted escape, a bidirectional override
that would make a letter read other than it is written) are taken out, line breaks kept,
and the text is at most `COMMENT_LIMIT` characters, the length the score sheet has
always allowed.
"""

from __future__ import annotations

import re

COMMENT_LIMIT = 500
# C0 and C1 controls but tab and line feed, DEL, and the bidirectional marks, overrides
# and isolates (U+200E/F, U+202A-E, U+2066-9) that can reorder what a reader sees.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean_comment(text: str) -> str:
    """`text` without control characters, "\\r\\n" read as a line break, ends stripped."""
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()


def kept_comment(text: str) -> str:
    """A comment as a returned score file's import keeps it: cleaned, and cut to the limit.

    A kit made before comments were limited may have written a longer one; its file still
    imports (the whole text stays in the file the campaign keeps as the record) rather than
    being refused for a limit the expert was never shown.
    """
    return clean_comment(text)[:COMMENT_LIMIT]
