"""The command-line verbs of the public notice (公示) and its objections (异议).

`reviewer notice CAMPAIGN [--start DATE] [--days N] [--reply-days N] [--json]` shows the
notice, starting it or setting its terms first when asked. `notice --json` is a contract
scripts read: `start`, `term_days`, `reply_days`, `end`, `working_days`, `weekday_years`
(years counted Monday to Friday, their holidays unknown), `running`, `final_list_from`,
`open_objections` and `final_list_hold` (why the pilot list cannot be written today, or
null).

`reviewer objection add|reply|close|list CAMPAIGN ...` keeps the objections log; `--json`
prints an objection (or the list of them) with `id`, `application_id`, `applicant`,
`received_on`, `objector`, `unit`, `contact`, `text`, `reply_due`, `reply`, `replied_on`,
`outcome` (upheld, rejected, withdrawn or null while open), `outcome_text`, `closed_on`,
`open` and `overdue`.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from reviewer.cli.arguments import add_campaign_argument
from reviewer.cli.documents import _day
from reviewer.cli.exits import EXIT_OK
from reviewer.cli.output import print_json
from reviewer.i18n import translate

if TYPE_CHECKING:
    from reviewer.decisions.notice import NoticeState, ObjectionRecord

OUTCOMES = ("upheld", "rejected", "withdrawn")


def _days(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("Cli", "a number of working days")) from None


def add_notice_verbs(verbs: Any) -> None:
    notice = verbs.add_parser(
        "notice",
        help=translate("Cli", "the public notice (公示): its start, term and end, in working days"),
    )
    add_campaign_argument(notice)
    notice.add_argument(
        "--start", type=_day, metavar="YYYY-MM-DD", help=translate("Cli", "start the notice on")
    )
    notice.add_argument(
        "--days",
        type=_days,
        metavar="N",
        help=translate("Cli", "the notice's term in working days"),
    )
    notice.add_argument(
        "--reply-days",
        type=_days,
        metavar="N",
        help=translate("Cli", "working days to answer an objection, from the day after receipt"),
    )
    notice.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    _add_objection_verbs(verbs)


def _add_objection_verbs(verbs: Any) -> None:
    objection = verbs.add_parser(
        "objection", help=translate("Cli", "the objections (异议) to the proposed list")
    )
    actions = objection.add_subparsers(dest="objection_action", required=True, metavar="ACTION")
    add = actions.add_parser("add", help=translate("Cli", "record an objection received"))
    add.add_argument(
        "--application",
        required=True,
        metavar="ID_OR_NAME",
        help=translate("Cli", "the application, by its id or its applicant's name"),
    )
    add.add_argument("--received", type=_day, metavar="YYYY-MM-DD", default=None)
    add.add_argument("--from", dest="objector", required=True, metavar="NAME")
    add.add_argument("--unit", default="", metavar="UNIT")
    add.add_argument("--contact", default="", metavar="CONTACT")
    add.add_argument("--text", required=True, metavar="TEXT")
    reply = actions.add_parser("reply", help=translate("Cli", "record the reply to an objection"))
    close = actions.add_parser(
        "close", help=translate("Cli", "close an objection with its outcome")
    )
    close.add_argument("--outcome", required=True, choices=OUTCOMES)
    for verb in (reply, close):
        verb.add_argument("--id", type=int, required=True, metavar="N")
        verb.add_argument("--text", required=True, metavar="TEXT")
        verb.add_argument("--on", type=_day, metavar="YYYY-MM-DD", default=None)
    listing = actions.add_parser(
        "list", help=translate("Cli", "the objections, in the order received")
    )
    for verb in (add, reply, close, listing):
        add_campaign_argument(verb)
        verb.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))


def notice_lines(state: NoticeState, today: date) -> list[str]:
    """The notice as the command line prints it."""
    from reviewer.decisions.notice import final_list_hold, weekday_note

    if state.term is None:
        lines = [
            translate(
                "Cli", "The public notice has not started; its term is {days} working days."
            ).format(days=state.term_days)
        ]
    else:
        lines = [
            translate(
                "Cli", "Public notice: {start} to {end}, {days} working days ({list})."
            ).format(
                start=state.term.days[0].isoformat(),
                end=state.term.last.isoformat(),
                days=state.term_days,
                list="、".join(day.isoformat() for day in state.term.days),
            )
        ]
    note = weekday_note(state.term)
    hold = final_list_hold(state, today)
    return lines + [text for text in (note, hold) if text is not None]


def notice(args: argparse.Namespace) -> int:
    from reviewer.decisions.notice import notice_state, set_notice
    from reviewer.store.storage import open_campaign

    changing = any(v is not None for v in (args.start, args.days, args.reply_days))
    with open_campaign(args.campaign, read_only=not changing) as store:
        if changing:
            state = set_notice(
                store, start=args.start, term_days=args.days, reply_days=args.reply_days
            )
        else:
            state = notice_state(store)
    today = date.today()
    if args.json:
        print_json(state.as_json(today))
    else:
        print("\n".join(notice_lines(state, today)))
    return EXIT_OK


def _objection_text(record: ObjectionRecord, today: date) -> str:
    from reviewer.decisions.notice import outcome_label

    marks = [translate("Cli", "overdue")] if record.overdue(today) else []
    return "\t".join(
        (
            f"#{record.id}",
            record.received_on.isoformat(),
            record.applicant,
            record.objector,
            record.reply_due.isoformat(),
            outcome_label(record.outcome),
            "，".join(marks),
        )
    ).rstrip()


def objection(args: argparse.Namespace) -> int:
    from reviewer.decisions import objections as log
    from reviewer.decisions.notice import ObjectionOutcome
    from reviewer.store.storage import open_campaign

    today = date.today()
    action = args.objection_action
    with open_campaign(args.campaign, read_only=action == "list") as store:
        if action == "list":
            records = log.objections(store)
        elif action == "add":
            received = args.received or today
            records = (
                log.add_objection(
                    store,
                    args.application,
                    received,
                    args.objector,
                    args.text,
                    unit=args.unit,
                    contact=args.contact,
                ),
            )
        elif action == "reply":
            records = (log.reply_objection(store, args.id, args.text, args.on or today),)
        else:
            outcome = ObjectionOutcome(args.outcome)
            records = (log.close_objection(store, args.id, outcome, args.text, args.on or today),)
    if args.json:
        payload = [r.as_json(today) for r in records]
        print_json(payload if action == "list" else payload[0])
    else:
        for record in records:
            print(_objection_text(record, today))
    return EXIT_OK


HANDLERS = {"notice": notice, "objection": objection}
