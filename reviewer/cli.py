"""The command line: `reviewer VERB ...`, the same program as the desktop app.

Exit codes are a contract scripts rely on: 0 done, 1 input rejected (a message on
stderr in the user's language), 2 usage. Verbs, flags and JSON keys are only ever
added to, never renamed.

Services are imported by the verb that uses them: the desktop app starts through this
module too, and should not pay for importing what only a verb needs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from reviewer import __version__
from reviewer.errors import ReviewerError
from reviewer.i18n import translate

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2
VERBS = ("demo", "info")


def is_command(argv: Sequence[str]) -> bool:
    """Whether `argv` asks for a command-line verb rather than the desktop app."""
    return bool(argv) and (argv[0] in VERBS or argv[0] in {"-h", "--help", "--version"})


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reviewer",
        description=translate(
            "Cli",
            "Reviewer: expert review of smart-city pilot applications. "
            "Without a verb, opens the desktop app (optionally on CAMPAIGN).",
        ),
    )
    parser.add_argument("--version", action="version", version=f"reviewer {__version__}")
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")
    demo = verbs.add_parser("demo", help=translate("Cli", "write the demo campaign to PATH"))
    demo.add_argument("path", type=Path, metavar="PATH")
    demo.add_argument(
        "--force", action="store_true", help=translate("Cli", "replace PATH if it exists")
    )
    info = verbs.add_parser("info", help=translate("Cli", "print a campaign's figures"))
    info.add_argument("campaign", type=Path, metavar="CAMPAIGN")
    info.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    return parser


def _demo(args: argparse.Namespace) -> int:
    from reviewer.demo import write_demo

    for progress in write_demo(args.path, overwrite=args.force):
        if progress.message and sys.stderr.isatty():
            print(f"[{progress.done}/{progress.total}] {progress.message}", file=sys.stderr)
    print(translate("Cli", "Wrote the demo campaign to {path}").format(path=args.path))
    return EXIT_OK


def _info(args: argparse.Namespace) -> int:
    from reviewer import campaigns
    from reviewer.labels import label
    from reviewer.storage import open_campaign

    with open_campaign(args.campaign, read_only=True) as store:
        if args.json:
            print(json.dumps(campaigns.info(store), ensure_ascii=False, indent=2))
            return EXIT_OK
        view = campaigns.overview(store)
    lines = [
        view.title,
        translate("Cli", "Applications: {n}").format(n=view.applications),
    ]
    for track in view.tracks:
        counts = ", ".join(f"{label(s)} {n}" for s, n in track.by_status.items() if n)
        lines.append(f"  {label(track.kind)}: {track.applications} ({counts})")
    lines += [
        translate("Cli", "Experts: {n}").format(n=view.experts),
        translate("Cli", "Scores: {n}").format(n=view.scores),
        translate("Cli", "Scoring round {round}: {done} of {total} assignments done").format(
            round=view.current_round, done=view.progress.done, total=view.progress.total
        ),
    ]
    lines += [f"! {note}" for note in view.attention]
    print("\n".join(lines))
    return EXIT_OK


def main(argv: Sequence[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exit_:  # argparse exits 0 for --help/--version, 2 for usage
        return int(exit_.code or 0)
    handlers = {"demo": _demo, "info": _info}
    try:
        return handlers[args.verb](args)
    except ReviewerError as error:
        print(error.message(), file=sys.stderr)
        return EXIT_REJECTED
