"""The findings (评审意见) print each application's panel: its size, who, how many were
reserves and who was recused (87号令 §47; 政府采购法实施条例 §9)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import update

from models import Expert
from models.enums import TrackKind
from reviewer.documents.opinions import makeup_text
from reviewer.documents.source import read_source
from reviewer.results.reconcile import lock_results
from reviewer.store.storage import open_campaign


def test_the_findings_print_the_panels_size_reserves_and_recusals(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        with store.writing() as session:  # as if 张维民 had been called in as a reserve
            session.execute(update(Expert).where(Expert.code == "E01").values(is_reserve=True))
        lock_results(store, "专家组会议审定", override_reason="组长同意")
        source = read_source(store)
    lines = {line.applicant: line for line in source.ranking[TrackKind.CITY]}
    baoji = makeup_text(source, lines["宝鸡市"])
    # 宝鸡市: E06 recused (tied), E07 has not scored, so five scored.
    assert baoji == (
        "评审专家5名（张维民、李秋萍、赵建华、陈晓峰、刘振国），其中备选专家1名；回避1名（周敏）"
    )
    assert makeup_text(source, lines["西安市"]).startswith("评审专家6名（张维民、")
    assert "回避" not in makeup_text(source, lines["西安市"])
