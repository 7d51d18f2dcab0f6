"""The command line: `reviewer VERB ...`, the same program as the desktop app.

Exit codes are a contract scripts rely on: 0 done, 1 input rejected (a message on
stderr in the user's language), 2 usage. Verbs, flags and JSON keys are only ever
added to, never renamed.

Services are imported by the verb that uses them: the desktop app starts through this
module too, and should not pay for importing what only a verb needs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reviewer import __version__
from reviewer.cli.arguments import (
    add_campaign_argument,
    given_location,
    given_path,
    resolve_campaign,
    shown,
)
from reviewer.cli.backups import HANDLERS as BACKUP_HANDLERS
from reviewer.cli.backups import add_backups_verb
from reviewer.cli.decisions import HANDLERS as DECISION_HANDLERS
from reviewer.cli.decisions import add_decision_verbs
from reviewer.cli.output import error_text, escaped_name, escaped_output, print_json
from reviewer.cli.report import HANDLERS as REPORT_HANDLERS
from reviewer.cli.report import add_report_verb
from reviewer.cli.results import HANDLERS as RESULT_HANDLERS
from reviewer.cli.results import add_result_verbs
from reviewer.errors import ReviewerError
from reviewer.i18n import translate
from reviewer.progress import Job

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2
VERBS = (
    "demo",
    "info",
    "template",
    "import",
    "experts",
    "assign",
    "rubric",
    "kit",
    "sheet",
    "scores",
    "copy",
    *RESULT_HANDLERS,
    *DECISION_HANDLERS,
    "report",
    *BACKUP_HANDLERS,
)


def is_command(argv: Sequence[str]) -> bool:
    """Whether `argv` asks for a command-line verb rather than the desktop app."""
    return bool(argv) and (argv[0] in VERBS or argv[0] in {"-h", "--help", "--version"})


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(translate("Cli", "must be 1 or more"))
    return value


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
    info = verbs.add_parser("info", help=translate("Cli", "print a campaign's figures"))
    add_campaign_argument(info)
    info.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    template = verbs.add_parser(
        "template", help=translate("Cli", "write the application form template (.xlsx) to PATH")
    )
    template.add_argument("path", type=given_path("PATH"), metavar="PATH")
    template.add_argument(
        "--track",
        choices=["city", "department"],
        default="city",
        help=translate("Cli", "the track the form is for (default: city)"),
    )
    template.add_argument(
        "--panel",
        action="store_true",
        help=translate("Cli", "write the expert list template instead of the application form"),
    )
    template.add_argument(
        "--force", action="store_true", help=translate("Cli", "replace PATH if it exists")
    )
    experts = verbs.add_parser(
        "experts", help=translate("Cli", "import the expert panel from an .xlsx expert list")
    )
    add_campaign_argument(experts)
    experts.add_argument("file", type=given_path("FILE.xlsx"), metavar="FILE.xlsx")
    experts.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
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
    scores = verbs.add_parser(
        "scores", help=translate("Cli", "import the experts' returned score files")
    )
    add_campaign_argument(scores, rest="files")
    scores.add_argument("files", type=given_path("FILE"), nargs="+", metavar="FILE")
    scores.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
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
    intake = verbs.add_parser(
        "import",
        help=translate("Cli", "import application packages (folders, zips, folders of packages)"),
    )
    add_campaign_argument(intake, rest="paths")
    intake.add_argument("paths", type=given_path("PATH"), nargs="+", metavar="PATH")
    intake.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    intake.add_argument(
        "--register-applicants",
        action="store_true",
        help=translate(
            "Cli", "register applicants the campaign does not know, as their forms name them"
        ),
    )
    intake.add_argument(
        "--replace",
        action="store_true",
        help=translate("Cli", "replace packages taken in before with these corrected ones"),
    )
    copy = verbs.add_parser(
        "copy",
        help=translate(
            "Cli",
            "copy a campaign to a file, or into an empty database (postgresql://...) on a server",
        ),
    )
    add_campaign_argument(copy)
    copy.add_argument("destination", type=given_location("DESTINATION"), metavar="DESTINATION")
    copy.add_argument(
        "--force", action="store_true", help=translate("Cli", "replace DESTINATION if it exists")
    )
    add_result_verbs(verbs)
    add_decision_verbs(verbs)
    add_report_verb(verbs)
    add_backups_verb(verbs)
    return parser


def _demo(args: argparse.Namespace) -> int:
    from reviewer.demo.campaign import write_demo, write_packages
    from reviewer.errors import FolderMissing
    from reviewer.store.outputs import check_destination

    if args.packages is not None and not args.packages.parent.is_dir():
        raise FolderMissing(folder=args.packages.parent)
    if isinstance(args.path, Path):
        check_destination(args.path, force=args.force, replaces_campaign=True)
    if args.packages is not None:  # checked whole before the campaign is written
        _run(write_packages(args.packages, force=args.force))
    _run(write_demo(args.path, overwrite=args.force))
    print(translate("Cli", "Wrote the demo campaign to {path}").format(path=shown(args.path)))
    if args.packages is not None:
        print(
            translate("Cli", "Wrote the demo's packages to {path}").format(
                path=shown(args.packages)
            )
        )
    return EXIT_OK


def _copy(args: argparse.Namespace) -> int:
    from reviewer.store.outputs import check_destination
    from reviewer.store.storage import copy_campaign, open_campaign

    if isinstance(args.destination, Path):  # another campaign, yes; never this one
        source = args.campaign if isinstance(args.campaign, Path) else None
        check_destination(
            args.destination, force=args.force, campaign=source, replaces_campaign=True
        )
    with open_campaign(args.campaign, read_only=True) as store:
        copy_campaign(store, args.destination, overwrite=args.force)
    print(translate("Cli", "Copied the campaign to {path}").format(path=shown(args.destination)))
    return EXIT_OK


def _run(job: Job) -> Any:
    """Run a job to its end, showing progress on a terminal; returns the job's result."""
    while True:
        try:
            progress = next(job)
        except StopIteration as finished:
            return finished.value
        if progress.message and sys.stderr.isatty():
            print(f"[{progress.done}/{progress.total}] {progress.message}", file=sys.stderr)


def _info(args: argparse.Namespace) -> int:
    from reviewer.campaign import overview
    from reviewer.labels import label
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign, read_only=True) as store:
        if args.json:
            print_json(overview.info(store))
            return EXIT_OK
        view = overview.overview(store)
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


def _template(args: argparse.Namespace) -> int:
    from reviewer.intake.application_form import form_template
    from reviewer.panel.expert_list import panel_template
    from reviewer.store.outputs import check_destination, write_file
    from reviewer.vocabulary import TrackKind

    path: Path = args.path
    check_destination(path, force=args.force)
    write_file(path, panel_template() if args.panel else form_template(TrackKind(args.track)))
    written = (
        translate("Cli", "Wrote the expert list template to {path}")
        if args.panel
        else translate("Cli", "Wrote the application form template to {path}")
    )
    print(written.format(path=shown(path)))
    return EXIT_OK


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


def _import(args: argparse.Namespace) -> int:
    from reviewer.intake.importing import Outcome, PackageReport, import_packages
    from reviewer.labels import label
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign) as store:
        reports: list[PackageReport] = _run(
            import_packages(
                store,
                args.paths,
                replace=args.replace,
                register_applicants=args.register_applicants,
            )
        )
    held_back = {Outcome.REJECTED, Outcome.NEEDS_CONFIRMATION}
    if args.json:
        print_json([r.as_json() for r in reports])
    for report in reports:
        refused = report.outcome in held_back
        if args.json and not refused:
            continue  # the JSON says it; a refusal is also said on stderr
        facts = [report.applicant or report.label]
        if report.track:
            facts.append(label(report.track))
        if report.status:
            facts.append(label(report.status))
        source = escaped_name(report.source)
        lines = [f"{_OUTCOME_MARKS[report.outcome]} {' · '.join(facts)}  ({source})"]
        lines += [f"    - {line}" for line in report.notes]
        if report.skipped:
            passed = translate("Cli", "Passed over, not read: {names}")
            lines.append(
                "    - " + passed.format(names="、".join(map(escaped_name, report.skipped)))
            )
        if report.outcome is Outcome.NEEDS_CONFIRMATION:
            lines.append(
                "    - "
                + translate(
                    "Cli",
                    "A different package was taken in before; run again with --replace "
                    "to replace it.",
                )
            )
        print("\n".join(lines), file=sys.stderr if refused else sys.stdout)
    return EXIT_REJECTED if any(r.outcome in held_back for r in reports) else EXIT_OK


_OUTCOME_MARKS = {
    "imported": "+",
    "replaced": "~",
    "unchanged": "=",
    "needs_confirmation": "?",
    "rejected": "x",
}


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


def _rubric(args: argparse.Namespace) -> int:
    from reviewer.inputs.files import Inputs, open_input
    from reviewer.rubrics.catalog import current_rubrics, definition_of
    from reviewer.rubrics.versions import ExistingScores, ExistingScoresUndecided, replace_rubric
    from reviewer.rubrics.workbook import MAX_RUBRIC_BYTES, read_rubric_workbook, rubric_workbook
    from reviewer.store.outputs import check_destination, write_file
    from reviewer.store.storage import open_campaign

    if args.export is not None:
        check_destination(args.export, force=args.force, campaign=_campaign_file(args))
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


def _kit(args: argparse.Namespace) -> int:
    from reviewer.scoring.kits import KitSummary, issuing_kit
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign) as store:
        summary: KitSummary = _run(issuing_kit(store, args.expert, args.out, force=args.force))
    if args.json:
        print_json(summary.as_json())
    else:
        print(
            translate(
                "Cli",
                "Wrote the kit of {name} ({code}), round {round}, {n} application(s), to {path}",
            ).format(
                name=summary.expert_name,
                code=summary.expert_code,
                round=summary.round_number,
                n=summary.applications,
                path=shown(summary.path),
            )
        )
    return EXIT_OK


def _campaign_file(args: argparse.Namespace) -> Path | None:
    """The campaign file the verb works on, which its outputs must never overwrite;
    None for a campaign in a database."""
    return args.campaign if isinstance(args.campaign, Path) else None


def _sheet(args: argparse.Namespace) -> int:
    from reviewer.scoring.score_workbook import write_score_sheet
    from reviewer.store.outputs import check_destination
    from reviewer.store.storage import open_campaign

    out: Path = args.out
    check_destination(out, force=args.force, campaign=_campaign_file(args))
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


def main(argv: Sequence[str]) -> int:
    with escaped_output():
        return _main(argv)


def _main(argv: Sequence[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
        resolve_campaign(args)
    except SystemExit as exit_:  # argparse exits 0 for --help/--version, 2 for usage
        return int(exit_.code or 0)
    except ReviewerError as error:  # an argument refused by its type (an empty path)
        print(error_text(error), file=sys.stderr)
        return EXIT_REJECTED
    handlers = {
        "demo": _demo,
        "info": _info,
        "template": _template,
        "import": _import,
        "experts": _experts,
        "assign": _assign,
        "rubric": _rubric,
        "kit": _kit,
        "scores": _scores,
        "copy": _copy,
        "sheet": _sheet,
        **RESULT_HANDLERS,
        **DECISION_HANDLERS,
        **REPORT_HANDLERS,
        **BACKUP_HANDLERS,
    }
    try:
        code: int = handlers[args.verb](args)
        sys.stdout.flush()  # here, where a closed pipe is caught, not at exit
        return code
    except ReviewerError as error:
        print(error_text(error), file=sys.stderr)
        return EXIT_REJECTED
    except BrokenPipeError:
        # The reader stopped early (`reviewer reconcile … | head`): the work is done, only
        # the rest of the listing has nowhere to go. Point stdout at nothing, so Python's
        # flush at exit does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
