"""Budgets are stated in 万元 on the forms; English says them in millions of yuan."""

from __future__ import annotations

from decimal import Decimal

from reviewer.i18n import install_translator
from reviewer.labels import money_in_wan


def test_a_budget_in_wan_reads_in_millions_of_yuan_in_english() -> None:
    install_translator(None)
    assert money_in_wan(5800) == "58 million yuan"
    assert money_in_wan(350) == "3.5 million yuan"
    assert money_in_wan(Decimal("123456")) == "1,234.56 million yuan"


def test_a_budget_in_wan_stays_in_wan_in_chinese() -> None:
    install_translator(lambda _context, _source: "{amount} 万元")
    try:
        assert money_in_wan(5800) == "5800 万元"
        assert money_in_wan(Decimal("3200.50")) == "3200.5 万元"
    finally:
        install_translator(None)
