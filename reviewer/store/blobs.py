"""Material content stored once per SHA-256, in chunks, so memory stays flat."""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Callable, Iterator, Mapping
from typing import BinaryIO, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from models import Blob, BlobChunk

CHUNK_SIZE = 1 << 20
DEFLATED = "zlib"  # blob.encoding of content stored deflated

Opener = Callable[[], BinaryIO]


def store_blob(session: Session, open_content: Opener) -> tuple[str, int]:
    """Store the content `open_content` gives unless the campaign already holds it.

    The content is read twice: once to hash it, once to store it. The second read comes
    from the operating system's cache, which is faster than spooling a copy to a
    temporary file, and content already stored (a package imported again) is never
    written at all. The blob and its chunks go in with plain inserts, not ORM objects, so
    memory stays at one chunk whatever the size and no ORM flush is paid. Returns the
    SHA-256 and the size.
    """
    digest = hashlib.sha256()
    size = 0
    with open_content() as stream:
        while chunk := stream.read(CHUNK_SIZE):
            digest.update(chunk)
            size += len(chunk)
    sha256 = digest.hexdigest()
    if session.scalar(select(Blob.sha256).where(Blob.sha256 == sha256)) is not None:
        return sha256, size
    session.execute(insert(Blob).values(sha256=sha256, size=size))
    # Hashing the second read again would cost as much as the first; a file rewritten in
    # the second between the reads is caught by its size, the usual sign of a copy still
    # in progress.
    stored = 0
    with open_content() as stream:
        seq = 0
        while chunk := stream.read(CHUNK_SIZE):
            stored += len(chunk)
            session.execute(insert(BlobChunk).values(sha256=sha256, seq=seq, data=chunk))
            seq += 1
    if stored != size:  # the file changed between the two reads
        raise OSError(0, "the file changed while it was being read")
    return sha256, size


def store_deflated(session: Session, contents: Mapping[str, tuple[int, bytes]]) -> None:
    """Store contents already deflated (zlib) by their callers, given by SHA-256 as (size
    of the content, deflated bytes), unless the campaign holds them: a batch's score
    files, in three statements however many there are."""
    connection = session.connection()  # Core: no ORM bookkeeping
    blobs, chunks = cast(Table, Blob.__table__), cast(Table, BlobChunk.__table__)
    held = set(connection.scalars(select(blobs.c.sha256).where(blobs.c.sha256.in_(contents))))
    new = {sha256: stored for sha256, stored in contents.items() if sha256 not in held}
    if not new:
        return
    connection.execute(
        blobs.insert(),
        [
            {"sha256": sha256, "size": size, "encoding": DEFLATED}
            for sha256, (size, _d) in new.items()
        ],
    )
    connection.execute(
        chunks.insert(),
        [
            {"sha256": sha256, "seq": seq, "data": data[start : start + CHUNK_SIZE]}
            for sha256, (_size, data) in new.items()
            for seq, start in enumerate(range(0, len(data), CHUNK_SIZE))
        ],
    )


def iter_blob(session: Session, sha256: str) -> Iterator[bytes]:
    """The content of a blob, chunk by chunk (inflated, if it is stored deflated)."""
    inflating = session.scalar(select(Blob.encoding).where(Blob.sha256 == sha256)) == DEFLATED
    inflater = zlib.decompressobj()
    for chunk in _stored_chunks(session, sha256):
        yield inflater.decompress(chunk) if inflating else chunk
    if inflating:
        yield inflater.flush()


def _stored_chunks(session: Session, sha256: str) -> Iterator[bytes]:
    seqs = session.scalars(
        select(BlobChunk.seq).where(BlobChunk.sha256 == sha256).order_by(BlobChunk.seq)
    ).all()
    for seq in seqs:
        data = session.scalar(
            select(BlobChunk.data).where(BlobChunk.sha256 == sha256, BlobChunk.seq == seq)
        )
        assert data is not None
        yield data
