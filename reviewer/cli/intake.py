"""The command-line verbs of intake: `template` (the application form, or the expert
list, to hand out), `import` (application packages) and `gates` (which of the call's
checks make a package ineligible rather than incomplete).

`import --json` is a contract scripts read: a list, one entry per package, as
`PackageReport.as_json` writes it. A package refused or held back for confirmation is
also said on stderr, and makes the exit 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from reviewer.cli.arguments import add_campaign_argument, given_path, shown
from reviewer.cli.exits import EXIT_OK, EXIT_REJECTED
from reviewer.cli.output import escaped_name, print_json, run_job
from reviewer.i18n import translate


def add_template_verb(verbs: Any) -> None:
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
        "--review",
        choices=["selection", "acceptance", "midterm"],
        default="selection",
        help=translate(
            "Cli",
            "the review the form is for: the selection's application form (default), the "
            "acceptance review's or the mid-term evaluation's",
        ),
    )
    template.add_argument(
        "--panel",
        action="store_true",
        help=translate("Cli", "write the expert list template instead of the application form"),
    )
    template.add_argument(
        "--force", action="store_true", help=translate("Cli", "replace PATH if it exists")
    )


def add_import_verb(verbs: Any) -> None:
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
    add_gates_verb(verbs)


def add_gates_verb(verbs: Any) -> None:
    gates = verbs.add_parser(
        "gates",
        help=translate(
            "Cli", "show or set which checks make a package ineligible rather than incomplete"
        ),
    )
    add_campaign_argument(gates)
    gates.add_argument(
        "--gate",
        action="append",
        default=[],
        metavar="CHECK",
        help=translate("Cli", "make CHECK a gate: failing it makes a package ineligible"),
    )
    gates.add_argument(
        "--completeness",
        action="append",
        default=[],
        metavar="CHECK",
        help=translate("Cli", "make CHECK a completeness check: failing it makes it incomplete"),
    )
    gates.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _template(args: argparse.Namespace) -> int:
    from reviewer.intake.application_form import form_template
    from reviewer.labels import label
    from reviewer.panel.expert_list import panel_template
    from reviewer.store.outputs import check_destination, write_file
    from reviewer.vocabulary import CampaignKind, TrackKind

    path: Path = args.path
    review = CampaignKind(args.review)
    check_destination(path, force=args.force)
    write_file(
        path, panel_template() if args.panel else form_template(TrackKind(args.track), review)
    )
    if args.panel:
        written = translate("Cli", "Wrote the expert list template to {path}")
    elif review is CampaignKind.SELECTION:
        written = translate("Cli", "Wrote the application form template to {path}")
    else:
        written = translate("Cli", "Wrote the {review} form template to {path}").replace(
            "{review}", label(review)
        )
    print(written.format(path=shown(path)))
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from reviewer.intake.importing import Outcome, PackageReport, import_packages
    from reviewer.labels import label
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign) as store:
        reports: list[PackageReport] = run_job(
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


def _gates(args: argparse.Namespace) -> int:
    from reviewer.intake.gates import StatusChange, gate_settings, set_gates
    from reviewer.labels import label
    from reviewer.store.storage import open_campaign

    changes: list[StatusChange] = []
    with open_campaign(args.campaign, read_only=not (args.gate or args.completeness)) as store:
        if args.gate or args.completeness:
            now = {s.code for s in gate_settings(store) if s.gate}
            changes = set_gates(store, (now | set(args.gate)) - set(args.completeness))
        settings = gate_settings(store)
    if args.json:
        print_json(
            {
                "gates": [s.code for s in settings if s.gate],
                "checks": [
                    {"code": s.code, "gate": s.gate, "default": s.default, "clause": s.clause}
                    for s in settings
                ],
                "changed": [
                    {
                        "application_id": c.application_id,
                        "applicant": c.applicant,
                        "old": c.old.value,
                        "new": c.new.value,
                    }
                    for c in changes
                ],
            }
        )
        return EXIT_OK
    gate, completeness = translate("Cli", "gate"), translate("Cli", "completeness")
    for s in settings:
        print(f"{s.code:<14} {gate if s.gate else completeness:<12} {s.clause}")
    for c in changes:
        print(f"~ {c.applicant}: {label(c.old)} -> {label(c.new)}")
    return EXIT_OK


HANDLERS = {"template": _template, "import": _import, "gates": _gates}
