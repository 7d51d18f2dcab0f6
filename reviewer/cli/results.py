"""The command-line verbs of the merge: `reconcile`, `rescore`, `lock`, `unlock`, `audit`.

`reconcile --json` is a contract scripts read: per application `final` (a string with
two decimals, or null), `kept` and `dropped` expert codes, `conditions`, `flags`; then
`experts` (calibration), `reliability` per track, `method` and `thresholds`.
"""

from __future__ import annotations

import argparse
from typing import Any

from reviewer.cli.arguments import add_campaign_argument, campaign_file, given_path, shown
from reviewer.cli.exits import EXIT_OK
from reviewer.cli.output import print_json
from reviewer.i18n import translate


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
    for verb, text in (
        ("lock", translate("Cli", "lock the merged results (documents print what is locked)")),
        ("unlock", translate("Cli", "unlock the results, saying why")),
    ):
        parser = verbs.add_parser(verb, help=text)
        add_campaign_argument(parser)
        parser.add_argument(
            "--reason",
            required=True,
            metavar="TEXT",
            help=translate("Cli", "why (kept in the audit log)"),
        )


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
        translate(
            "Cli", "Opened round {round}: issue kits or sheets to {experts} for {n} item(s)."
        ).format(round=opened.number, experts="、".join(opened.experts), n=len(opened.items))
    )
    for item in opened.items:
        print(f"{item.applicant}\t{item.expert_code} {item.expert_name}")
    return EXIT_OK


def lock(args: argparse.Namespace) -> int:
    from reviewer.results.reconcile import lock_results
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign) as store:
        locked = lock_results(store, args.reason)
    print(
        translate("Cli", "Locked the results; fingerprint {fingerprint}.").format(
            fingerprint=locked.short_fingerprint
        )
    )
    return EXIT_OK


def unlock(args: argparse.Namespace) -> int:
    from reviewer.results.reconcile import unlock_results
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign) as store:
        decided = unlock_results(store, args.reason)
    print(translate("Cli", "Unlocked the results."))
    if decided:
        print(
            translate(
                "Cli",
                "{count} committed decision(s) rested on them: take them again once the "
                "results are locked again.",
            ).format(count=decided)
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
    "audit": audit,
}
