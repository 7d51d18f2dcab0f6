"""The command-line verbs of the panel: `experts` (import the expert list) and `assign`.

`experts --json` and `assign --json` are contracts scripts read: the reports'
`as_json`. The expert list's problems are refusals, said on stderr with exit 1.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from reviewer.cli.arguments import add_campaign_argument, given_path
from reviewer.cli.exits import EXIT_OK, EXIT_REJECTED
from reviewer.cli.output import print_json
from reviewer.i18n import translate


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(translate("Cli", "must be 1 or more"))
    return value


def add_experts_verb(verbs: Any) -> None:
    experts = verbs.add_parser(
        "experts", help=translate("Cli", "import the expert panel from an .xlsx expert list")
    )
    add_campaign_argument(experts)
    experts.add_argument("file", type=given_path("FILE.xlsx"), metavar="FILE.xlsx")
    experts.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def add_assign_verb(verbs: Any) -> None:
    assign = verbs.add_parser(
        "assign",
        help=translate(
            "Cli", "assign the panel to the complete applications (every expert, or K each)"
        ),
    )
    add_campaign_argument(assign)
    assign.add_argument(
        "--per-application",
        type=_positive,
        metavar="K",
        help=translate("Cli", "K experts per application, load spread evenly"),
    )
    assign.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _experts(args: argparse.Namespace) -> int:
    from reviewer.inputs.files import Inputs, open_input
    from reviewer.panel.expert_list import MAX_PANEL_BYTES, import_panel
    from reviewer.store.storage import open_campaign

    with (
        open_input(args.file, limit=MAX_PANEL_BYTES, what=Inputs.EXPERT_LIST) as stream,
        open_campaign(args.campaign) as store,
    ):
        report = import_panel(store, stream, args.file.name)
    if args.json:
        print_json(report.as_json())
    else:
        print(
            translate(
                "Cli", "Experts added: {added}, updated: {updated}, unchanged: {same}"
            ).format(
                added=len(report.added), updated=len(report.updated), same=len(report.unchanged)
            )
        )
    for problem in report.problems:  # the list's problems are refusals: on stderr
        print(f"    - {problem.message()}", file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_REJECTED


def _assign(args: argparse.Namespace) -> int:
    from reviewer.panel.assignments import assign_panel
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign) as store:
        summary = assign_panel(store, args.per_application)
    if args.json:
        print_json(summary.as_json())
        return EXIT_OK
    print(
        translate(
            "Cli",
            "{assignments} assignments over {applications} applications; {conflicts} "
            "conflict(s) of interest excluded; {kept} assignment(s) with scores kept.",
        ).format(
            assignments=summary.assignments,
            applications=summary.applications,
            conflicts=summary.conflicts,
            kept=summary.kept_with_scores,
        )
    )
    for code, count in summary.per_expert.items():
        print(f"  {code}: {count}")
    return EXIT_OK


HANDLERS = {"experts": _experts, "assign": _assign}
