"""The one font EstateDesk's PDFs use: WenQuanYi Micro Hei from resources/fonts, embedded
(subset) in every document so Chinese prints on any machine. reportlab's built-in CID fonts
(STSong-Light) are never used: they are not embedded and print as boxes where the reader
lacks them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_NAME = "EstateDeskCJK"
FONT_FILE = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "wqy-microhei.ttc"


@cache
def cjk_font() -> str:
    """Registers the font once and returns its name. Bold and italic map to the same face
    (Micro Hei has none), so <b> in a Paragraph never falls back to a Latin-only font."""
    pdfmetrics.registerFont(TTFont(FONT_NAME, str(FONT_FILE), subfontIndex=0))
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT_NAME, bold, italic, FONT_NAME)
    return FONT_NAME
