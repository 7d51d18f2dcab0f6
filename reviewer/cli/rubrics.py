"""The command-line verb of the rubrics: `rubric`, a track's rubric exported to a
workbook, or a workbook imported as the new version of its track's rubric; the rubric
library listed (`--library`), or one of its templates made a track's rubric
(`--from-library KEY`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
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
    action.add_argument(
        "--library",
        action="store_true",
        help=translate("Cli", "list the rubric library's templates, with their sources"),
    )
    action.add_argument(
        "--from-library",
        metavar="KEY",
        help=translate("Cli", "make the library's template KEY the track's new rubric"),
    )
    rubric.add_argument(
        "--library-folder",
        type=given_path("--library-folder"),
        metavar="DIR",
        help=translate(
            "Cli", "a folder of the secretariat's own rubric workbooks, listed beside the library"
        ),
    )
    rubric.add_argument(
        "--json", action="store_true", help=translate("Cli", "with --library: print JSON")
    )
    rubric.add_argument(
        "--track",
        choices=["city", "department"],
        default="city",
        help=translate(
            "Cli", "the track whose rubric to export or to replace from the library (default: city)"
        ),
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


def _export(args: argparse.Namespace) -> int:
    from reviewer.rubrics.catalog import current_rubrics, definition_of
    from reviewer.rubrics.workbook import rubric_workbook
    from reviewer.store.outputs import check_destination, write_file
    from reviewer.store.storage import open_campaign

    check_destination(args.export, force=args.force, campaign=campaign_file(args))
    with open_campaign(args.campaign, read_only=True) as store:
        views = {view.track.value: view for view in current_rubrics(store)}
    write_file(args.export, rubric_workbook(definition_of(views[args.track])))
    print(translate("Cli", "Wrote the rubric to {path}").format(path=shown(args.export)))
    return EXIT_OK


def _replace(args: argparse.Namespace, definition: dict[str, Any]) -> int:
    """Make `definition` its track's rubric, as the import and the library both do."""
    from reviewer.rubrics.versions import ExistingScores, ExistingScoresUndecided, replace_rubric
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign) as store:
        existing = ExistingScores(args.existing_scores) if args.existing_scores else None
        try:
            version = replace_rubric(store, definition, existing)
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


def _import(args: argparse.Namespace) -> int:
    from reviewer.inputs.files import Inputs, open_input
    from reviewer.rubrics.workbook import MAX_RUBRIC_BYTES, read_rubric_workbook

    with open_input(args.import_, limit=MAX_RUBRIC_BYTES, what=Inputs.RUBRIC_WORKBOOK) as stream:
        reading = read_rubric_workbook(stream, args.import_.name)
    if reading.definition is None:
        for problem in reading.problems:
            print(problem.message(), file=sys.stderr)
        return EXIT_REJECTED
    return _replace(args, reading.definition)


def _list_library(folder: Path | None, as_json: bool) -> int:
    from reviewer.cli.output import escaped, print_json
    from reviewer.rubrics.library import list_templates, template_record

    templates = list_templates(folder)
    if as_json:
        print_json({"templates": [template_record(t) for t in templates]})
        return EXIT_OK
    for template in templates:
        tracks = ", ".join(track.value for track in template.tracks)
        kinds = ", ".join(template.kind_names())
        print(f"{escaped(template.key)}\t{escaped(template.title)}")
        print("  " + translate("Cli", "Source: {source}").format(source=escaped(template.source)))
        print(
            "  "
            + translate("Cli", "Date: {date}; review: {kinds}; tracks: {tracks}").format(
                date=template.date or "-", kinds=kinds or "-", tracks=tracks or "-"
            )
        )
        for problem in template.problems:
            print("  " + translate("Cli", "Cannot be used: {problem}").format(problem=problem))
    return EXIT_OK


def _from_library(args: argparse.Namespace) -> int:
    from reviewer.rubrics.library import find_template, list_templates
    from reviewer.vocabulary import TrackKind

    template = find_template(list_templates(args.library_folder), args.from_library)
    return _replace(args, template.for_track(TrackKind(args.track)))


def _rubric(args: argparse.Namespace) -> int:
    if args.export is not None:
        return _export(args)
    if args.library:
        return _list_library(args.library_folder, args.json)
    if args.from_library is not None:
        return _from_library(args)
    return _import(args)


HANDLERS = {"rubric": _rubric}
