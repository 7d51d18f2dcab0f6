"""The command-line verbs of the panel's commitment in writing (政府采购法实施条例 §9):
`commitment` (show or set the 评审承诺 text), `sign-in-sheet` (print the sign-in sheet
and the commitments for signature on paper) and `commitment-signed` (record a paper
signature by hand)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from reviewer.cli.arguments import add_campaign_argument, given_path
from reviewer.cli.exits import EXIT_OK
from reviewer.cli.output import print_json
from reviewer.i18n import translate


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("Cli", "a date as YYYY-MM-DD")) from None


def add_commitment_verbs(verbs: Any) -> None:
    commitment = verbs.add_parser(
        "commitment",
        help=translate(
            "Cli", "show the review commitment experts accept before scoring, or set its text"
        ),
    )
    add_campaign_argument(commitment)
    text = commitment.add_mutually_exclusive_group()
    text.add_argument("--text", metavar="T", help=translate("Cli", "the new commitment text"))
    text.add_argument(
        "--file",
        type=given_path("--file"),
        metavar="F",
        help=translate("Cli", "read the new commitment text from a UTF-8 text file"),
    )
    commitment.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))

    sheet = verbs.add_parser(
        "sign-in-sheet",
        help=translate(
            "Cli", "print the panel's sign-in sheet and each expert's commitment for signature"
        ),
    )
    add_campaign_argument(sheet)
    sheet.add_argument("--out", type=given_path("--out"), required=True, metavar="DIR")
    sheet.add_argument(
        "--force", action="store_true", help=translate("Cli", "replace files already there")
    )
    sheet.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))

    signed = verbs.add_parser(
        "commitment-signed",
        help=translate("Cli", "record that an expert signed the commitment on paper"),
    )
    add_campaign_argument(signed)
    signed.add_argument("--expert", required=True, metavar="CODE")
    signed.add_argument(
        "--on",
        type=_day,
        required=True,
        metavar="YYYY-MM-DD",
        help=translate("Cli", "the day the expert signed"),
    )
    signed.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def _commitment(args: argparse.Namespace) -> int:
    from reviewer.panel.commitment import (
        campaign_commitment,
        read_commitment_file,
        set_commitment,
    )
    from reviewer.store.storage import open_campaign

    new = args.text
    if args.file is not None:
        new = read_commitment_file(args.file)
    with open_campaign(args.campaign) as store:
        text = campaign_commitment(store) if new is None else set_commitment(store, new)
    if args.json:
        print_json({"commitment": text, "changed": new is not None})
    else:
        print(text)
    return EXIT_OK


def _sign_in_sheet(args: argparse.Namespace) -> int:
    from reviewer.documents.sign_in import write_sign_in_papers
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign) as store:
        sheet, pages = write_sign_in_papers(store, args.out, force=args.force)
    if args.json:
        print_json({"sign_in_sheet": str(sheet), "commitments": str(pages)})
    else:
        print(sheet)
        print(pages)
    return EXIT_OK


def _commitment_signed(args: argparse.Namespace) -> int:
    from reviewer.panel.commitment import record_paper_signature
    from reviewer.store.storage import open_campaign

    with open_campaign(args.campaign) as store:
        signature = record_paper_signature(store, args.expert, args.on)
    if args.json:
        print_json(signature.as_json())
    else:
        print(
            translate("Cli", "{name} ({code}) signed the commitment on {day}.").format(
                name=signature.expert_name, code=signature.expert_code, day=signature.signed_on
            )
        )
    return EXIT_OK


HANDLERS = {
    "commitment": _commitment,
    "sign-in-sheet": _sign_in_sheet,
    "commitment-signed": _commitment_signed,
}
