"""The command-line verbs of the decisions: `rank` and `decide`.

`rank --json` is a contract scripts read: `locked` (the fingerprint), `rules` per track
(`min_final`, `quota`, `tie_break`), and `tracks`, per track the ranked lines in order,
each with `application_id`, `applicant`, `rank` (null when unranked), `final`,
`conditions`, `ineligible`, `below_cut`, `over_quota`, `within`, `proposal`, then
`staged` and `committed` (`outcome`, `reason`, `by`, `at`, `lock`, or null), `pending`
and `against_ranking`; in an acceptance or mid-term review also `outcome` (pass, rectify,
fail or null), `grade` (1 to 3 stars, or null) and `rectify_by` (the re-acceptance
deadline, or null), as `outcomes --json` gives them. With `--reviews FILE ...` (the
later reviews of a selection: acceptance, mid-term) each line also has `reviews`, per
named later review of this selection holding the pilot: `kind`, `title`, `path`,
`under_review`, `final`, `outcome`, `grade`, `rectify_by`, `overdue`; and the top level
`refused` (`path`, `reason`) lists the named files that are not such reviews.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from reviewer.cli.arguments import add_campaign_argument
from reviewer.cli.exits import EXIT_OK, EXIT_USAGE
from reviewer.cli.output import print_json
from reviewer.i18n import translate

if TYPE_CHECKING:
    from reviewer.decisions.acceptance_outcomes import AcceptanceOutcomes
    from reviewer.decisions.outcomes import Choice, DecisionLine, DecisionSheet
    from reviewer.decisions.pilot_history import PilotHistory

OUTCOMES = ("approve", "reject", "defer")


def add_decision_verbs(verbs: Any) -> None:
    rank = verbs.add_parser(
        "rank",
        help=translate("Cli", "the ranking per track on the locked results, with the decisions"),
    )
    add_campaign_argument(rank)
    rank.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    rank.add_argument(
        "--reviews",
        nargs="+",
        default=None,
        metavar="FILE",
        help=translate(
            "Cli",
            "also show, per approved pilot, the later reviews (acceptance, mid-term) in these "
            "campaign files, opened read-only",
        ),
    )
    decide = verbs.add_parser(
        "decide",
        help=translate("Cli", "stage a decision on an application, or commit the staged list"),
    )
    add_campaign_argument(decide)
    which = decide.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--application",
        metavar="ID_OR_NAME",
        help=translate("Cli", "the application, by its id or its applicant's name"),
    )
    which.add_argument(
        "--commit",
        action="store_true",
        help=translate("Cli", "commit every pending decision on the current locked results"),
    )
    decide.add_argument("--outcome", choices=OUTCOMES, help=translate("Cli", "the decision"))
    decide.add_argument(
        "--reason",
        default="",
        metavar="TEXT",
        help=translate("Cli", "why (needed when the decision goes against the ranking)"),
    )


def _choice_json(choice: Choice | None) -> dict[str, str] | None:
    if choice is None:
        return None
    return {
        "outcome": choice.outcome.value,
        "reason": choice.reason,
        "by": choice.by,
        "at": choice.at.isoformat(),
        "lock": choice.lock_fingerprint,
    }


def _line_json(line: DecisionLine) -> dict[str, Any]:
    return {
        **line.line.as_json(),
        "staged": _choice_json(line.staged),
        "committed": _choice_json(line.committed),
        "pending": line.pending.value,
        "against_ranking": line.against_ranking,
    }


def _outcome_json(line: DecisionLine, outcomes: AcceptanceOutcomes | None) -> dict[str, Any]:
    """An acceptance or mid-term review's line also has `outcome`, `grade` and
    `rectify_by` (as `outcomes --json` gives them); a selection's line is as it was."""
    if outcomes is None:
        return {}
    pilot = outcomes.pilot(line.line.application_id).as_json()
    return {key: pilot[key] for key in ("outcome", "grade", "rectify_by")}


def sheet_json(sheet: DecisionSheet, outcomes: AcceptanceOutcomes | None = None) -> dict[str, Any]:
    return {
        "locked": sheet.ranking.fingerprint,
        "rules": {kind.value: rules.as_json() for kind, rules in sheet.ranking.rules.items()},
        "tracks": {
            kind.value: [{**_line_json(line), **_outcome_json(line, outcomes)} for line in lines]
            for kind, lines in sheet.tracks.items()
        },
    }


def _line_text(line: DecisionLine, outcomes: AcceptanceOutcomes | None = None) -> str:
    from reviewer.labels import label

    ranked = line.line
    marks = [
        text
        for present, text in (
            (ranked.ineligible, translate("Cli", "ineligible")),
            (ranked.below_cut, translate("Cli", "below the minimum")),
            (ranked.over_quota, translate("Cli", "over the quota")),
            (line.staged is not None, translate("Cli", "staged")),
            (line.against_ranking, translate("Cli", "against the ranking")),
        )
        if present
    ]
    final = "-" if ranked.final is None else f"{ranked.final:.2f}"
    return "\t".join(
        (
            str(ranked.rank or "-"),
            ranked.applicant,
            final,
            label(ranked.proposal),
            label(line.pending),
            "，".join(marks),
            line.pending_reason,
            *_outcome_text(line, outcomes),
        )
    ).rstrip()


def _outcome_text(line: DecisionLine, outcomes: AcceptanceOutcomes | None) -> tuple[str, ...]:
    """An acceptance review's line ends with the outcome, the stars and the deadline."""
    from reviewer.labels import grade_label, label

    if outcomes is None:
        return ()
    pilot = outcomes.pilot(line.line.application_id)
    due = "" if pilot.rectify_by is None else pilot.rectify_by.isoformat()
    return ("-" if pilot.outcome is None else label(pilot.outcome), grade_label(pilot.grade), due)


def _history(store: Any, files: list[str]) -> PilotHistory:
    """The later reviews named, each refused file said on stderr by name with the reason."""
    from reviewer.decisions.pilot_history import pilot_history

    history = pilot_history(store, files)
    for refused in history.refused:
        print(refused.reason, file=sys.stderr)
    return history


def _with_history(data: dict[str, Any], history: PilotHistory | None) -> dict[str, Any]:
    """Each line with its `reviews` (an application not approved has none), and `refused`."""
    if history is None:
        return data
    for lines in data["tracks"].values():
        for line in lines:
            line["reviews"] = [r.as_json() for r in history.of(line["application_id"])]
    data["refused"] = [r.as_json() for r in history.refused]
    return data


def rank(args: argparse.Namespace) -> int:
    from reviewer.decisions.acceptance_outcomes import is_review, pilot_outcomes
    from reviewer.decisions.outcomes import decision_sheet
    from reviewer.decisions.pilot_history import review_text
    from reviewer.labels import label
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign, read_only=True) as store:
        sheet = decision_sheet(store)
        outcomes = pilot_outcomes(store) if is_review(store) else None
        history = None if args.reviews is None else _history(store, args.reviews)
    if args.json:
        print_json(_with_history(sheet_json(sheet, outcomes), history))
        return EXIT_OK
    for kind, lines in sheet.tracks.items():
        print(f"# {label(kind)}")
        for line in lines:
            print(_line_text(line, outcomes))
            for review in () if history is None else history.of(line.line.application_id):
                print("\t" + review_text(review))
    print(
        translate("Cli", "Locked results {fingerprint}.").format(
            fingerprint=sheet.ranking.short_fingerprint
        )
    )
    return EXIT_OK


def _application_id(sheet: DecisionSheet, wanted: str) -> int:
    from reviewer.decisions.outcomes import ApplicationNotRanked

    matches = [
        line.line.application_id
        for line in sheet.lines()
        if str(line.line.application_id) == wanted or line.line.applicant == wanted.strip()
    ]
    if len(matches) != 1:
        raise ApplicationNotRanked(application=wanted)
    return matches[0]


def decide(args: argparse.Namespace) -> int:
    from models.enums import DecisionOutcome
    from reviewer.decisions.outcomes import commit_decisions, decision_sheet, stage
    from reviewer.labels import label
    from reviewer.store.storage import open_campaign

    if args.application is not None and args.outcome is None:
        print(translate("Cli", "decide: --application needs --outcome"), file=sys.stderr)
        return EXIT_USAGE
    if args.commit and (args.outcome is not None or args.reason):
        print(translate("Cli", "decide: --commit takes no --outcome or --reason"), file=sys.stderr)
        return EXIT_USAGE
    with open_campaign(args.campaign) as store:
        sheet = decision_sheet(store)
        if args.commit:
            written = commit_decisions(store, sheet.ranking.fingerprint)
            for line in written:
                print(_line_text(line))
            print(
                translate(
                    "Cli", "Committed {count} decisions on locked results {fingerprint}."
                ).format(count=len(written), fingerprint=sheet.ranking.short_fingerprint)
            )
            return EXIT_OK
        application_id = _application_id(sheet, args.application)
        line = stage(store, application_id, DecisionOutcome(args.outcome), args.reason)
    print(
        translate("Cli", "Staged: {applicant} {outcome}. Commit with decide --commit.").format(
            applicant=line.line.applicant, outcome=label(line.pending)
        )
    )
    return EXIT_OK


HANDLERS = {"rank": rank, "decide": decide}
