"""Material content stored once per SHA-256, in chunks, so memory stays flat."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterator
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Blob, BlobChunk

CHUNK_SIZE = 1 << 20


def store_blob(session: Session, stream: BinaryIO) -> tuple[str, int]:
    """Store the content of `stream` unless the campaign already holds it.

    The stream is hashed while it is spooled to a temporary file, so the hash is known
    before anything is written and a file read once is never held whole in memory.
    Returns the SHA-256 and the size.
    """
    digest = hashlib.sha256()
    size = 0
    with tempfile.TemporaryFile() as spool:
        while chunk := stream.read(CHUNK_SIZE):
            digest.update(chunk)
            size += len(chunk)
            spool.write(chunk)
        sha256 = digest.hexdigest()
        if session.get(Blob, sha256) is not None:
            return sha256, size
        session.add(Blob(sha256=sha256, size=size))
        spool.seek(0)
        seq = 0
        while chunk := spool.read(CHUNK_SIZE):
            row = BlobChunk(sha256=sha256, seq=seq, data=chunk)
            session.add(row)
            session.flush()
            session.expunge(row)  # written; keeping it in the session would hold it in memory
            seq += 1
    return sha256, size


def iter_blob(session: Session, sha256: str) -> Iterator[bytes]:
    """The content of a blob, chunk by chunk."""
    seqs = session.scalars(
        select(BlobChunk.seq).where(BlobChunk.sha256 == sha256).order_by(BlobChunk.seq)
    ).all()
    for seq in seqs:
        chunk = session.get(BlobChunk, (sha256, seq))
        assert chunk is not None
        yield chunk.data
        session.expunge(chunk)
