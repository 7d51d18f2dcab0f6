"""The command-line verbs of the merge: `reconcile`, `rescore`, `lock`, `unlock`,
`deviations`, `explain`, `audit`.

`reconcile --json` is a contract scripts read: per application `final` (a string with
two decimals, or null), `kept` and `dropped` expert codes, `conditions`, `flags`; then
`experts` (calibration), `reliability` per track, `method` and `thresholds`.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from models.enums import ChangeGround
from reviewer.cli.arguments import add_campaign_argument, campaign_file, given_path, shown
from reviewer.cli.exits import EXIT_LOCK_REFUSED, EXIT_OK, EXIT_USAGE
from reviewer.cli.output import error_text, print_json
from reviewer.i18n import counted, translate


def add_result_verbs(verbs: Any) -> None:
    reconcile = verbs.add_parser(
        "reconcile",
        help=translate("Cli", "merge the returned scores: final scores, flags, panel statistics"),
    )
    add_campaign_argument(reconcile)
    reconcile.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    rescore = verbs.add_parser(
        "rescore",
        help=translate(
            "Cli", "open a re-score round: chosen experts score flagged applications again"
        ),
    )
    add_campaign_argument(rescore)
    rescore.add_argument(
        "--reason",
        required=True,
        metavar="TEXT",
        help=translate("Cli", "why (kept in the audit log)"),
    )
    rescore.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="APPLICATION=E01,E02",
        help=translate(
            "Cli",
            "ask these experts about this application (its number or applicant's name); "
            "repeatable. Without it: every flagged application, asking the experts who deviate",
        ),
    )
    rescore.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    audit = verbs.add_parser(
        "audit", help=translate("Cli", "show the audit log, or export it to Excel")
    )
    add_campaign_argument(audit)
    audit.add_argument(
        "--out",
        type=given_path("--out"),
        metavar="FILE.xlsx",
        help=translate("Cli", "write it to a workbook"),
    )
    audit.add_argument(
        "--force",
        action="store_true",
        help=translate("Cli", "with --out: replace FILE.xlsx if it exists"),
    )
    audit.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    _add_lock_verbs(verbs)
    _add_deviation_verbs(verbs)


GROUNDS = tuple(ground.value for ground in ChangeGround)


def _add_lock_verbs(verbs: Any) -> None:
    lock = verbs.add_parser(
        "lock", help=translate("Cli", "lock the merged results (documents print what is locked)")
    )
    unlock = verbs.add_parser("unlock", help=translate("Cli", "unlock the results, saying why"))
    for parser in (lock, unlock):
        add_campaign_argument(parser)
        parser.add_argument(
            "--reason",
            required=True,
            metavar="TEXT",
            help=translate("Cli", "why (kept in the audit log)"),
        )
    lock.add_argument(
        "--override-reason",
        default="",
        metavar="TEXT",
        help=translate(
            "Cli",
            "the panel leader's reason to lock although deviating scores are neither "
            "re-checked nor explained (kept with the lock and in the audit log)",
        ),
    )
    lock.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    unlock.add_argument(
        "--ground",
        choices=GROUNDS,
        help=translate(
            "Cli",
            "the ground on which the results change (87号令 §64): sum-error, out-of-range, "
            "objective-inconsistent, abnormal, or other (with --ground-text); asked for "
            "when omitted at a terminal, refused when omitted in a script",
        ),
    )
    unlock.add_argument(
        "--ground-text",
        default="",
        metavar="TEXT",
        help=translate("Cli", "with --ground other: what the ground is"),
    )


def _add_deviation_verbs(verbs: Any) -> None:
    listing = verbs.add_parser(
        "deviations",
        help=translate(
            "Cli", "list the scores flagged as deviating, and whether re-checked or explained"
        ),
    )
    add_campaign_argument(listing)
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    explain = verbs.add_parser(
        "explain",
        help=translate("Cli", "enter an expert's written explanation of deviating scores"),
    )
    add_campaign_argument(explain)
    explain.add_argument(
        "--application",
        required=True,
        metavar="ID_OR_NAME",
        help=translate("Cli", "the application (its number or applicant's name)"),
    )
    explain.add_argument(
        "--expert", required=True, metavar="CODE", help=translate("Cli", "the expert's code")
    )
    explain.add_argument(
        "--text",
        required=True,
        metavar="TEXT",
        help=translate("Cli", "the explanation as the expert wrote it"),
    )
    explain.add_argument(
        "--written-on",
        required=True,
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help=translate("Cli", "the day the expert wrote it"),
    )
    explain.add_argument(
        "--item",
        action="append",
        default=[],
        metavar="CRITERION",
        help=translate(
            "Cli",
            "a flagged item it explains: a criterion's code, or total; repeatable. Without "
            "it: every item of the expert's on the application flagged now",
        ),
    )
    explain.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _flag_text(flag: dict[str, str]) -> str:
    return ":".join(part for part in (flag["kind"], flag["expert"], flag["criterion"]) if part)


def reconcile(args: argparse.Namespace) -> int:
    from reviewer.results.merge import merge_results
    from reviewer.results.reconcile import current_lock
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign, read_only=True) as store:
        results = merge_results(store).as_json()
        lock = current_lock(store)
    results["locked"] = None if lock is None else lock.fingerprint
    if args.json:
        print_json(results)
        return EXIT_OK
    for app in results["applications"]:
        flags = " ".join(_flag_text(f) for f in app["flags"] if "criterion" not in f["kind"])
        dropped = ",".join(app["dropped"])
        print(
            f"{app['applicant']}\t{app['final'] or '-'}\t"
            f"{','.join(app['kept'])}" + (f" (-{dropped})" if dropped else "") + f"\t{flags}"
        )
    for track, stats in results["reliability"].items():
        figures = ", ".join(
            f"{key} {value:.3f}" for key, value in stats.items() if isinstance(value, float)
        )
        print(f"{track}: {figures}")
    return EXIT_OK


def rescore(args: argparse.Namespace) -> int:
    from reviewer.results.merge import merge_results
    from reviewer.results.rescore import find_application, open_rescore_round, proposed_requests
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign) as store:
        requests: dict[int, list[str]] = {}
        for item in args.only:
            application, _sep, codes = item.partition("=")
            requests.setdefault(find_application(store, application), []).extend(
                code.strip() for code in codes.split(",") if code.strip()
            )
        if not args.only:
            requests = {k: list(v) for k, v in proposed_requests(merge_results(store)).items()}
        opened = open_rescore_round(store, requests, args.reason)
    if args.json:
        print_json(opened.as_json())
        return EXIT_OK
    print(
        counted(
            translate(
                "Cli",
                "Opened round {round}: issue kits or sheets to {experts} for {n} {n:item|items}.",
            ),
            round=opened.number,
            experts="、".join(opened.experts),
            n=len(opened.items),
        )
    )
    for item in opened.items:
        print(f"{item.applicant}\t{item.expert_code} {item.expert_name}")
    return EXIT_OK


def lock(args: argparse.Namespace) -> int:
    from reviewer.results.lock_checks import LockRefused
    from reviewer.results.reconcile import lock_results
    from reviewer.store.storage import open_campaign

    try:
        with open_campaign(args.campaign) as store:
            locked = lock_results(store, args.reason, args.override_reason)
    except LockRefused as refused:
        print(error_text(refused), file=sys.stderr)
        if args.json:
            print_json({"locked": None, "obstacles": [o.as_json() for o in refused.obstacles]})
        return EXIT_LOCK_REFUSED
    if args.json:
        print_json(
            {
                "locked": locked.fingerprint,
                "override": {"by": locked.override_by, "reason": locked.override_reason}
                if locked.override_by
                else None,
                "obstacles": list(locked.open_deviations),
            }
        )
        return EXIT_OK
    print(
        translate("Cli", "Locked the results; fingerprint {fingerprint}.").format(
            fingerprint=locked.short_fingerprint
        )
    )
    if locked.override_by:
        print(
            counted(
                translate(
                    "Cli",
                    "Locked over {count} open {count:item|items}, as the panel leader {leader} "
                    "allowed.",
                ),
                count=len(locked.open_deviations),
                leader=locked.override_by,
            )
        )
    return EXIT_OK


def _asked_ground(args: argparse.Namespace) -> ChangeGround | None:
    """The ground given, or asked for at a terminal; None in a script that gave none."""
    if args.ground:
        return ChangeGround(args.ground)
    if not sys.stdin.isatty():
        return None
    from reviewer.labels import ground_label

    for number, ground in enumerate(ChangeGround, start=1):
        print(f"{number}. {ground.value}: {ground_label(ground)}")
    answer = input(translate("Cli", "Ground of the change (1-5): ")).strip()
    grounds = list(ChangeGround)
    if not answer.isdigit() or not 1 <= int(answer) <= len(grounds):
        return None
    ground = grounds[int(answer) - 1]
    if ground is ChangeGround.OTHER and not args.ground_text.strip():
        args.ground_text = input(translate("Cli", "What is the ground? ")).strip()
    return ground


def unlock(args: argparse.Namespace) -> int:
    from reviewer.results.reconcile import unlock_results
    from reviewer.store.storage import open_campaign

    ground = _asked_ground(args)
    if ground is None:
        print(
            translate(
                "Cli",
                "Say on which ground of 87号令 §64 the results change: --ground {choices} "
                "(with other, --ground-text says what it is).",
            ).format(choices="|".join(GROUNDS)),
            file=sys.stderr,
        )
        return EXIT_USAGE
    with open_campaign(args.campaign) as store:
        decided = unlock_results(store, args.reason, ground, args.ground_text)
    print(translate("Cli", "Unlocked the results."))
    if decided:
        print(
            counted(
                translate(
                    "Cli",
                    "{count} committed {count:decision|decisions} rested on them: take them "
                    "again once the results are locked again.",
                ),
                count=decided,
            )
        )
    return EXIT_OK


def deviations(args: argparse.Namespace) -> int:
    from reviewer.results.deviations import deviations as flagged
    from reviewer.results.merge import merge_results
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign, read_only=True) as store:
        found = flagged(store, merge_results(store))
    if args.json:
        print_json([d.as_json() for d in found])
        return EXIT_OK
    for d in found:
        print(
            f"{d.applicant}\t{d.expert_code} {d.expert_name}\t{d.item_text()}\t"
            f"{d.score:.2f}\t{d.panel:.2f}\t{d.state_text()}"
        )
    return EXIT_OK


def explain(args: argparse.Namespace) -> int:
    from reviewer.results.deviations import TOTAL, explain_deviation
    from reviewer.results.merge import merge_results
    from reviewer.results.rescore import find_application
    from reviewer.store.storage import open_campaign

    items = [TOTAL if item.strip().lower() == "total" else item.strip() for item in args.item]
    with open_campaign(args.campaign) as store:
        application = find_application(store, args.application)
        explained = explain_deviation(
            store,
            merge_results(store),
            application,
            args.expert,
            args.text,
            args.written_on,
            items,
        )
    if args.json:
        print_json(explained.as_json())
        return EXIT_OK
    print(
        counted(
            translate("Cli", "Entered {expert}'s explanation of {count} {count:item|items}."),
            expert=explained.expert_code,
            count=len(explained.items),
        )
    )
    return EXIT_OK


def audit(args: argparse.Namespace) -> int:
    from reviewer.store.audit_export import audit_rows, audit_workbook
    from reviewer.store.outputs import check_destination, write_file
    from reviewer.store.storage import open_campaign

    if args.out is not None:
        check_destination(args.out, force=args.force, campaign=campaign_file(args))
    with open_campaign(args.campaign, read_only=True) as store:
        rows = audit_rows(store)
        if args.out is not None:
            write_file(args.out, audit_workbook(store))
    if args.json:
        events = [
            {
                "number": row.number,
                "at": row.at.isoformat(),
                "actor": row.actor,
                "action": row.action,
                "entity": row.entity,
                "entity_id": row.entity_id,
                "old": row.old,
                "new": row.new,
                "reason": row.reason,
            }
            for row in rows
        ]
        print_json(events)
    elif args.out is not None:
        print(
            translate("Cli", "Wrote {n} audit events to {path}").format(
                n=len(rows), path=shown(args.out)
            )
        )
    else:
        for row in rows:
            print(
                f"{row.at:%Y-%m-%d %H:%M:%S}\t{row.actor}\t{row.action}\t"
                f"{row.entity} {row.entity_id}\t{row.reason}"
            )
    return EXIT_OK


HANDLERS = {
    "reconcile": reconcile,
    "rescore": rescore,
    "lock": lock,
    "unlock": unlock,
    "deviations": deviations,
    "explain": explain,
    "audit": audit,
}
