"""The command-line verbs of an acceptance or mid-term review's outcomes: `outcomes`
(each pilot's outcome on the locked results; `--bands`/`--stars` set the campaign's
bands and star thresholds, what the Decisions tab's 验收结论分档… dialog writes) and
`reaccept` (open the re-acceptance round, 复验, of the pilots sent to rectify).

`outcomes --json` is a contract scripts read: `locked` (the fingerprint shown), `is_locked`,
`bands` (each `outcome`, `from`, `to`), `grades` (three thresholds, or null), and `pilots`,
each with `application_id`, `applicant`, `track`, `final`, `outcome` (pass, rectify, fail
or null), `grade` (1 to 3, or null), `rectify_by` (a date, or null), `overdue` and
`history` (each `round`, `reacceptance`, `final`, `outcome`, `lock`).
"""

from __future__ import annotations

import argparse
import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from reviewer.cli.arguments import add_campaign_argument
from reviewer.cli.exits import EXIT_OK
from reviewer.cli.output import print_json
from reviewer.i18n import joined, translate

if TYPE_CHECKING:
    from reviewer.decisions.acceptance_outcomes import AcceptanceOutcomes
    from reviewer.decisions.outcome_bands import Band

_BAND = re.compile(r"^\s*(pass|rectify|fail)\s*[:=]\s*([0-9.]+)\s*-\s*([0-9.]+)\s*$")


def _bands(text: str) -> tuple[Band, ...]:
    from models.enums import AcceptanceOutcome
    from reviewer.decisions.outcome_bands import Band

    bands = []
    for part in text.replace("，", ",").split(","):
        found = _BAND.match(part)
        try:
            if found is None:
                raise InvalidOperation
            outcome, low, high = found.groups()
            bands.append(Band(AcceptanceOutcome(outcome), Decimal(low), Decimal(high)))
        except InvalidOperation:
            raise argparse.ArgumentTypeError(
                translate(
                    "Cli", "“{value}” is not a band such as fail:0-60,rectify:60-80,pass:80-100"
                ).format(value=part.strip())
            ) from None
    return tuple(sorted(bands, key=lambda band: band.low))


def _stars(text: str) -> tuple[Decimal, ...]:
    try:
        return tuple(Decimal(part.strip()) for part in text.replace("，", ",").split(","))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(
            translate("Cli", "“{value}” is not three scores such as 85,90,95").format(value=text)
        ) from None


def add_outcome_verbs(verbs: Any) -> None:
    outcomes = verbs.add_parser(
        "outcomes",
        help=translate(
            "Cli",
            "an acceptance review's outcome per pilot on the locked results; set the outcome "
            "bands and star thresholds",
        ),
    )
    add_campaign_argument(outcomes)
    bands = outcomes.add_mutually_exclusive_group()
    bands.add_argument(
        "--bands",
        type=_bands,
        metavar="fail:0-60,rectify:60-80,pass:80-100",
        help=translate("Cli", "the outcome bands, each from its lower edge (included)"),
    )
    bands.add_argument(
        "--default-bands",
        action="store_true",
        help=translate("Cli", "go back to the default bands (80 pass, 60 rectify)"),
    )
    stars = outcomes.add_mutually_exclusive_group()
    stars.add_argument(
        "--stars",
        type=_stars,
        metavar="85,90,95",
        help=translate("Cli", "the lowest final score for one, two and three stars"),
    )
    stars.add_argument(
        "--no-stars", action="store_true", help=translate("Cli", "give no star grade")
    )
    outcomes.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    reaccept = verbs.add_parser(
        "reaccept",
        help=translate(
            "Cli", "open the re-acceptance round of the pilots sent to rectify, with the deadline"
        ),
    )
    add_campaign_argument(reaccept)
    reaccept.add_argument(
        "--by",
        required=True,
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help=translate("Cli", "the rectification deadline"),
    )
    reaccept.add_argument(
        "--reason",
        required=True,
        metavar="TEXT",
        help=translate("Cli", "why (kept in the audit log)"),
    )
    reaccept.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def outcomes_json(outcomes: AcceptanceOutcomes) -> dict[str, Any]:
    return {
        "locked": outcomes.fingerprint,
        "is_locked": outcomes.locked,
        **outcomes.settings.as_json(),
        "pilots": [pilot.as_json() for pilot in outcomes.pilots],
    }


def _print_outcomes(outcomes: AcceptanceOutcomes) -> None:
    from reviewer.labels import grade_label, label

    for pilot in outcomes.pilots:
        due = ""
        if pilot.rectify_by is not None:
            due = translate("Cli", "rectify by {date}").format(date=pilot.rectify_by.isoformat())
            if pilot.overdue:
                due += translate("Cli", " (overdue)")
        print(
            "\t".join(
                (
                    pilot.applicant,
                    "-" if pilot.final is None else f"{pilot.final:.2f}",
                    "-" if pilot.outcome is None else label(pilot.outcome),
                    grade_label(pilot.grade),
                    due,
                )
            ).rstrip()
        )


def _changes_settings(args: argparse.Namespace) -> bool:
    return bool(args.bands or args.default_bands or args.stars or args.no_stars)


def _save_settings(args: argparse.Namespace, store: Any) -> None:
    """Save what the flags set: the bands, the stars, or both."""
    from dataclasses import replace

    from reviewer.decisions.outcome_bands import (
        DEFAULT_BANDS,
        outcome_settings,
        save_outcome_settings,
    )

    settings = outcome_settings(store)
    if args.bands or args.default_bands:
        settings = replace(settings, bands=args.bands or DEFAULT_BANDS)
    if args.stars or args.no_stars:
        settings = replace(settings, grades=args.stars or None)
    save_outcome_settings(store, settings)


def outcomes(args: argparse.Namespace) -> int:
    """Print the outcomes; with a setting flag, save it first. Settings saved before the
    results are first locked print as settings alone (there are no outcomes yet)."""
    from reviewer.decisions.acceptance_outcomes import pilot_outcomes
    from reviewer.decisions.outcome_bands import outcome_settings
    from reviewer.decisions.ranking import ResultsNotLockedForRanking
    from reviewer.store.storage import open_campaign

    setting = _changes_settings(args)
    with open_campaign(args.campaign, read_only=not setting) as store:
        if setting:
            _save_settings(args, store)
        try:
            shown = pilot_outcomes(store)
        except ResultsNotLockedForRanking:
            if not setting:
                raise
            saved = outcome_settings(store).as_json()
            print_json(saved) if args.json else print(_settings_text(saved))
            return EXIT_OK
    if args.json:
        print_json(outcomes_json(shown))
        return EXIT_OK
    if setting:
        print(_settings_text(shown.settings.as_json()))
    _print_outcomes(shown)
    return EXIT_OK


def _settings_text(stored: dict[str, Any]) -> str:
    """The bands and stars in words: 不通过 0.00–60.00；整改后复验 60.00–80.00；…"""
    from models.enums import AcceptanceOutcome
    from reviewer.labels import grade_label, label

    parts = [
        f"{label(AcceptanceOutcome(band['outcome']))} {band['from']}–{band['to']}"
        for band in stored["bands"]
    ]
    parts += [f"{grade_label(n)} ≥ {value}" for n, value in enumerate(stored["grades"] or (), 1)]
    return joined(parts)


def reaccept(args: argparse.Namespace) -> int:
    from reviewer.decisions.acceptance_outcomes import open_reacceptance
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign) as store:
        opened = open_reacceptance(store, args.by, args.reason)
    if args.json:
        print_json({**opened.as_json(), "rectify_by": args.by.isoformat()})
        return EXIT_OK
    print(
        translate(
            "Cli",
            "Re-acceptance round {round} opened for {pilots}, to rectify by {date}; the "
            "results are unlocked until their new scores are locked.",
        ).format(
            round=opened.number,
            pilots=joined(sorted({item.applicant for item in opened.items}), ", "),
            date=args.by.isoformat(),
        )
    )
    return EXIT_OK


HANDLERS = {"outcomes": outcomes, "reaccept": reaccept}
