"""The one rule every way a comment comes in keeps to."""

from __future__ import annotations

from reviewer.scoring.comments import COMMENT_LIMIT, clean_comment, kept_comment
from reviewer.scoring.score_file_format import columns_of


def test_control_characters_go_and_line_breaks_stay() -> None:
    assert clean_comment(" 规划\x1b[31m完整\r\n\u202e投资\x00合理\t ") == "规划[31m完整\n投资合理"


def test_a_returned_file_keeps_comments_cleaned_and_within_the_limit() -> None:
    entries = [
        {"application_id": 1, "criterion_id": 1, "value": "2"},  # an older kit: no comment
        {"application_id": 1, "criterion_id": 2, "value": "0", "comment": "缺\x07" + "长" * 900},
    ]
    comments = columns_of(entries).comments
    assert comments[0] == ""
    assert comments[1] == kept_comment("缺" + "长" * 900)
    assert len(comments[1]) == COMMENT_LIMIT and comments[1].startswith("缺长")
