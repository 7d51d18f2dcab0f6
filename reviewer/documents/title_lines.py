"""Where a document title may break: between words, never inside a name, in a symmetric
shape (GB/T 9704-2012 7.3.1).

The standard asks of a title that runs over one line: 回行时，要做到词意完整，排列对称，
长短适宜，间距恰当，标题排列应当使用梯形或菱形. A title is therefore cut only between
words, as a well-kept segmenter (jieba, with its bundled dictionary, offline) finds them,
and never inside a name the campaign knows (the applicants, the authority, the call's
title), which are kept whole whatever the segmenter would make of them. Of the ways to
set the words on the fewest lines that fit, the most even one in a 梯形 (each line no
longer than the next) or a 菱形 (three or more lines, rising to the longest and falling)
is taken.

`title_lines` is a pure function of the text, the names and the line's width in
characters, so it is tested on its own with real place names.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
import warnings
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from importlib import resources
from typing import Any

# Words of the review's own vocabulary that jieba's dictionary cuts in two
# (智慧/城市, 拟/入选): a title never breaks inside them.
DOMAIN_WORDS = ("智慧城市", "实施方案", "拟入选", "信息化")
# Marks that belong to the word before them (they may not start a line) and to the word
# after them (they may not end one); the particle 的 holds on to the words on both sides.
_CLOSING = frozenset("，。、；：？！）》」』】〉〕’”…,.;:?!)]}的")
_OPENING = frozenset("（《「『【〈〔‘“([{")
# Units that stay with the number before them: 2014年, 〔2014〕.
_UNITS = frozenset("年月日号")
# More lines than the fewest that fit are tried to find a symmetric shape.
_EXTRA_LINES = 2
# Past this many ways to set a title the lines are filled in turn instead: a title that
# long (a hostile or mistaken name) is not weighed shape by shape.
_MOST_ARRANGEMENTS = 20_000


@cache
def _tokenizer() -> Any:
    """jieba's tokenizer over its bundled dictionary, built once, in memory.

    The prefix dictionary is built here from the packaged dict.txt instead of jieba's own
    `initialize`, which logs to stderr and reads and writes a marshal cache in the shared
    temporary folder. jieba 0.42 imports `pkg_resources` when setuptools has it, which
    warns on setuptools 67 to 80; the warning says nothing about us.
    """
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="pkg_resources is deprecated")
        import jieba

    tokenizer = jieba.Tokenizer()
    with resources.files("jieba").joinpath("dict.txt").open("rb") as dictionary:
        tokenizer.FREQ, tokenizer.total = tokenizer.gen_pfdict(dictionary)
    tokenizer.initialized = True
    for word in DOMAIN_WORDS:
        tokenizer.add_word(word)
    return tokenizer


def width(text: str) -> float:
    """The width of `text` in full-width characters: a digit or Latin letter is half."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "FWA" else 0.5 for c in text)


def _pieces(text: str, names: Sequence[str]) -> Iterator[tuple[str, bool]]:
    """`text` cut at the known names, longest first: (piece, is a name)."""
    start = plain = 0
    while start < len(text):
        name = next((n for n in names if text.startswith(n, start)), None)
        if name is None:
            start += 1
            continue
        if plain < start:
            yield text[plain:start], False
        yield name, True
        start = plain = start + len(name)
    if plain < len(text):
        yield text[plain:], False


def words(text: str, names: Iterable[str] = ()) -> list[str]:
    """The units a title may break between: the known names whole, jieba's words of the
    rest, each punctuation mark and particle joined to the word it belongs with."""
    known = sorted({n for n in names if n and n in text}, key=len, reverse=True)
    tokens: list[str] = []
    for piece, is_name in _pieces(text, known):
        tokens += [piece] if is_name else list(_tokenizer().cut(piece, HMM=True))
    units: list[str] = []
    glue_next = False
    for token in tokens:
        joins = units and (
            glue_next or token[0] in _CLOSING or (token[0] in _UNITS and units[-1][-1].isdigit())
        )
        if joins:
            units[-1] += token
        else:
            units.append(token)
        glue_next = token[-1] in _OPENING or token == "的"
    return units


def _symmetric(lines: Sequence[str]) -> bool:
    """梯形: each line no longer than the next; 菱形: three or more lines rising to the
    longest and falling from it, the first and last shorter than the longest."""
    lengths = [width(line) for line in lines]
    if all(a <= b for a, b in itertools.pairwise(lengths)):
        return True
    if len(lengths) < 3:
        return False
    top = lengths.index(max(lengths))
    rising = all(a <= b for a, b in itertools.pairwise(lengths[: top + 1]))
    falling = all(a >= b for a, b in itertools.pairwise(lengths[top:]))
    return rising and falling and 0 < top < len(lengths) - 1


def _arrangements(units: Sequence[str], count: int, per_line: float) -> Iterator[list[str]]:
    """Every way to set `units` on `count` lines none wider than `per_line`."""
    if count == 1:
        if width("".join(units)) <= per_line:
            yield ["".join(units)]
        return
    for cut in range(1, len(units) - count + 2):
        head = "".join(units[:cut])
        if width(head) > per_line:
            return
        for rest in _arrangements(units[cut:], count - 1, per_line):
            yield [head, *rest]


def _cut(unit: str, per_line: float) -> list[str]:
    """A word wider than a line in pieces a line wide (the last what is left)."""
    pieces = [""]
    for char in unit:
        if width(pieces[-1] + char) > per_line:
            pieces.append("")
        pieces[-1] += char
    return pieces


def _filled(units: Sequence[str], per_line: float) -> list[str]:
    """Each line filled with as many units as fit."""
    lines = [""]
    for unit in units:
        if lines[-1] and width(lines[-1] + unit) > per_line:
            lines.append("")
        lines[-1] += unit
    return lines


def _unevenness(lines: Sequence[str]) -> float:
    lengths = [width(line) for line in lines]
    mean = sum(lengths) / len(lengths)
    return sum((length - mean) ** 2 for length in lengths)


def _suitable(lines: Sequence[str]) -> bool:
    """长短适宜: no line shorter than a third of the longest (关于 alone over a long line
    is not)."""
    lengths = [width(line) for line in lines]
    return min(lengths) * 3 >= max(lengths)


def title_lines(text: str, names: Iterable[str], per_line: int) -> list[str]:
    """`text` as the lines of a title at most `per_line` characters wide, broken only
    between words and never inside one of `names`, in a 梯形 or 菱形 (GB/T 9704-2012
    7.3.1): the fewest lines that give a symmetric shape of lines of suitable lengths,
    else the fewest that give a symmetric shape, else the most even. A word wider than a
    whole line, which no arrangement can keep, is cut."""
    if width(text) <= per_line:
        return [text]
    units: list[str] = []
    for unit in words(text, names):
        units += _cut(unit, per_line) if width(unit) > per_line else [unit]
    fewest = max(2, int(-(-width(text) // per_line)))
    counts = range(fewest, min(fewest + _EXTRA_LINES, len(units)) + 1)
    if math.comb(len(units) - 1, fewest - 1) > _MOST_ARRANGEMENTS:
        return _filled(units, per_line)
    candidates = [
        sorted(_arrangements(units, count, per_line), key=_unevenness) for count in counts
    ]
    for wanted in (lambda lines: _symmetric(lines) and _suitable(lines), _symmetric):
        for arrangements in candidates:
            chosen = next((lines for lines in arrangements if wanted(lines)), None)
            if chosen:
                return chosen
    return next((a[0] for a in candidates if a), ["".join(units)])
