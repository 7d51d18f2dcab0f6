"""The command-line verbs of scoring: `kit` and `sheet` go out to an expert, `scores`
takes the returned score files in.

`kit --json` and `scores --json` are contracts scripts read: the kit's summary; the
files (one entry each) with who has returned and who is missing. A refused score file
is also said on stderr, and makes the exit 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from reviewer.cli.arguments import add_campaign_argument, campaign_file, given_path, shown
from reviewer.cli.exits import EXIT_OK, EXIT_REJECTED
from reviewer.cli.output import escaped_name, print_json, run_job
from reviewer.i18n import counted, translate


def add_kit_verb(verbs: Any) -> None:
    kit = verbs.add_parser(
        "kit", help=translate("Cli", "issue an expert's scoring kit for the current round")
    )
    add_campaign_argument(kit)
    kit.add_argument(
        "--expert", required=True, metavar="ID", help=translate("Cli", "the expert's number")
    )
    kit.add_argument("--out", required=True, type=given_path("--out"), metavar="FILE")
    kit.add_argument(
        "--force",
        action="store_true",
        help=translate(
            "Cli", "replace FILE if it exists (an earlier kit too; never a campaign in use)"
        ),
    )
    kit.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def add_sheet_verb(verbs: Any) -> None:
    sheet = verbs.add_parser(
        "sheet", help=translate("Cli", "write an expert's protected Excel score sheet")
    )
    add_campaign_argument(sheet)
    sheet.add_argument(
        "--expert", required=True, metavar="ID", help=translate("Cli", "the expert's number")
    )
    sheet.add_argument("--out", required=True, type=given_path("--out"), metavar="FILE.xlsx")
    sheet.add_argument(
        "--force", action="store_true", help=translate("Cli", "replace FILE.xlsx if it exists")
    )


def add_scores_verb(verbs: Any) -> None:
    scores = verbs.add_parser(
        "scores", help=translate("Cli", "import the experts' returned score files")
    )
    add_campaign_argument(scores, rest="files")
    scores.add_argument("files", type=given_path("FILE"), nargs="+", metavar="FILE")
    scores.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _kit(args: argparse.Namespace) -> int:
    from reviewer.scoring.kits import KitSummary, issuing_kit
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign) as store:
        summary: KitSummary = run_job(issuing_kit(store, args.expert, args.out, force=args.force))
    if args.json:
        print_json(summary.as_json())
    else:
        print(
            counted(
                translate(
                    "Cli",
                    "Wrote the kit of {name} ({code}), round {round}, {n} "
                    "{n:application|applications}, to {path}",
                ),
                name=summary.expert_name,
                code=summary.expert_code,
                round=summary.round_number,
                n=summary.applications,
                path=shown(summary.path),
            )
        )
    return EXIT_OK


def _sheet(args: argparse.Namespace) -> int:
    from reviewer.scoring.score_workbook import write_score_sheet
    from reviewer.store.outputs import check_destination
    from reviewer.store.storage import open_campaign

    out: Path = args.out
    check_destination(out, force=args.force, campaign=campaign_file(args))
    with open_campaign(args.campaign) as store:
        write_score_sheet(store, args.expert, out, force=args.force)
    print(translate("Cli", "Wrote the score sheet to {path}").format(path=shown(out)))
    return EXIT_OK


def _scores(args: argparse.Namespace) -> int:
    from reviewer.scoring.returns.importing import ScoreOutcome, import_score_files, return_summary
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign) as store:
        reports = import_score_files(store, args.files)
        summary = return_summary(store)
    if args.json:
        print_json({"files": [r.as_json() for r in reports], **summary.as_json()})
    for report in reports:
        refused = report.outcome is ScoreOutcome.REJECTED
        if args.json and not refused:
            continue  # the JSON says it; a refusal is also said on stderr
        mark = {"imported": "+", "unchanged": "=", "rejected": "x"}[report.outcome.value]
        print(
            f"{mark} {escaped_name(report.file)} {report.expert} {report.message}".rstrip(),
            file=sys.stderr if refused else sys.stdout,
        )
    if not args.json:
        print(
            translate("Cli", "Returned: {returned}. Missing: {missing}.").format(
                returned=", ".join(summary.returned) or "-",
                missing=", ".join(summary.missing) or "-",
            )
        )
        if summary.incomplete_applications:
            print(
                translate("Cli", "Still lacking scores: {names}").format(
                    names="、".join(summary.incomplete_applications)
                )
            )
    rejected = any(r.outcome is ScoreOutcome.REJECTED for r in reports)
    return EXIT_REJECTED if rejected else EXIT_OK


HANDLERS = {"kit": _kit, "sheet": _sheet, "scores": _scores}
