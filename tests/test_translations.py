"""Every string a user can see has a finished zh_CN translation with the same placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "reviewer_zh_CN.ts"
SOURCES = ["reviewer", "ui"]


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in ET.parse(path).getroot().iter("context")
        for message in context.iter("message")
    ]


def test_every_zh_cn_string_is_translated_and_finished() -> None:
    problems = []
    for context, source, message in _messages(TS):
        translation = message.find("translation")
        assert translation is not None
        if (
            translation.get("type") in {"unfinished", "vanished", "obsolete"}
            or not (translation.text or "").strip()
        ):
            problems.append(f"{context}: {source!r}")
    assert not problems, "untranslated: " + "; ".join(problems)


def test_translations_keep_the_placeholders_of_their_source() -> None:
    """The same fields by name: a source's "{n:one|many}" plural choice and "{amount.millions}"
    are the translation's "{n}" and "{amount}"."""
    field = re.compile(r"\{(\w*)[.:}]")
    for context, source, message in _messages(TS):
        translated = message.findtext("translation") or ""
        assert set(field.findall(source)) == set(field.findall(translated)), (
            f"{context}: {source!r} -> {translated!r}"
        )


def test_the_ts_file_holds_every_string_in_the_source(tmp_path: Path) -> None:
    """lupdate over the code finds no string that the committed .ts lacks."""
    fresh = tmp_path / "fresh.ts"
    shutil.copyfile(TS, fresh)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    files = [str(p) for src in SOURCES for p in sorted((ROOT / src).rglob("*.py"))]
    result = subprocess.run(
        [str(lupdate), "-locations", "none", "-no-obsolete", *files, "-ts", str(fresh)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    known = {(c, s) for c, s, _m in _messages(TS)}
    found = {(c, s) for c, s, _m in _messages(fresh)}
    assert found - known == set(), "run `python3 dev.py lupdate` and translate the new strings"
    assert known - found == set(), "the .ts holds strings the code no longer has"


@pytest.mark.gui
def test_the_compiled_translation_loads_and_translates(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    qm = tmp_path / "reviewer_zh_CN.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(qm)], check=True, timeout=120)
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("Labels", "Late") == "逾期报送"
    assert translator.translate("MainWindow", "Applications") == "申报项目"


def test_no_translation_call_hides_inside_an_f_string() -> None:
    """lupdate does not look inside f-strings, so a tr() there is never translated."""
    hidden = re.compile(r"""\bf(["']).*\{[^}]*\b(tr|translate)\(""")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for src in SOURCES
        for path in sorted((ROOT / src).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if hidden.search(line)
    ]
    assert offenders == []


# Translations that keep ASCII punctuation beside a Chinese character on purpose, with why.
ASCII_PUNCTUATION_ALLOWED: dict[str, str] = {}


def test_zh_cn_translations_use_full_width_punctuation_beside_chinese() -> None:
    """Chinese text takes ：；，（）？！ (GB/T 15834); `python3 dev.py punctuate` fixes what
    this finds, keeping mnemonics, file filters, entities and placeholders ASCII."""
    from dev import full_width

    offenders = [
        f"{context}: {translated!r} -> {full_width(translated)!r}"
        for context, _source, message in _messages(TS)
        for translated in [message.findtext("translation") or ""]
        + [form.text or "" for form in message.iter("numerusform")]
        if full_width(translated) != translated and translated not in ASCII_PUNCTUATION_ALLOWED
    ]
    assert offenders == []


def test_the_punctuation_sweep_keeps_what_must_stay_ascii() -> None:
    from dev import full_width

    assert full_width("灰色: 未入围；恢复为建议 (Del)") == "灰色：未入围；恢复为建议（Del）"
    assert full_width("共 {n} 项(含备选),见附件") == "共 {n} 项（含备选），见附件"
    for kept in (
        "关闭评审批次(&L)",
        "zip 文件 (*.zip);;所有文件 (*)",
        "&nbsp;逾期&nbsp;",
        "于 12:30 在 E03",
        "ICC(A,1)：单个专家打分的可信程度",
    ):
        assert full_width(kept) == kept


def test_no_source_string_says_a_plural_with_parentheses() -> None:
    """English says "1 application is" / "2 applications are", not "application(s)": a
    count's plural is a choice in its field, "{n:application is|applications are}"."""
    offenders = [
        f"{context}: {source!r}"
        for context, source, _message in _messages(TS)
        if re.search(r"\w\((s|es|ies)\)", source)
    ]
    assert offenders == []


def test_a_count_reads_in_its_plural_form_in_english_and_is_unchanged_in_chinese() -> None:
    from reviewer.i18n import counted, install_translator, translate

    text = "{n} {n:application is|applications are} incomplete: ask the applicants for the "
    text += "missing items."
    install_translator(None)
    said = [counted(translate("Overview", text), n=n) for n in (1, 2)]
    assert said[0].startswith("1 application is incomplete:")
    assert said[1].startswith("2 applications are incomplete:")
    install_translator(_chinese())
    try:
        assert (
            counted(translate("Overview", text), n=1)
            == "1 个申报项目材料不全，请通知申报单位补充。"
        )
    finally:
        install_translator(None)


# English source strings that hold full-width punctuation on purpose, with why.
FULL_WIDTH_IN_ENGLISH_ALLOWED: dict[str, str] = {
    # A style name: "（一）" is how GB/T 9704 §7.3.3 numbers second-level headings, shown as
    # printed so the user recognises the style.
    "Headings （一） (楷体)": "names the heading numbering as printed",
}


def test_english_source_strings_use_ascii_punctuation() -> None:
    """Full-width ：，（）；？！ belong to the Chinese translation, not the English source."""
    offenders = [
        f"{context}: {source!r}"
        for context, source, _message in _messages(TS)
        if re.search("[：，（）；？！]", source) and source not in FULL_WIDTH_IN_ENGLISH_ALLOWED
    ]
    assert offenders == []


def _chinese() -> Callable[[str, str], str]:
    """The committed zh_CN translations as `reviewer.i18n`'s translator, without Qt."""
    zh = {
        (context, source): message.findtext("translation") or ""
        for context, source, message in _messages(TS)
    }
    return lambda context, source: zh.get((context, source)) or source


def test_joined_parts_take_the_languages_punctuation() -> None:
    """ASCII ": " and "; " beside Chinese words are "：" and "；" (GB/T 15834)."""
    from reviewer.i18n import install_translator, joined, labelled

    install_translator(None)
    assert labelled("Late", 2) == "Late: 2" and joined(["Panel leader", "Reserve"]) == (
        "Panel leader; Reserve"
    )
    install_translator(_chinese())
    try:
        assert labelled("咸阳市", "任职或曾任职") == "咸阳市：任职或曾任职"
        assert joined(["评审组长", "备选专家"]) == "评审组长；备选专家"
        assert joined(["逾期报送 1", "材料齐全 3"], ", ") == "逾期报送 1，材料齐全 3"
    finally:
        install_translator(None)
