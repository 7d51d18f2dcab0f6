"""The command-line verbs of the archive (归档, 政府采购法 §42): `archive` and `verify`.

`archive CAMPAIGN --out FILE.zip` writes one zip holding a consistent copy of the
campaign, every document written still as written, every returned score file and sheet
as handed in, the audit log (.xlsx), `manifest.json` and `说明.txt`. `archive --json`
prints `path`, `fingerprint` (of the locked results, "" when none), `archived_at`,
`retain_until`, `files` (per member `path`, `sha256`, `size`, `kind`, `source`) and
`missing` (per document left out `name`, `path`, `reason`: missing or changed).

`verify FILE.zip` recomputes every hash and the lock's fingerprint: exit 0 when all
match, 1 naming each file changed, missing or not in the manifest (and for an archive
it refuses to read). `verify --json` prints `path`, `ok`, `checked`, `fingerprint`,
`retain_until` and `problems` (per file `path`, `problem`: changed, missing, extra or
fingerprint, or unrecorded: a document not the one the campaign recorded).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from reviewer.cli.arguments import add_campaign_argument, given_path, shown
from reviewer.cli.exits import EXIT_OK, EXIT_REJECTED
from reviewer.cli.output import print_json, run_job
from reviewer.i18n import translate


def add_archive_verbs(verbs: Any) -> None:
    archive = verbs.add_parser(
        "archive",
        help=translate(
            "Cli",
            "put the campaign, its documents, the returned score files and the audit log "
            "into one zip with a manifest, to keep 15 years",
        ),
    )
    add_campaign_argument(archive)
    archive.add_argument("--out", type=given_path("--out"), required=True, metavar="FILE.zip")
    archive.add_argument(
        "--force", action="store_true", help=translate("Cli", "replace FILE.zip if it exists")
    )
    archive.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    verify = verbs.add_parser(
        "verify",
        help=translate(
            "Cli", "check an archive: every file's SHA-256 and the locked results' fingerprint"
        ),
    )
    verify.add_argument("archive", type=given_path("FILE.zip"), metavar="FILE.zip")
    verify.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _archive(args: argparse.Namespace) -> int:
    from reviewer.archive.making import Archive, archiving
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign, read_only=True) as store:
        made: Archive = run_job(archiving(store, args.out, force=args.force))
    if args.json:
        print_json(
            {
                "path": str(made.path),
                "fingerprint": made.fingerprint,
                "archived_at": made.archived_at.isoformat(timespec="seconds"),
                "retain_until": made.retain_until,
                "files": [e.as_json() for e in made.entries],
                "missing": [m.as_json() for m in made.missing],
            }
        )
        return EXIT_OK
    print(
        translate("Cli", "Archived {count} files to {path}; keep it until {until}.").format(
            count=len(made.entries), path=shown(made.path), until=made.retain_until
        )
    )
    for gone in made.missing:
        print(gone.text(), file=sys.stderr)
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    from reviewer.archive.verifying import Verification, verifying

    checked: Verification = run_job(verifying(args.archive))
    lock = checked.manifest.get("lock")
    if args.json:
        print_json(
            {
                "path": str(checked.path),
                "ok": checked.ok,
                "checked": checked.checked,
                "fingerprint": lock.get("fingerprint", "") if isinstance(lock, dict) else "",
                "retain_until": str(checked.manifest.get("retain_until", "")),
                "problems": [p.as_json() for p in checked.problems],
            }
        )
    else:
        for problem in checked.problems:
            print(problem.text())
        if checked.ok:
            print(
                translate("Cli", "All {count} files match the manifest.").format(
                    count=checked.checked
                )
            )
    return EXIT_OK if checked.ok else EXIT_REJECTED


HANDLERS = {"archive": _archive, "verify": _verify}
