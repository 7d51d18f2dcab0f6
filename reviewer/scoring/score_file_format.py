"""The score file's format, apart from any campaign: reading it, its layout, its
signature. Nothing here touches the database or Qt, so a worker process can read and
authenticate a batch's files while the main process writes the ones before.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import zlib
from dataclasses import dataclass
from datetime import datetime
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

import orjson

from reviewer.inputs.files import InputRefused, Inputs, read_input
from reviewer.scoring.comments import kept_comment

FORMAT = "reviewer.score-file"
VERSION = 1
# A score file takes about 100 bytes a score: 200 KB for the 2,000 scores of the merge
# benchmark's experts, a few KB for a real panel's. 4 MB, some 40,000 scores, is beyond
# any round. The limit also bounds what any file costs to parse, since JSON's objects
# take up to 25 times the bytes that spell them ("{}," is a 64-byte dict): 8 MB of them
# took a refusal to 365 MB.
MAX_SCORE_FILE_BYTES = 4 << 20
# Nesting a score file's fields never exceed (its scores are checked entry by entry); a
# file nested past orjson's 1,024 levels is refused, not handed to the standard library,
# which recurses until Python stops it.
MAX_DEPTH = 8


def _canonical(payload: dict[str, Any]) -> bytes:
    # No circular check: a payload is plain data (parsed JSON or built here), and the
    # check costs a dict operation per score of every file verified.
    return json.dumps(
        payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), check_circular=False
    ).encode()


def sign(secret: str, payload: dict[str, Any]) -> str:
    return hmac.new(bytes.fromhex(secret), _canonical(payload), hashlib.sha256).hexdigest()


# SQLite's integers are 64-bit: a larger number in a file could not even be looked up.
_LARGEST = (1 << 63) - 1


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= _LARGEST


def malformed_field(signed: dict[str, Any]) -> str | None:
    """The first field not laid out as `write_score_file` writes it, or None.

    Checked before anything else is read, so that the checks below (and the import,
    which trusts a verified file) meet only the types they expect, even in a file an
    expert edited by hand and re-signed with the kit's secret.
    """
    for key in ("campaign", "kit", "expert"):
        if not isinstance(signed.get(key), str):
            return key
    for key in ("round", "sequence"):
        if not _whole(signed.get(key)):
            return key
    rubrics = signed.get("rubrics", {})
    if not isinstance(rubrics, dict) or not all(_whole(v) for v in rubrics.values()):
        return "rubrics"
    conflicts = signed.get("conflicts", [])
    if not isinstance(conflicts, list) or not all(
        isinstance(c, dict)
        and _whole(c.get("application_id"))
        and isinstance(c.get("reason", ""), str)
        for c in conflicts
    ):
        return "conflicts"
    if not _commitment_well_formed(signed.get("commitment", {})):
        return "commitment"
    recusals = signed.get("recusals", [])
    if not isinstance(recusals, list) or not all(
        isinstance(r, dict)
        and _whole(r.get("application_id"))
        and all(isinstance(r.get(k, ""), str) for k in ("applicant", "title", "track", "reason"))
        for r in recusals
    ):
        return "recusals"
    return None if _scores_well_formed(signed["scores"]) else "scores"


def _commitment_well_formed(commitment: object) -> bool:
    """The commitment's acceptance as written: its time (ISO, or null while not accepted)
    and the SHA-256 of the text accepted; absent in a file from an older kit."""
    if not isinstance(commitment, dict):
        return False
    accepted = commitment.get("accepted_at")
    if accepted is not None:
        if not isinstance(accepted, str):
            return False
        try:
            datetime.fromisoformat(accepted)
        except ValueError:
            return False
    return isinstance(commitment.get("sha256", ""), str)


def _scores_well_formed(entries: list[Any]) -> bool:
    """Every score entry laid out as written: checked field by field over all entries at
    once (sets of types, the range of the ids), since a file holds thousands of them.
    Written with `map` so that each pass over the entries runs in C."""
    if set(map(type, entries)) - {dict}:
        return False

    def column(key: str, missing: object = None) -> list[Any]:
        return list(map(dict.get, entries, repeat(key), repeat(missing)))

    for key in ("application_id", "criterion_id"):
        ids = column(key)
        if set(map(type, ids)) - {int} or (ids and not 0 <= min(ids) <= max(ids) <= _LARGEST):
            return False
    if set(map(type, column("value"))) - {str, int, float}:
        return False  # bool is its own type here, so True is refused as it should be
    return not any(
        set(map(type, column(key, ""))) - {str} for key in ("applicant", "criterion", "comment")
    )


def parse_score_file(data: bytes) -> Any:
    """The file's JSON. orjson reads it in a third of the time; whatever orjson refuses
    (a number beyond 64 bits, a lone surrogate) is read by the standard library, which
    decides, as it always has. Raises ValueError for a file that is not JSON, or nests
    deeper than a score file does anywhere but in its scores (see `malformed_field`)."""
    try:
        parsed = orjson.loads(data)
    except orjson.JSONDecodeError as error:
        if "depth" in str(error):  # nested beyond orjson's 1,024 levels
            raise ValueError("nested too deeply") from error
        try:
            parsed = json.loads(data.decode("utf-8"))
        except RecursionError:
            raise ValueError("nested too deeply") from None
    if isinstance(parsed, dict) and any(
        _deeper_than(value, MAX_DEPTH - 1) for key, value in parsed.items() if key != "scores"
    ):
        raise ValueError("nested too deeply")
    return parsed


def _deeper_than(value: object, depth: int) -> bool:
    """Whether `value` nests containers more than `depth` deep; walked without recursion,
    since the point is to refuse what recursion would choke on."""
    level: list[object] = [value]
    while level:
        if depth < 0:
            return True
        depth -= 1
        inner: list[object] = []
        for item in level:
            if isinstance(item, dict):
                inner.extend(item.values())
            elif isinstance(item, list):
                inner.extend(item)
        level = inner
    return False


def signed_with(secret: str, payload: dict[str, Any], signature: str) -> bool:
    """Whether `signature` is the kit's HMAC of `payload` in its canonical form.

    orjson writes the canonical form 15 times faster than the standard library and byte
    for byte the same for what Reviewer writes; should it ever differ, the standard
    library's form, which defines the signature, is tried too. Accepting a match of
    either is sound: an HMAC over any serialisation of this payload proves the kit's
    holder signed this payload.
    """
    if not signature.isascii():  # compare_digest refuses to compare such a string
        return False
    key = bytes.fromhex(secret)
    try:
        quick = orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        quick = None
    if quick is not None and hmac.compare_digest(
        signature, hmac.new(key, quick, hashlib.sha256).hexdigest()
    ):
        return True
    try:
        return hmac.compare_digest(signature, sign(secret, payload))
    except RecursionError:  # nested past what `json` writes (see MAX_DEPTH): never signed
        return False


@dataclass(frozen=True)
class ScoreColumns:
    """A file's scores as columns, entry i across them: what the import writes, without a
    dict per score to pass between processes."""

    applications: list[int]
    criteria: list[int]
    values: list[Any]  # as written: "2.5", or a number in a file written by hand
    comments: list[str]

    def __len__(self) -> int:
        return len(self.applications)


def columns_of(entries: list[dict[str, Any]]) -> ScoreColumns:
    """The columns of well-formed score entries (see `_scores_well_formed`)."""
    return ScoreColumns(
        list(map(itemgetter("application_id"), entries)),
        list(map(itemgetter("criterion_id"), entries)),
        list(map(itemgetter("value"), entries)),
        list(map(kept_comment, map(dict.get, entries, repeat("comment"), repeat("")))),
    )


@dataclass(frozen=True)
class ScoreSummary:
    """What the campaign's checks need to know of a file's scores, sized by the rubric
    rather than by the scores: per application, the criteria scored; whether any pair
    of application and criterion comes twice; each distinct (criterion, value)."""

    criteria_of: dict[int, frozenset[int]]
    each_once: bool
    values: frozenset[tuple[int, Any]]


def summarise(columns: ScoreColumns) -> ScoreSummary:
    pairs = set(zip(columns.applications, columns.criteria, strict=True))
    criteria_of: dict[int, set[int]] = {}
    for application, criterion in pairs:
        criteria_of.setdefault(application, set()).add(criterion)
    return ScoreSummary(
        {application: frozenset(scored) for application, scored in criteria_of.items()},
        len(pairs) == len(columns),
        frozenset(zip(columns.criteria, columns.values, strict=True)),
    )


@dataclass(frozen=True)
class SignedRead:
    """A file as a worker read it. `header` and `columns` are set only when the file is a
    well-formed score file signed with the secret of the kit it names; anything else is
    left to the campaign's own checks, which name the problem."""

    data: bytes | None  # None: the file could not be read
    sha256: str
    deflated: bytes | None = None  # as the campaign keeps it (see `deflate`)
    header: dict[str, Any] | None = None  # every field but the scores and the signature
    columns: ScoreColumns | None = None
    summary: ScoreSummary | None = None


_secrets: dict[str, str] = {}  # in a worker process: each issued kit's secret, by uid


def deflate(data: bytes) -> bytes:
    """A score file as the campaign keeps it (blobs.store_deflated): zlib at level 3, 0.5 ms
    and a twentieth of the size for a file of 2,000 scores."""
    return zlib.compress(data, 3)


def remember_secrets(secrets: dict[str, str]) -> None:
    """A worker's initializer: the secrets of the campaign's kits, sent once."""
    _secrets.clear()
    _secrets.update(secrets)


def read_signed(path: str) -> SignedRead:
    """Read, parse and authenticate one file, in a worker process."""
    try:
        data = read_input(Path(path), limit=MAX_SCORE_FILE_BYTES, what=Inputs.SCORE_FILE)
    except InputRefused:  # the caller reads it again, and reports why not
        return SignedRead(None, "")
    read = SignedRead(data, hashlib.sha256(data).hexdigest(), deflate(data))
    try:
        signed = parse_score_file(data)
        signature = signed.pop("signature")
    except (ValueError, UnicodeDecodeError, AttributeError, KeyError, TypeError):
        return read
    if (
        signed.get("format") != FORMAT
        or not isinstance(signed.get("scores"), list)
        or malformed_field(signed) is not None
        or not isinstance(signature, str)
        or signed["kit"] not in _secrets
        or not signed_with(_secrets[signed["kit"]], signed, signature)
    ):
        return read
    columns = columns_of(signed.pop("scores"))
    return SignedRead(data, read.sha256, read.deflated, signed, columns, summarise(columns))
