"""What the documents are made of: the scores behind the locked results are each
expert's latest round on each application, the rule the merge counts by."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import text

from reviewer.documents.source import read_source
from reviewer.results.reconcile import lock_results
from reviewer.store.storage import open_campaign

_AGAIN = (
    "INSERT INTO score (expert_id, application_id, criterion_id, round_id, value, comment,"
    " entered_at) SELECT expert_id, application_id, criterion_id,"
    " (SELECT id FROM scoring_round WHERE number = :number), :value, :comment, entered_at"
    " FROM score WHERE expert_id = :expert AND application_id = :application"
    " AND round_id = (SELECT id FROM scoring_round WHERE number = 1)"
)


def test_the_documents_show_each_experts_latest_round_on_each_application(
    demo_file: Path,
) -> None:
    """An expert scored one application again in round 5 on half the criteria, and in
    round 2 on all of them (round 2 opened after round 5, so its id is the larger):
    round 5 alone is shown for that application, round 1 for the others."""
    with open_campaign(demo_file) as store:
        with store.writing() as session:
            expert, code, application = session.execute(
                text(
                    "SELECT s.expert_id, e.code, s.application_id FROM score s"
                    " JOIN expert e ON e.id = s.expert_id ORDER BY s.id LIMIT 1"
                )
            ).one()
            for number in (5, 2):
                session.execute(
                    text(
                        "INSERT INTO scoring_round (number, purpose, opened_at)"
                        " VALUES (:number, 'rescore', '2014-08-01 00:00:00')"
                    ),
                    {"number": number},
                )
            pair = {"expert": expert, "application": application}
            session.execute(text(_AGAIN), {**pair, "number": 2, "value": 100, "comment": "r2"})
            session.execute(
                text(_AGAIN + " AND criterion_id % 2 = 0"),
                {**pair, "number": 5, "value": 0, "comment": "r5"},
            )
            again = session.execute(
                text(
                    "SELECT count(*) FROM score WHERE round_id ="
                    " (SELECT id FROM scoring_round WHERE number = 5)"
                )
            ).scalar_one()
        lock_results(store, "审定", override_reason="组长同意")
        source = read_source(store)
    rescored = source.scores[(code, application)]
    assert 0 < len(rescored) == again
    assert all(s.comment == "r5" and s.value == Decimal(0) for s in rescored)
    others = [scores for key, scores in source.scores.items() if key != (code, application)]
    assert others and all(s.comment not in ("r2", "r5") for scores in others for s in scores)
