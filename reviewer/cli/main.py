"""The command line: `reviewer VERB ...`, the same program as the desktop app.

Exit codes are a contract scripts rely on: 0 done, 1 input rejected (a message on
stderr in the user's language), 2 usage, 3 the results cannot be locked yet (`exits`).
Verbs, flags and JSON keys are only ever added to, never renamed.

Each stage of a review has its verbs in a module of its name here, which adds their
parsers and holds their handlers; this module puts them together and runs one.
Services are imported by the verb that uses them: the desktop app starts through this
module too, and should not pay for importing what only a verb needs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from reviewer import __version__
from reviewer.cli import (
    archive,
    campaign,
    commitment,
    decisions,
    demo,
    documents,
    intake,
    notice,
    outcomes,
    panel,
    pilots,
    ranking_rules,
    registry,
    results,
    review_report,
    rubrics,
    scoring,
    store,
)
from reviewer.cli.arguments import resolve_campaign
from reviewer.cli.exits import EXIT_OK, EXIT_REJECTED, EXIT_USAGE
from reviewer.cli.output import error_text, escaped_output
from reviewer.cli.usage import Parser, translated_usage
from reviewer.errors import ReviewerError, SystemRefused
from reviewer.i18n import translate

__all__ = [
    "EXIT_OK",
    "EXIT_REJECTED",
    "EXIT_USAGE",
    "VERBS",
    "build_parser",
    "is_command",
    "main",
]

# Each verb's parser, in the order `reviewer --help` lists them.
_VERB_PARSERS: tuple[Callable[[Any], None], ...] = (
    demo.add_demo_verb,
    campaign.add_new_verb,
    campaign.add_info_verb,
    intake.add_template_verb,
    panel.add_experts_verb,
    panel.add_assign_verb,
    panel.add_panel_rule_verbs,
    panel.add_conflicts_verb,
    commitment.add_commitment_verbs,
    scoring.add_kit_verb,
    scoring.add_sheet_verb,
    scoring.add_scores_verb,
    rubrics.add_rubric_verb,
    intake.add_import_verb,
    registry.add_registry_verbs,
    store.add_copy_verb,
    results.add_result_verbs,
    ranking_rules.add_rules_verb,
    decisions.add_decision_verbs,
    outcomes.add_outcome_verbs,
    pilots.add_pilots_verb,
    notice.add_notice_verbs,
    documents.add_report_verb,
    documents.add_feedback_verb,
    review_report.add_review_report_verbs,
    store.add_backups_verb,
    archive.add_archive_verbs,
)
# Each verb's handler, by stage in the order a review flows.
_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    **demo.HANDLERS,
    **campaign.HANDLERS,
    **intake.HANDLERS,
    **registry.HANDLERS,
    **panel.HANDLERS,
    **commitment.HANDLERS,
    **rubrics.HANDLERS,
    **scoring.HANDLERS,
    **store.HANDLERS,
    **results.HANDLERS,
    **ranking_rules.HANDLERS,
    **decisions.HANDLERS,
    **outcomes.HANDLERS,
    **pilots.HANDLERS,
    **notice.HANDLERS,
    **documents.HANDLERS,
    **review_report.HANDLERS,
    **archive.HANDLERS,
}
VERBS = tuple(_HANDLERS)


def is_command(argv: Sequence[str]) -> bool:
    """Whether `argv` asks for a command-line verb rather than the desktop app."""
    return bool(argv) and (argv[0] in VERBS or argv[0] in {"-h", "--help", "--version"})


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: the program's own options, then every stage's verbs."""
    parser = Parser(
        prog="reviewer",
        description=translate(
            "Cli",
            "Reviewer: expert review of smart-city pilot applications. "
            "Without a verb, opens the desktop app (optionally on CAMPAIGN).",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"reviewer {__version__}",
        help=translate("Cli", "print the program's version and exit"),
    )
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")
    for add_verb in _VERB_PARSERS:
        add_verb(verbs)
    return parser


def main(argv: Sequence[str]) -> int:
    with escaped_output(), translated_usage():
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
    try:
        code: int = _HANDLERS[args.verb](args)
        sys.stdout.flush()  # here, where a closed pipe is caught, not at exit
        return code
    except SystemExit as exit_:  # a verb's own usage error (parser.error): exit 2
        return int(exit_.code or 0)
    except ReviewerError as error:
        print(error_text(error), file=sys.stderr)
        return EXIT_REJECTED
    except BrokenPipeError:
        # The reader stopped early (`reviewer reconcile … | head`): the work is done, only
        # the rest of the listing has nowhere to go. Point stdout at nothing, so Python's
        # flush at exit does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as error:  # a refusal no service put in words: said by its errno
        print(error_text(SystemRefused(error)), file=sys.stderr)
        return EXIT_REJECTED
