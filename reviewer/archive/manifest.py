"""What an archive holds and how its manifest is laid out: shared by making and verifying.

Members live under fixed folders whose names Reviewer chooses; file names that come from
user data (a document's name, a returned file's name) are made safe first. The manifest
(`manifest.json`) lists every other member with its SHA-256 and size, the lock's
fingerprint, Reviewer's version, the archive date and the date to keep it until.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate

MANIFEST = "manifest.json"
README = "说明.txt"
CAMPAIGN_FOLDER = "campaign"
DOCUMENTS_FOLDER = "documents"
RETURNED_FOLDER = "returned"
AUDIT_MEMBER = "audit/审计日志.xlsx"
FORMAT = "reviewer-archive"
FORMAT_VERSION = 1
# 政府采购法 §42: 采购文件的保存期限为从采购结束之日起至少保存十五年。
RETENTION_YEARS = 15
RETAIN_CLAUSE = "《中华人民共和国政府采购法》第四十二条"
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_NO_FILES = QT_TRANSLATE_NOOP("Archive", "manifest.json lists no files")
_NAMELESS = QT_TRANSLATE_NOOP("Archive", "manifest.json lists a file without a name")
_NAMES = QT_TRANSLATE_NOOP("Archive", "manifest.json names {name}, which no archive holds")
_NO_SHA = QT_TRANSLATE_NOOP("Archive", "manifest.json gives no SHA-256 for {name}")
_NO_SIZE = QT_TRANSLATE_NOOP("Archive", "manifest.json gives no size for {name}")


class ArchiveRefused(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not an archive Reviewer can verify: {detail}. Nothing in it was extracted.",
    )


def retain_until(archived: date) -> date:
    """The archive date plus 15 years (政府采购法 §42); 29 February becomes the 28th."""
    try:
        return archived.replace(year=archived.year + RETENTION_YEARS)
    except ValueError:
        return archived.replace(year=archived.year + RETENTION_YEARS, day=28)


@dataclass(frozen=True)
class Entry:
    """One member of the archive as the manifest lists it."""

    path: str
    sha256: str
    size: int
    kind: str  # campaign | document | returned | audit | readme
    source: str = ""  # where a document was written, or who handed a file in

    def as_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "size": self.size,
            "kind": self.kind,
            "source": self.source,
        }


def safe_member_name(name: str) -> bool:
    """Whether `name` may name a member: relative, in forward slashes, without `..`, `.`
    or empty parts, drive letters, backslashes or control characters (zip slip)."""
    if not name or len(name.encode("utf-8")) > 1024 or name.startswith("/"):
        return False
    if "\\" in name or ":" in name or any(ord(c) < 32 or ord(c) == 127 for c in name):
        return False
    return all(part not in {"", ".", ".."} for part in name.split("/"))


def entries_of(manifest: Any, where: str) -> list[Entry]:
    """The manifest's `files`, each checked: a safe name, a SHA-256, a size; raises
    ArchiveRefused naming the first that is not."""
    files = manifest.get("files") if isinstance(manifest, dict) else None
    if not isinstance(files, list):
        raise ArchiveRefused(path=where, detail=_detail(_NO_FILES))
    entries = []
    for item in files:
        if not isinstance(item, dict):
            raise ArchiveRefused(path=where, detail=_detail(_NAMELESS))
        path, sha256, size = item.get("path"), item.get("sha256"), item.get("size")
        if not isinstance(path, str) or not safe_member_name(path) or path == MANIFEST:
            raise ArchiveRefused(path=where, detail=_detail(_NAMES, repr(path)))
        if not isinstance(sha256, str) or not _HEX64.match(sha256):
            raise ArchiveRefused(path=where, detail=_detail(_NO_SHA, path))
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise ArchiveRefused(path=where, detail=_detail(_NO_SIZE, path))
        kind, source = item.get("kind", ""), item.get("source", "")
        entries.append(Entry(path, sha256, size, str(kind), str(source)))
    return entries


def _detail(text: str, name: str = "") -> str:
    return translate("Archive", text).format(name=name)
