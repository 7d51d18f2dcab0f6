"""The command-line verb `demo`: write the demo campaign, and its packages to try
importing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from reviewer.cli.arguments import given_location, given_path, shown
from reviewer.cli.exits import EXIT_OK, EXIT_USAGE
from reviewer.cli.output import run_job
from reviewer.i18n import translate


def add_demo_verb(verbs: Any) -> None:
    demo = verbs.add_parser("demo", help=translate("Cli", "write the demo campaign to PATH"))
    demo.add_argument("path", type=given_location("PATH"), metavar="PATH")
    demo.add_argument(
        "--force",
        action="store_true",
        help=translate("Cli", "replace PATH, and the packages in DIR, if they exist"),
    )
    demo.add_argument(
        "--packages",
        type=given_path("--packages"),
        metavar="DIR",
        help=translate(
            "Cli", "also write the demo's 17 application packages into DIR, to try importing"
        ),
    )
    demo.add_argument(
        "--acceptance",
        action="store_true",
        help=translate(
            "Cli",
            "write instead a demo acceptance review of the demo's approved pilots, partly scored",
        ),
    )
    demo.add_argument(
        "--selection",
        type=given_path("--selection"),
        metavar="FILE",
        help=translate(
            "Cli",
            "with --acceptance, keep at FILE the locked and decided selection it is made from",
        ),
    )


def _acceptance(args: argparse.Namespace) -> int:
    """The demo acceptance review (and the selection it continues, if asked)."""
    from reviewer.demo.acceptance import write_acceptance_demo
    from reviewer.store.outputs import check_destination

    if args.selection is not None:
        if args.selection.resolve() == Path(args.path).resolve():
            print(
                translate(
                    "Cli", "demo: --selection names the file the review goes to; give another."
                ),
                file=sys.stderr,
            )
            return EXIT_USAGE
        check_destination(args.selection, force=args.force, replaces_campaign=True)
    run_job(write_acceptance_demo(args.path, overwrite=args.force, selection=args.selection))
    message = translate("Cli", "Wrote the demo acceptance review to {path}")
    print(message.format(path=shown(args.path)))
    if args.selection is not None:
        message = translate("Cli", "Wrote the decided demo selection to {path}")
        print(message.format(path=shown(args.selection)))
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from reviewer.demo.campaign import write_demo, write_packages
    from reviewer.errors import FolderMissing
    from reviewer.store.outputs import check_destination

    if args.packages is not None and not args.packages.parent.is_dir():
        raise FolderMissing(folder=args.packages.parent)
    if isinstance(args.path, Path):
        check_destination(args.path, force=args.force, replaces_campaign=True)
    if args.acceptance or args.selection is not None:
        if not args.acceptance or args.packages is not None:
            print(
                translate("Cli", "demo: --selection needs --acceptance, which takes no --packages"),
                file=sys.stderr,
            )
            return EXIT_USAGE
        return _acceptance(args)
    if args.packages is not None:  # checked whole before the campaign is written
        run_job(write_packages(args.packages, force=args.force))
    run_job(write_demo(args.path, overwrite=args.force))
    print(translate("Cli", "Wrote the demo campaign to {path}").format(path=shown(args.path)))
    if args.packages is not None:
        print(
            translate("Cli", "Wrote the demo's packages to {path}").format(
                path=shown(args.packages)
            )
        )
    return EXIT_OK


HANDLERS = {"demo": _demo}
