"""The command-line verb of the ranking rules: `rules`, each track's quota, minimum final
score and tie-break order (what the Decisions tab's rules form writes,
`reviewer.decisions.ranking.save_rules`).

Without a setting flag it prints the rules. `rules --json` is a contract scripts read:
per track (`city`, `department`) `min_final` (text with two decimals, or null), `quota`
(or null) and `tie_break` (condition codes), as `rank --json` gives them.
"""

from __future__ import annotations

import argparse
import dataclasses
from decimal import Decimal, InvalidOperation
from typing import Any

from reviewer.cli.arguments import add_campaign_argument
from reviewer.cli.exits import EXIT_OK
from reviewer.cli.output import print_json
from reviewer.i18n import translate

NONE = "none"


def _quota(text: str) -> int | None:
    if text.strip().casefold() == NONE:
        return None
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Cli", "“{value}” is not a whole number (or none)").format(value=text)
        ) from None


def _score(text: str) -> Decimal | None:
    if text.strip().casefold() == NONE:
        return None
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite():
        raise argparse.ArgumentTypeError(
            translate("Cli", "“{value}” is not a score such as 60 or 72.5 (or none)").format(
                value=text
            )
        )
    return value


def _codes(text: str) -> tuple[str, ...]:
    return tuple(
        code.strip().upper() for code in text.replace("，", ",").split(",") if code.strip()
    )


def add_rules_verb(verbs: Any) -> None:
    rules = verbs.add_parser(
        "rules",
        help=translate(
            "Cli",
            "show or set a track's ranking rules: the quota, the minimum final score and "
            "the tie-break order",
        ),
    )
    add_campaign_argument(rules)
    rules.add_argument(
        "--track",
        choices=["city", "department"],
        help=translate("Cli", "the track whose rules are set or shown (needed to set them)"),
    )
    rules.add_argument(
        "--quota",
        type=_quota,
        metavar="N",
        help=translate("Cli", "how many applications the track may approve (none: no quota)"),
    )
    rules.add_argument(
        "--min-final",
        type=_score,
        metavar="X",
        help=translate("Cli", "the lowest final score approved (none: no minimum)"),
    )
    rules.add_argument(
        "--tie-break",
        type=_codes,
        metavar="C3,C1",
        help=translate("Cli", "the conditions that order equal final scores, in turn"),
    )
    rules.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    rules.set_defaults(rules_parser=rules, quota=..., min_final=..., tie_break=None)


def _rules(args: argparse.Namespace) -> int:
    from reviewer.decisions.ranking import load_rules, save_rules
    from reviewer.labels import label
    from reviewer.store.storage import open_campaign
    from reviewer.vocabulary import TrackKind

    # Only what is given changes: `...` is a flag not given, None is "none" (no limit).
    changes: dict[str, Any] = {
        key: value
        for key, value in (("quota", args.quota), ("min_final", args.min_final))
        if value is not ...
    }
    if args.tie_break is not None:
        changes["tie_break"] = args.tie_break
    if changes and args.track is None:
        args.rules_parser.error(translate("Cli", "give --track to set its rules"))
    with open_campaign(args.campaign, read_only=not changes) as store:
        if changes:
            kind = TrackKind(args.track)
            save_rules(store, dataclasses.replace(load_rules(store)[kind], **changes))
        rules = load_rules(store)
    shown = [kind for kind in rules if args.track is None or kind.value == args.track]
    if args.json:
        print_json({kind.value: rules[kind].as_json() for kind in shown})
        return EXIT_OK
    for kind in shown:
        rule = rules[kind]
        print(
            translate(
                "Cli", "{track}: quota {quota}; minimum final score {min_final}; tie-break {order}"
            ).format(
                track=label(kind),
                quota=rule.quota if rule.quota is not None else "-",
                min_final=f"{rule.min_final:.2f}" if rule.min_final is not None else "-",
                order=" > ".join(rule.tie_break) or "-",
            )
        )
    return EXIT_OK


HANDLERS = {"rules": _rules}
