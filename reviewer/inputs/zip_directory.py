"""How many entries a zip file declares, read from its end record alone.

`zipfile.ZipFile` reads a zip's whole central directory, and makes an object of every
entry, before a caller can look at any of it: a 20 MB file of empty entries is 400,000
objects and a few hundred MB. The end record at the tail of the file states the count
and the directory's size, so a reader can refuse an absurd zip before opening it.
"""

from __future__ import annotations

import struct
from typing import IO

_END = b"PK\x05\x06"
_END_LAYOUT = struct.Struct("<4s4H2LH")  # signature, disks, entries here/total, size, offset
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_LOCATOR_LAYOUT = struct.Struct("<4sLQL")  # signature, disk, end record's offset, disks
_ZIP64_END = b"PK\x06\x06"
_ZIP64_END_LAYOUT = struct.Struct("<4sQ2H2L4Q")  # ..., entries here, total, size, offset
_LONGEST_COMMENT = 0xFFFF


def declared_entries(stream: IO[bytes]) -> int | None:
    """The number of entries the zip in `stream` declares (zip64 included), or None when
    no end record is found (not a zip, or a damaged one, which zipfile will report).
    Leaves the stream where it was."""
    start = stream.tell()
    try:
        size = stream.seek(0, 2)
        tail_start = max(0, size - _END_LAYOUT.size - _LONGEST_COMMENT)
        stream.seek(tail_start)
        tail = stream.read()
        at = tail.rfind(_END)
        if at < 0 or len(tail) - at < _END_LAYOUT.size:
            return None
        fields = _END_LAYOUT.unpack_from(tail, at)
        entries = int(fields[4])
        if entries != 0xFFFF and 0xFFFFFFFF not in fields[5:7]:
            return entries
        return _zip64_entries(stream, tail_start + at)
    finally:
        stream.seek(start)


def _zip64_entries(stream: IO[bytes], end_at: int) -> int | None:
    locator_at = end_at - _ZIP64_LOCATOR_LAYOUT.size
    if locator_at < 0:
        return None
    stream.seek(locator_at)
    locator = stream.read(_ZIP64_LOCATOR_LAYOUT.size)
    if not locator.startswith(_ZIP64_LOCATOR):
        return None
    record_at = _ZIP64_LOCATOR_LAYOUT.unpack(locator)[2]
    stream.seek(record_at)
    record = stream.read(_ZIP64_END_LAYOUT.size)
    if len(record) < _ZIP64_END_LAYOUT.size or not record.startswith(_ZIP64_END):
        return None
    return int(_ZIP64_END_LAYOUT.unpack(record)[7])
