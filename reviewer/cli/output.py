"""What the command line prints: control characters shown escaped, JSON kept valid.

Names reach the terminal from outside: file names (of packages, score files, the
campaign), applicants' and experts' names from forms and lists. A name carrying an escape
sequence must not recolour, retitle or rewrite the user's terminal, and a file name that
is not UTF-8 (its bytes arrive as lone surrogates) must not end a verb in a
UnicodeEncodeError. So everything the verbs print, on stdout and stderr, goes through a
stream that shows control characters as `\\x1b`, bidirectional overrides as `\\u202e`
and undecodable bytes as `\\xff`; tab and newline, which the listings use, pass.
JSON is escaped as JSON (`\\u001b`) before it is printed, so it stays valid.
"""

from __future__ import annotations

import codecs
import contextlib
import io
import json
import re
import sys
from collections.abc import Iterator
from pathlib import PurePath
from typing import Any, TextIO

from reviewer.errors import ReviewerError
from reviewer.progress import Job

# Control characters but tab and newline; DEL and C1; bidirectional overrides; lone
# surrogates (the bytes of a file name that was not UTF-8, as Python decodes them).
_SHOWN_ESCAPED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# The same in a name, where a newline or a tab is never a layout.
_NAME_ESCAPED = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_JSON_ESCAPED = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escaped(text: str) -> str:
    """`text` with control characters (but tab and newline) shown as escapes."""
    return _SHOWN_ESCAPED.sub(_escape, text)


def escaped_name(name: str | PurePath) -> str:
    """A file name or a person's name with every control character shown escaped,
    newline included: one name, one line."""
    return _NAME_ESCAPED.sub(_escape, str(name))


def error_text(error: ReviewerError) -> str:
    """An error's message, the file names in it escaped as names (a newline in a file
    name shown as `\\x0a`, not as a second line)."""
    params = error.params
    error.params = {
        key: escaped_name(value) if isinstance(value, PurePath) else value
        for key, value in params.items()
    }
    try:
        return error.message()
    finally:
        error.params = params


def json_text(value: Any) -> str:
    """`value` as indented JSON, readable Chinese, escaped where a terminal would act on
    a character, and valid JSON whatever the names hold."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return _JSON_ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def print_json(value: Any) -> None:
    print(json_text(value))


def run_job(job: Job) -> Any:
    """Run a job to its end, showing progress on a terminal; returns the job's result."""
    while True:
        try:
            progress = next(job)
        except StopIteration as finished:
            return finished.value
        if progress.message and sys.stderr.isatty():
            print(f"[{progress.done}/{progress.total}] {progress.message}", file=sys.stderr)


class EscapingStream(io.TextIOBase):
    """A text stream that escapes what it is given and writes it to `stream`; what the
    stream's encoding cannot hold is written as a backslash escape too."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream
        encoding = getattr(stream, "encoding", None) or "utf-8"
        self._unicode = codecs.lookup(encoding).name.startswith("utf")
        self._encoding = encoding

    def write(self, text: str) -> int:
        shown = escaped(text)
        if not self._unicode:
            shown = shown.encode(self._encoding, "backslashreplace").decode(self._encoding)
        self.stream.write(shown)
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding


@contextlib.contextmanager
def escaped_output() -> Iterator[None]:
    """Route stdout and stderr through `EscapingStream` while a verb runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = EscapingStream(out), EscapingStream(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
