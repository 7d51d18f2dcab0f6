"""The command-line verbs of the panel: `experts` (import the expert list), `assign`,
`panel-rules` (the panel rule of 87号令 §47 and what breaks it), `panel-add` (put an
expert, usually the reserve proposed, on one application's panel) and `conflicts`
(declare an expert's tie to an applicant, or list the ties, the conflicts declared and
the ties still pending an applicant).

`experts --json`, `assign --json`, `panel-rules --json` and `panel-add --json` are
contracts scripts read: the reports' `as_json`. The expert list's problems are refusals,
said on stderr with exit 1. `experts --json` also gives `pending_ties` (`expert`,
`applicant`, `relation`): the list's ties to applicants not registered yet, kept.
`conflicts --json` gives `ties` (`expert`, `applicant`, `relation`, `note`), `declared`
(`expert`, `application_id`, `applicant`, `source`, `reason`) and `pending_ties`
(`expert`, `applicant`, `relation`, `note`, `source`); with --expert, `declared_now`.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from reviewer.cli.arguments import add_campaign_argument, given_path
from reviewer.cli.exits import EXIT_OK, EXIT_REJECTED
from reviewer.cli.output import print_json
from reviewer.i18n import counted, translate


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


def add_panel_rule_verbs(verbs: Any) -> None:
    rules = verbs.add_parser(
        "panel-rules",
        help=translate(
            "Cli",
            "show or set the panel rule (at least N experts, an odd number: 87号令 §47) and "
            "list the applications whose panel breaks it, with the reserves proposed",
        ),
    )
    add_campaign_argument(rules)
    rules.add_argument(
        "--minimum",
        type=_positive,
        metavar="N",
        help=translate("Cli", "the smallest panel an application may have (default 5)"),
    )
    odd = rules.add_mutually_exclusive_group()
    odd.add_argument(
        "--odd",
        dest="odd",
        action="store_const",
        const=True,
        help=translate("Cli", "the panel must be an odd number (the default)"),
    )
    odd.add_argument(
        "--any-size",
        dest="odd",
        action="store_const",
        const=False,
        help=translate("Cli", "an even panel is allowed"),
    )
    rules.add_argument(
        "--returns-closed",
        action="store_true",
        help=translate(
            "Cli", "count every assigned expert who has not scored an application as absent"
        ),
    )
    rules.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    add = verbs.add_parser(
        "panel-add",
        help=translate("Cli", "put an expert (the reserve proposed) on one application's panel"),
    )
    add_campaign_argument(add)
    add.add_argument(
        "--expert", required=True, metavar="ID", help=translate("Cli", "the expert's number")
    )
    add.add_argument(
        "--application",
        required=True,
        metavar="APPLICATION",
        help=translate("Cli", "the application's number or its applicant's name"),
    )
    add.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


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
        if report.pending:
            print(
                translate(
                    "Cli",
                    "Ties kept pending until their applicant is registered: {n} ({ties})",
                ).format(
                    n=len(report.pending),
                    ties="、".join(f"{code}→{name}" for code, name, _relation in report.pending),
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
        counted(
            translate(
                "Cli",
                "{assignments} {assignments:assignment|assignments} over {applications} "
                "{applications:application|applications}; {conflicts} "
                "{conflicts:conflict|conflicts} of interest excluded; {kept} "
                "{kept:assignment|assignments} with scores kept.",
            ),
            assignments=summary.assignments,
            applications=summary.applications,
            conflicts=summary.conflicts,
            kept=summary.kept_with_scores,
        )
    )
    for code, count in summary.per_expert.items():
        print(f"  {code}: {count}")
    _print_breaches(list(summary.breaches))
    return EXIT_OK


def _print_breaches(breaches: list[Any]) -> None:
    for breach in breaches:
        print(f"  ! {breach.message()}")


def _panel_rules(args: argparse.Namespace) -> int:
    from reviewer.panel.rules import panel_rule_breaches, panel_rules, set_panel_rules
    from reviewer.store.storage import open_campaign

    changing = args.minimum is not None or args.odd is not None
    with open_campaign(args.campaign, read_only=not changing) as store:
        rules = set_panel_rules(store, args.minimum, args.odd) if changing else panel_rules(store)
        breaches = panel_rule_breaches(store, returns_closed=args.returns_closed)
    if args.json:
        print_json({**rules.as_json(), "breaches": [b.as_json() for b in breaches]})
        return EXIT_OK
    rule = (
        translate("Cli", "Panel rule: at least {n} experts, an odd number (87号令 §47).")
        if rules.odd
        else translate("Cli", "Panel rule: at least {n} experts.")
    )
    print(rule.format(n=rules.minimum))
    if not breaches:
        print(translate("Cli", "Every application's panel keeps the rule."))
    _print_breaches(breaches)
    return EXIT_OK


def _panel_add(args: argparse.Namespace) -> int:
    from reviewer.panel.rules import add_to_panel, panel_rules
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign) as store:
        panel = add_to_panel(store, args.expert, args.application)
        rules = panel_rules(store)
    size = len(panel.members)
    if args.json:
        print_json(
            {
                "application_id": panel.application_id,
                "applicant": panel.applicant,
                "size": size,
                "members": [m.code for m in panel.members],
                "reserves": [m.code for m in panel.members if m.is_reserve],
                "breaks": list(rules.breaks(size)),
            }
        )
        return EXIT_OK
    print(
        counted(
            translate("Cli", "{applicant}: a panel of {size} {size:expert|experts}: {names}"),
            applicant=panel.applicant,
            size=size,
            names="、".join(m.shown() for m in panel.members),
        )
    )
    return EXIT_OK


def add_conflicts_verb(verbs: Any) -> None:
    from reviewer.vocabulary import TieRelation

    conflicts = verbs.add_parser(
        "conflicts",
        help=translate(
            "Cli",
            "declare an expert's tie to an applicant (a conflict of interest), or list the "
            "ties, the conflicts declared and the ties pending an applicant",
        ),
    )
    add_campaign_argument(conflicts)
    conflicts.add_argument(
        "--expert", metavar="CODE", help=translate("Cli", "the expert's code (E01)")
    )
    conflicts.add_argument(
        "--applicant", metavar="NAME", help=translate("Cli", "the applicant's registered name")
    )
    conflicts.add_argument(
        "--reason", metavar="TEXT", help=translate("Cli", "the tie, for the record")
    )
    conflicts.add_argument(
        "--relation",
        choices=[relation.value for relation in TieRelation],
        default=TieRelation.OTHER.value,
        help=translate("Cli", "what ties them (default: other)"),
    )
    conflicts.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    conflicts.set_defaults(conflicts_parser=conflicts)


def _conflicts(args: argparse.Namespace) -> int:
    from reviewer.panel.ties import declare_tie, ties_listing
    from reviewer.store.storage import open_campaign
    from reviewer.vocabulary import TieRelation

    declaring = args.expert is not None
    if declaring and not (args.applicant and args.reason and args.reason.strip()):
        args.conflicts_parser.error(
            translate("Cli", "--expert needs --applicant NAME and --reason TEXT")
        )
    if not declaring and (args.applicant or args.reason):
        args.conflicts_parser.error(translate("Cli", "--applicant and --reason need --expert CODE"))
    with open_campaign(args.campaign, read_only=not declaring) as store:
        added = None
        if declaring:
            relation = TieRelation(args.relation)
            added = declare_tie(store, args.expert, args.applicant, args.reason, relation)
        listing = ties_listing(store)
    if args.json:
        print_json(listing if added is None else {**listing, "declared_now": added})
        return EXIT_OK
    if added is not None:
        said = (
            translate("Cli", "Declared: {expert} is tied to {applicant}.")
            if added
            else translate("Cli", "{expert} was already tied to {applicant}; nothing changed.")
        )
        print(said.format(expert=args.expert, applicant=args.applicant))
        return EXIT_OK
    _print_ties(listing)
    return EXIT_OK


def _print_ties(listing: dict[str, list[dict[str, Any]]]) -> None:
    from reviewer.labels import label
    from reviewer.vocabulary import TieRelation

    print(translate("Cli", "Ties ({n}):").format(n=len(listing["ties"])))
    for tie in listing["ties"]:
        relation = label(TieRelation(tie["relation"]))
        print(f"  {tie['expert']}\t{tie['applicant']}\t{relation}\t{tie['note']}")
    print(
        translate("Cli", "Conflicts declared on applications ({n}):").format(
            n=len(listing["declared"])
        )
    )
    for declared in listing["declared"]:
        print(f"  {declared['expert']}\t{declared['applicant']}\t{declared['reason']}")
    pending = listing["pending_ties"]
    print(
        translate("Cli", "Ties pending until the applicant is registered ({n}):").format(
            n=len(pending)
        )
    )
    for tie in pending:
        relation = label(TieRelation(tie["relation"]))
        print(f"  {tie['expert']}\t{tie['applicant']}\t{relation}\t{tie['source']}")


HANDLERS = {
    "conflicts": _conflicts,
    "experts": _experts,
    "assign": _assign,
    "panel-rules": _panel_rules,
    "panel-add": _panel_add,
}
