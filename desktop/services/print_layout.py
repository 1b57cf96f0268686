"""The house layout every printed page shares (the conversation summary and the letters): fonts, colours,
the letterhead band, the footer with 'Pagina n van N', text cleaning and right-to-left order, atomic writing.

Fonts: DejaVu Sans (desktop/resources/fonts) covers Latin with all diacritics, Greek, Cyrillic and the
Arabic letters. Arabic script is shaped (joined letter forms, ligatures) by HarfBuzz through
reportlab's `shaping` (uharfbuzz), and each line's right-to-left runs are put in visual order with
python-bidi before layout (`visual_order`); a line is ordered on its own, so a right-to-left
sentence that wraps over two lines keeps its words' order per line only. Characters outside DejaVu
(CJK, emoji) print as empty boxes. Bidi override and control characters are removed first.
The first render of a process parses the TrueType fonts (~0.1 s); call `register_fonts()` from a
start-up worker to pay that early.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

from desktop.i18n import translate
from desktop.paths import RESOURCES

from . import print_texts as pt
from .errors import ServiceError

AUTHOR = "Gemeente Rotterdam"
CREATOR = "Wijkdesk"
PDF_LANG = {"nl": "nl-NL", "en": "en-GB"}

FONT_DIR = RESOURCES / "fonts"
FONT_REGULAR = "WijkdeskSans"
FONT_BOLD = "WijkdeskSans-Bold"

# House colours (Rotterdam green) and neutral greys; all pass WCAG contrast on white/black text.
GREEN = colors.HexColor("#00693E")
GREEN_LIGHT = colors.HexColor("#E6F2EC")
GREY_TEXT = colors.HexColor("#4A4A4A")
GREY_LINE = colors.HexColor("#9A9A9A")
GREY_FILL = colors.HexColor("#F0F0F0")

PAGE_W, PAGE_H = A4
MARGIN_X = 22 * mm
HEADER_FIRST = 30 * mm   # band height on page 1
HEADER_LATER = 14 * mm   # band height on the following pages
FOOTER_Y = 12 * mm
GAP = 8 * mm             # between the header band and the text
BOTTOM = FOOTER_Y + 10 * mm

_font_lock = threading.Lock()
_fonts_ready = False
# reportlab keeps module-level state (font registry, per-document subset state); one build at a time.
_build_lock = threading.Lock()

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n+")


def register_fonts() -> tuple[str, str]:
    """Register the shipped DejaVu Sans once per process (parsing the TTF is the slow part)."""
    global _fonts_ready
    if not _fonts_ready:
        with _font_lock:
            if not _fonts_ready:
                try:
                    pdfmetrics.registerFont(TTFont(FONT_REGULAR, str(FONT_DIR / "DejaVuSans.ttf")))
                    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
                except Exception as exc:  # a broken installation, not a user error; still say what
                    raise ServiceError(translate(
                        "Printing", "Het lettertype voor het verslag ontbreekt of is beschadigd ({path}).")
                        .format(path=FONT_DIR)) from exc
                pdfmetrics.registerFontFamily(FONT_REGULAR, normal=FONT_REGULAR, bold=FONT_BOLD,
                                              italic=FONT_REGULAR, boldItalic=FONT_BOLD)
                _plain_latin_shaping()
                _fonts_ready = True
    return FONT_REGULAR, FONT_BOLD


def _plain_latin_shaping() -> None:
    """Shape without optional Latin ligatures ("fi", DejaVu's "st"): plain letters read and search better.

    reportlab's paragraphs call `shapeFragWord(word)` with its default features (kern, liga, dlig);
    that default dict is the only hook. Arabic joining and lam-alef are required features that
    HarfBuzz applies anyway."""
    from reportlab.pdfbase import ttfonts

    defaults = getattr(ttfonts.shapeFragWord, "__defaults__", None)
    if defaults and isinstance(defaults[0], dict):
        defaults[0].update(liga=False, dlig=False)


@dataclass(frozen=True)
class CoachContact:
    """The coach's contact box on the summary and on every letter."""

    name: str
    phone: str | None = None
    email: str | None = None
    reachable: str | None = None


# --- text helpers ------------------------------------------------------------------------------


def clean_text(value: str | None) -> str:
    """Drop control and bidi-override characters; normalise line ends; tabs become spaces."""
    text = (value or "").replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_RTL_WORD = re.compile(r"\S*[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]\S*")


def visual_order(line: str) -> str:
    """A line with right-to-left script as reportlab must lay it out: words in the order they are
    drawn (left to right), each RTL word handed over in its logical order.

    python-bidi puts the line in display order (letters of RTL runs reversed). reportlab then
    shapes word by word with HarfBuzz, which sees an RTL word, reverses it and mirrors its
    brackets itself; so each word holding RTL script is turned back whole, punctuation included
    ("فاطمة," keeps its comma on the left of the reading direction). The Rust `get_display` is
    used because it does not mirror brackets: HarfBuzz does. Lines without RTL script are
    returned unchanged."""
    if not _RTL.search(line):
        return line
    from bidi import get_display

    return _RTL_WORD.sub(lambda m: m.group(0)[::-1], get_display(line))


_shaped_styles: dict[str, ParagraphStyle] = {}


def para(text: str, style: ParagraphStyle, **kwargs) -> Paragraph:  # noqa: ANN003 - Paragraph's own
    """A Paragraph; shaped by HarfBuzz (joined Arabic letters) only when the text holds RTL script,
    because shaping every word would double the time of a long summary."""
    if _RTL.search(text):
        shaped = _shaped_styles.get(style.name)
        if shaped is None:
            shaped = _shaped_styles[style.name] = style.clone(f"{style.name}-shaped", shaping=1)
        style = shaped
    return Paragraph(text, style, **kwargs)


def markup(value: str | None) -> str:
    """Text as safe Paragraph markup: XML special characters escaped, line breaks kept."""
    lines = [escape(visual_order(line.strip())) for line in clean_text(value).strip().split("\n")]
    return "<br/>".join(lines)


def paragraphs(value: str | None) -> list[str]:
    """Split free text on blank lines into paragraphs (markup), keeping single line breaks."""
    text = clean_text(value).strip()
    if not text:
        return []
    return [markup(part) for part in _BLANK_LINE.split(text) if part.strip()]


# --- layout ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    label: ParagraphStyle


_styles_cache: Styles | None = None


def styles() -> Styles:
    global _styles_cache
    if _styles_cache is None:
        regular, bold = register_fonts()
        body = ParagraphStyle("body", fontName=regular, fontSize=12, leading=17, alignment=TA_LEFT,
                              spaceAfter=8, textColor=colors.black)
        _styles_cache = Styles(
            body=body,
            small=ParagraphStyle("small", parent=body, fontSize=10, leading=14, textColor=GREY_TEXT),
            title=ParagraphStyle("title", parent=body, fontName=bold, fontSize=22, leading=28,
                                 spaceBefore=4, spaceAfter=10, textColor=GREEN),
            heading=ParagraphStyle("heading", parent=body, fontName=bold, fontSize=15, leading=20,
                                   spaceBefore=14, spaceAfter=6, textColor=GREEN, keepWithNext=1),
            cell=ParagraphStyle("cell", parent=body, fontSize=11.5, leading=16, spaceAfter=0),
            cell_head=ParagraphStyle("cell_head", parent=body, fontName=bold, fontSize=11.5, leading=16,
                                     spaceAfter=0),
            label=ParagraphStyle("label", parent=body, fontName=bold, spaceAfter=0),
        )
    return _styles_cache


def _numbered_canvas(lang: str, footer: str, regular: str) -> type[Canvas]:
    """Two passes: keep every page until the end, then write 'Pagina n van N' on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003 - reportlab's signature
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setFont(regular, 9)
            self.setFillColor(GREY_TEXT)
            self.setStrokeColor(GREY_LINE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, FOOTER_Y + 12, PAGE_W - MARGIN_X, FOOTER_Y + 12)
            self.drawString(MARGIN_X, FOOTER_Y, footer)
            if total > 1:
                self.setFont(regular, 10)
                self.setFillColor(colors.black)
                self.drawRightString(PAGE_W - MARGIN_X, FOOTER_Y,
                                     pt.text(lang, "page").format(page=self._pageNumber, total=total))
            self.restoreState()

    return NumberedCanvas


def _header(lang: str, team_name: str | None, regular: str, bold: str):  # noqa: ANN202 - reportlab callbacks
    org = pt.text(lang, "org")

    def first(canvas: Canvas, _doc) -> None:  # noqa: ANN001
        canvas.saveState()
        canvas.setFillColor(GREEN)
        canvas.rect(0, PAGE_H - HEADER_FIRST, PAGE_W, HEADER_FIRST, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(bold, 15)
        canvas.drawString(MARGIN_X, PAGE_H - 13 * mm, org)
        if team_name:
            canvas.setFont(regular, 11.5)
            canvas.drawString(MARGIN_X, PAGE_H - 21 * mm, team_name)
        canvas.restoreState()

    def later(canvas: Canvas, _doc) -> None:  # noqa: ANN001
        canvas.saveState()
        canvas.setFillColor(GREEN)
        canvas.rect(0, PAGE_H - HEADER_LATER, PAGE_W, HEADER_LATER, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(bold, 10.5)
        canvas.drawString(MARGIN_X, PAGE_H - 9 * mm, org)
        canvas.restoreState()

    return first, later


def _frame(header: float) -> Frame:
    top = PAGE_H - header - GAP
    return Frame(MARGIN_X, BOTTOM, PAGE_W - 2 * MARGIN_X, top - BOTTOM, leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)


def facts_table(rows: list[tuple[str, str]], st: Styles, width: float) -> Table:
    """Label and value rows; the label column as wide as the widest label."""
    data = [[para(escape(label), st.label), para(value, st.body)] for label, value in rows]
    # The label column is as wide as the widest label ("Conversation with"), so labels never wrap.
    label_w = max(pdfmetrics.stringWidth(label, st.label.fontName, st.label.fontSize) for label, _ in rows)
    label_w = max(label_w + 6 * mm, 32 * mm)
    table = Table(data, colWidths=[label_w, width - label_w], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table


def contact_box(lang: str, c: CoachContact | None, st: Styles, width: float) -> list:
    """The coach's name, phone, e-mail and hours in a light green box (shared with the letters)."""
    t = lambda key: pt.text(lang, key)  # noqa: E731
    if c:
        lines = [f"{escape(t('your_coach'))}: <b>{markup(c.name)}</b>"]
        for key, value in (("phone", c.phone), ("email", c.email), ("reachable", c.reachable)):
            if value and clean_text(value).strip():
                lines.append(f"{escape(t(key))}: {markup(value)}")
        box = Table([[para("<br/>".join(lines), st.body)]], colWidths=[width], hAlign="LEFT")
    else:
        box = Table([[para(escape(t("no_coach")), st.body)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), GREEN_LIGHT),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return [box]


def render_document(story: list, *, lang: str, title: str, subject: str, footer: str,
                    team_name: str | None) -> bytes:
    """The house layout around a story: letterhead band, footer line, 'Pagina n van N'."""
    regular, bold = register_fonts()
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=HEADER_FIRST + GAP,
        bottomMargin=BOTTOM, title=title, author=AUTHOR, subject=subject,
        creator=CREATOR, keywords="", lang=PDF_LANG[lang], displayDocTitle=1)
    first, later = _header(lang, team_name, regular, bold)
    # Page 1 has the full header band, the following pages a thin one (and so more room).
    doc.addPageTemplates([
        PageTemplate("first", frames=[_frame(HEADER_FIRST)], onPage=first, autoNextPageTemplate="later"),
        PageTemplate("later", frames=[_frame(HEADER_LATER)], onPage=later),
    ])
    with _build_lock:
        doc.build(story, canvasmaker=_numbered_canvas(lang, footer, regular))
    return buf.getvalue()


def write_atomic(path: str | os.PathLike[str], render: Callable[[], bytes]) -> Path:
    """Check the target, render, then write atomically (temp file in the same folder, os.replace).

    The PDF holds personal data: the file is readable by its owner only (0600)."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise ServiceError(translate("Printing", "{path} is een map; geef een bestandsnaam op.")
                           .format(path=target))
    if not target.parent.is_dir():
        raise ServiceError(translate("Printing", "De map {path} bestaat niet.").format(path=target.parent))
    pdf = render()
    fd, tmp = tempfile.mkstemp(prefix=".wijkdesk-", suffix=".pdf.tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(pdf)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ServiceError(translate("Printing", "Het verslag kon niet worden opgeslagen in {path}: {error}")
                           .format(path=target, error=exc.strerror or exc)) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
