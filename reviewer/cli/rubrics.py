"""The command-line verb of the rubrics: `rubric`, a track's rubric exported to a
workbook, or a workbook imported as the new version of its track's rubric."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from reviewer.cli.arguments import add_campaign_argument, campaign_file, given_path, shown
from reviewer.cli.exits import EXIT_OK, EXIT_REJECTED
from reviewer.i18n import translate


def add_rubric_verb(verbs: Any) -> None:
    rubric = verbs.add_parser(
        "rubric", help=translate("Cli", "export a track's rubric to .xlsx, or import one")
    )
    add_campaign_argument(rubric)
    action = rubric.add_mutually_exclusive_group(required=True)
    action.add_argument("--export", type=given_path("--export"), metavar="FILE")
    action.add_argument("--import", dest="import_", type=given_path("--import"), metavar="FILE")
    rubric.add_argument(
        "--track",
        choices=["city", "department"],
        default="city",
        help=translate("Cli", "the track whose rubric to export (default: city)"),
    )
    rubric.add_argument(
        "--force",
        action="store_true",
        help=translate("Cli", "with --export: replace FILE if it exists"),
    )
    rubric.add_argument(
        "--existing-scores",
        choices=["carry-over", "score-again"],
        help=translate(
            "Cli",
            "when the current rubric already has scores: carry them over on the criteria "
            "whose scale is unchanged, or have the experts score again",
        ),
    )


def _rubric(args: argparse.Namespace) -> int:
    from reviewer.inputs.files import Inputs, open_input
    from reviewer.rubrics.catalog import current_rubrics, definition_of
    from reviewer.rubrics.versions import ExistingScores, ExistingScoresUndecided, replace_rubric
    from reviewer.rubrics.workbook import MAX_RUBRIC_BYTES, read_rubric_workbook, rubric_workbook
    from reviewer.store.outputs import check_destination, write_file
    from reviewer.store.storage import open_campaign

    if args.export is not None:
        check_destination(args.export, force=args.force, campaign=campaign_file(args))
        with open_campaign(args.campaign, read_only=True) as store:
            views = {view.track.value: view for view in current_rubrics(store)}
        write_file(args.export, rubric_workbook(definition_of(views[args.track])))
        print(translate("Cli", "Wrote the rubric to {path}").format(path=shown(args.export)))
        return EXIT_OK
    with open_input(args.import_, limit=MAX_RUBRIC_BYTES, what=Inputs.RUBRIC_WORKBOOK) as stream:
        reading = read_rubric_workbook(stream, args.import_.name)
    if reading.definition is None:
        for problem in reading.problems:
            print(problem.message(), file=sys.stderr)
        return EXIT_REJECTED
    with open_campaign(args.campaign) as store:
        existing = ExistingScores(args.existing_scores) if args.existing_scores else None
        try:
            version = replace_rubric(store, reading.definition, existing)
        except ExistingScoresUndecided as undecided:
            print(undecided.message(), file=sys.stderr)
            print(
                translate(
                    "Cli",
                    "Run it again with --existing-scores carry-over or "
                    "--existing-scores score-again.",
                ),
                file=sys.stderr,
            )
            return EXIT_REJECTED
    print(translate("Cli", "The rubric is now version {version}.").format(version=version))
    return EXIT_OK


HANDLERS = {"rubric": _rubric}
