"""CJK fonts for PDFs, registered with reportlab once, embedded as subsets.

Only TrueType-outline fonts embed in reportlab (methods.md), and both shipped fonts are;
the built-in STSong-Light is never used because it is not embedded.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from reviewer.resources import SONG_FONT, UI_FONT, resource_path

SONG = "ReviewerSong"
HEI = "ReviewerHei"


@cache
def register_fonts() -> tuple[str, str]:
    """Register the song (body) and hei (headings) faces; returns their names."""
    pdfmetrics.registerFont(TTFont(SONG, str(resource_path(SONG_FONT))))
    pdfmetrics.registerFont(TTFont(HEI, str(resource_path(UI_FONT)), subfontIndex=0))
    return SONG, HEI
