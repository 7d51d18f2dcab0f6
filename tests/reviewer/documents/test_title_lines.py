"""Titles broken between words, never inside a name, in a 梯形 or 菱形 (GB/T 9704-2012
7.3.1), tested on real Chinese place names in the titles the documents print."""

from __future__ import annotations

import itertools
import warnings
from pathlib import Path

import pytest

from reviewer.documents.layout import BLOCK_WIDTH, BODY_SIZE, CHAR_PITCH, TITLE_SIZE
from reviewer.documents.title_lines import title_lines, width, words

AUTHORITY = "陕西省工业和信息化厅"
# 2号 characters to a line of the text block: 156 mm on the 28-character grid.
PER_LINE = int((BLOCK_WIDTH + 0.01) // (CHAR_PITCH * TITLE_SIZE / BODY_SIZE))
PLACES = [
    # 陕西省, north to south: the cities, the zone, districts and counties
    "榆林市",
    "延安市",
    "铜川市",
    "渭南市",
    "咸阳市",
    "西安市",
    "宝鸡市",
    "汉中市",
    "安康市",
    "商洛市",
    "韩城市",
    "杨凌农业高新技术产业示范区",
    "西安市碑林区",
    "宝鸡市陈仓区",
    "咸阳市秦都区",
    "渭南市华州区",
    "延安市宝塔区",
    "汉中市南郑区",
    "榆林市府谷县",
    "安康市紫阳县",
    "商洛市柞水县",
    # 新疆, 内蒙古 and the long names of autonomous prefectures and banners
    "克孜勒苏柯尔克孜自治州",
    "巴音郭楞蒙古自治州",
    "博尔塔拉蒙古自治州",
    "伊犁哈萨克自治州",
    "昌吉回族自治州",
    "新疆生产建设兵团第八师石河子市",
    "阿拉善盟额济纳旗",
    "鄂尔多斯市伊金霍洛旗",
    "呼伦贝尔市鄂温克族自治旗",
    "锡林郭勒盟东乌珠穆沁旗",
    "巴彦淖尔市乌拉特中旗",
    "海西蒙古族藏族自治州",
    "黔东南苗族侗族自治州",
    "湘西土家族苗族自治州",
    "延边朝鲜族自治州",
    "阿坝藏族羌族自治州",
    "红河哈尼族彝族自治州",
    "西双版纳傣族自治州",
    "德宏傣族景颇族自治州",
    "陕西省卫生和计划生育委员会",
]
TEMPLATES = [
    AUTHORITY + "关于{}智慧城市试点实施方案的批复",
    "关于{}智慧城市试点实施方案的批复",
    AUTHORITY + "关于公布{}智慧城市试点名单的通知",
    "关于公布{}智慧城市试点名单的通知",
    "关于{}智慧城市试点拟入选名单的公示",
]
# Words of the titles no break may fall inside.
WHOLE = ["智慧城市", "实施方案", "拟入选", "批复", "通知", "公示", "名单", "关于", "公布"]


def _breaks(lines: list[str]) -> set[int]:
    return set(itertools.accumulate(len(line) for line in lines[:-1]))


def _inside(text: str, word: str, at: int) -> bool:
    start = text.find(word)
    while start != -1:
        if start < at < start + len(word):
            return True
        start = text.find(word, start + 1)
    return False


def _symmetric(lengths: list[float]) -> bool:
    if all(a <= b for a, b in itertools.pairwise(lengths)):  # 梯形
        return True
    top = lengths.index(max(lengths))  # 菱形
    return (
        0 < top < len(lengths) - 1
        and all(a <= b for a, b in itertools.pairwise(lengths[: top + 1]))
        and all(a >= b for a, b in itertools.pairwise(lengths[top:]))
    )


@pytest.mark.parametrize("place", PLACES)
def test_real_titles_break_between_words_in_a_symmetric_shape(place: str) -> None:
    assert len(PLACES) >= 30 and PER_LINE == 20
    names = [AUTHORITY, place]
    for template in TEMPLATES:
        text = template.format(place)
        lines = title_lines(text, names, PER_LINE)
        assert "".join(lines) == text
        assert all(width(line) <= PER_LINE for line in lines), lines
        assert _symmetric([width(line) for line in lines]), lines
        for at in _breaks(lines):
            for word in [*names, *WHOLE]:
                assert not _inside(text, word, at), (word, lines)
            # and between jieba's words: every break is a boundary of the segmentation
            assert at in set(itertools.accumulate(len(w) for w in words(text, names))), lines
        assert not any(line.startswith("的") or line.endswith("的") for line in lines)


def test_a_short_title_is_one_line_and_a_year_stays_with_its_number() -> None:
    assert title_lines("评审意见", [], PER_LINE) == ["评审意见"]
    text = AUTHORITY + "关于公布2014年陕西省智慧城市试点名单的通知"
    lines = title_lines(text, [AUTHORITY], PER_LINE)
    assert lines == ["陕西省工业和信息化厅关于公布", "2014年陕西省智慧城市试点名单的通知"]
    assert "2014年" in words(text, [AUTHORITY])


def test_a_name_longer_than_a_line_is_cut_rather_than_overflowing() -> None:
    name = "某" * 25
    lines = title_lines(f"关于{name}的批复", [name], PER_LINE)
    assert all(width(line) <= PER_LINE for line in lines)
    assert "".join(lines) == f"关于{name}的批复"


def test_the_segmenter_warns_of_nothing_and_writes_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    from reviewer.documents import title_lines as module

    module._tokenizer.cache_clear()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert words("关于西安市智慧城市试点实施方案的批复", ["西安市"])[0] == "关于"
    assert list(tmp_path.iterdir()) == []


def test_a_very_long_title_is_set_at_once() -> None:
    import time

    name = "西安" + "长" * 118  # a hostile name of 360 bytes
    text = f"陕西省工业和信息化厅关于{name}智慧城市试点实施方案的批复"
    started = time.perf_counter()
    lines = title_lines(text, [name, AUTHORITY], PER_LINE)
    assert time.perf_counter() - started < 2
    assert "".join(lines) == text and all(width(line) <= PER_LINE for line in lines)
