"""The command-line verbs of the campaign as a whole: `new` (set one up, optionally
from an earlier campaign) and `info`, its figures.

`info --json` is a contract scripts read: the figures `reviewer.campaign.overview.info`
gives, and `expert_list`, the experts by code (`code`, `name`, `affiliation`,
`is_leader`, `is_reserve`). `new --json` gives `path`, `title`, and with
--from-campaign `carried` (what came over: `rubrics`, `settings`, `ranking_rules`,
`experts`, `pending_ties`). With --acceptance-of (an acceptance or, with --midterm, a
mid-term campaign of the pilots a selection approved) it also gives `kind`, `source`
(`uid`, `title`, `fingerprint`) and `pilots` (the carried pilots' names).
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from reviewer.cli.arguments import add_campaign_argument, given_location, given_path, shown
from reviewer.cli.exits import EXIT_OK
from reviewer.cli.output import print_json
from reviewer.i18n import counted, joined, translate


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "“{value}” is not a date written YYYY-MM-DD").format(value=text)
        ) from None


def add_new_verb(verbs: Any) -> None:
    new = verbs.add_parser(
        "new",
        help=translate("Cli", "set up a new campaign file at PATH (never over an existing file)"),
    )
    new.add_argument("path", type=given_path("PATH"), metavar="PATH")
    new.add_argument("--title", metavar="TEXT", help=translate("Cli", "the campaign's title"))
    new.add_argument(
        "--authority",
        metavar="TEXT",
        help=translate("Cli", "the issuing authority (发文机关)"),
    )
    new.add_argument(
        "--deadline",
        type=_day,
        metavar="YYYY-MM-DD",
        help=translate("Cli", "the submission deadline"),
    )
    new.add_argument(
        "--call-reference",
        default="",
        metavar="TEXT",
        help=translate("Cli", "the call's reference number"),
    )
    new.add_argument(
        "--from-campaign",
        type=given_location("OTHER"),
        metavar="OTHER",
        help=translate(
            "Cli",
            "carry over from an earlier campaign its rubrics, experts (their ties kept "
            "pending until the applicants register), settings and ranking rules",
        ),
    )
    new.add_argument(
        "--acceptance-of",
        type=given_location("SELECTION"),
        metavar="SELECTION",
        help=translate(
            "Cli",
            "make the acceptance review (验收) of the pilots the selection campaign SELECTION "
            "approved (its results locked, its decisions committed); --title, --authority "
            "and --deadline are then optional",
        ),
    )
    new.add_argument(
        "--midterm",
        action="store_true",
        help=translate("Cli", "with --acceptance-of: a mid-term evaluation (中期评估) instead"),
    )
    new.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    new.set_defaults(new_parser=new)


def _new(args: argparse.Namespace) -> int:
    if args.acceptance_of is not None:
        if args.from_campaign is not None:
            args.new_parser.error(
                translate("Cli", "give --acceptance-of or --from-campaign, not both")
            )
        return _new_later_review(args)
    if args.midterm:
        args.new_parser.error(translate("Cli", "--midterm goes with --acceptance-of"))
    missing = [
        flag
        for flag, value in (
            ("--title", args.title),
            ("--authority", args.authority),
            ("--deadline", args.deadline),
        )
        if value is None
    ]
    if missing:
        # argparse's own words for it, so the message reads as before these were optional.
        args.new_parser.error(
            translate("Argparse", "the following arguments are required: %s") % ", ".join(missing)
        )
    from reviewer.campaign.carry_over import new_campaign_from, read_carried
    from reviewer.campaign.setup import CampaignSettings, new_campaign
    from reviewer.store.storage import open_campaign

    assert args.title is not None and args.authority is not None
    settings = CampaignSettings(
        title=args.title.strip(),
        issuing_authority=args.authority.strip(),
        call_reference=args.call_reference.strip(),
        submission_deadline=args.deadline,
    )
    carried = None
    if args.from_campaign is not None:
        with open_campaign(args.from_campaign, read_only=True) as earlier:
            carried = read_carried(earlier).as_json()
            store = new_campaign_from(args.path, settings, earlier)
    else:
        store = new_campaign(args.path, settings)
    store.close()
    if args.json:
        result: dict[str, Any] = {"path": str(args.path), "title": settings.title}
        if carried is not None:
            result["carried"] = carried
        print_json(result)
        return EXIT_OK
    print(
        translate("Cli", "Set up the campaign {title} in {path}").format(
            title=settings.title, path=shown(args.path)
        )
    )
    if carried is not None:
        print(
            counted(
                translate(
                    "Cli",
                    "Carried over from {other}: {experts} {experts:expert|experts}, the rubrics, "
                    "the settings and the ranking rules; {pending} {pending:tie|ties} kept "
                    "pending until their applicants register.",
                ),
                other=shown(args.from_campaign),
                experts=len(carried["experts"]),
                pending=carried["pending_ties"],
            )
        )
    return EXIT_OK


def _new_later_review(args: argparse.Namespace) -> int:
    """`new PATH --acceptance-of SELECTION [--midterm]`: the later review's campaign."""
    from reviewer.decisions.later_reviews import (
        later_review_summary,
        later_review_title,
        new_later_review,
    )
    from reviewer.labels import label
    from reviewer.store.storage import open_campaign
    from reviewer.vocabulary import CampaignKind

    kind = CampaignKind.MIDTERM if args.midterm else CampaignKind.ACCEPTANCE
    with open_campaign(args.acceptance_of, read_only=True) as selection:
        title = (args.title or "").strip() or later_review_title(selection, kind)
        store = new_later_review(
            args.path, selection, kind, title, args.deadline, authority=args.authority
        )
    with store:
        made = later_review_summary(store)
    if args.json:
        print_json({"path": str(args.path), "title": title, "kind": kind.value, **made})
        return EXIT_OK
    print(
        counted(
            translate(
                "Cli",
                "Set up the {review} {title} in {path}: {count} {count:pilot|pilots} approved "
                "by {source}.",
            ),
            review=label(kind),
            title=title,
            path=shown(args.path),
            count=len(made["pilots"]),
            source=made["source"]["title"],
        )
    )
    return EXIT_OK


def add_info_verb(verbs: Any) -> None:
    info = verbs.add_parser("info", help=translate("Cli", "print a campaign's figures"))
    add_campaign_argument(info)
    info.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _info(args: argparse.Namespace) -> int:
    from reviewer.campaign import overview
    from reviewer.labels import label
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign, read_only=True) as store:
        if args.json:
            print_json({**overview.info(store), "expert_list": _expert_list(store)})
            return EXIT_OK
        view = overview.overview(store)
    lines = [
        view.title,
        translate("Cli", "Applications: {n}").format(n=view.applications),
    ]
    for track in view.tracks:
        counts = joined((f"{label(s)} {n}" for s, n in track.by_status.items() if n), ", ")
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


def _expert_list(store: Any) -> list[dict[str, Any]]:
    """The experts by code, for a script that declares conflicts or assigns by code."""
    from reviewer.panel.expert_rows import list_experts

    return [
        {
            "code": row.code,
            "name": row.name,
            "affiliation": row.affiliation,
            "is_leader": row.is_leader,
            "is_reserve": row.is_reserve,
        }
        for row in list_experts(store)
    ]


HANDLERS = {"new": _new, "info": _info}
