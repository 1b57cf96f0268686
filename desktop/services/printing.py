"""The conversation summary the client takes home: a plain-language PDF (reportlab platypus).

What is printed is chosen field by field (an allow-list), never "everything of the conversation":
the client's name, date/place of the conversation, `summary_for_client`, the agreements made in
it (not deleted, not cancelled), the next meeting and the coach's contact details. Internal notes,
the BSN, signals, absences and internal ids never reach the paper nor the PDF metadata.

The language follows the client (`Client.preferred_language`), see `print_texts`.
`ConversationPrinter.render()` returns bytes and touches no Qt, so a Qt worker can call it
off the UI thread and hand the bytes to a preview or printer. The first render of a process also
parses the TrueType fonts (~0.1 s); call `register_fonts()` from a start-up worker to pay that early.

Fonts: DejaVu Sans (desktop/resources/fonts) covers Latin with all diacritics, Greek, Cyrillic and the
Arabic letters. Arabic script is shaped (joined letter forms, ligatures) by HarfBuzz through
reportlab's `shaping` (uharfbuzz), and each line's right-to-left runs are put in visual order with
python-bidi before layout (`visual_order`); a line is ordered on its own, so a right-to-left
sentence that wraps over two lines keeps its words' order per line only. Characters outside DejaVu
(CJK, emoji) print as empty boxes. Bidi override and control characters are removed first.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
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
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models.entities import Agreement, Client, Conversation, Team, User
from desktop.paths import RESOURCES

from . import audit
from . import print_texts as pt
from .context import Service
from .errors import NotAllowed, NotFound, ServiceError
from .validation import display_name

AUDIT_PURPOSE = "samenvatting voor de werkzoekende"
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


# --- what goes on paper: a detached snapshot, nothing else --------------------------------------


@dataclass(frozen=True)
class PrintedAgreement:
    what: str
    who: str
    due: str


@dataclass(frozen=True)
class CoachContact:
    name: str
    phone: str | None = None
    email: str | None = None
    reachable: str | None = None


@dataclass(frozen=True)
class Summary:
    """Everything the printed summary shows — and only that."""

    lang: str
    client_name: str
    held_at: datetime
    place: str | None
    summary: str
    agreements: list[PrintedAgreement] = field(default_factory=list)
    next_meeting_at: datetime | None = None
    coach: CoachContact | None = None
    team_name: str | None = None


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


def _moment(lang: str, moment: datetime) -> str:
    # A time of exactly 00:00 means "no time entered": print the date only.
    if moment.hour == 0 and moment.minute == 0:
        return pt.format_date(lang, moment.date(), weekday=True)
    return pt.format_moment(lang, moment)


# --- layout ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    label: ParagraphStyle


_styles_cache: _Styles | None = None


def _styles() -> _Styles:
    global _styles_cache
    if _styles_cache is None:
        regular, bold = register_fonts()
        body = ParagraphStyle("body", fontName=regular, fontSize=12, leading=17, alignment=TA_LEFT,
                              spaceAfter=8, textColor=colors.black)
        _styles_cache = _Styles(
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


def _agreements_table(summary: Summary, st: _Styles, width: float) -> Table:
    lang = summary.lang
    rows = [[para(escape(pt.text(lang, k)), st.cell_head) for k in ("col_what", "col_who", "col_when")]]
    for a in summary.agreements:
        rows.append([para(markup(a.what), st.cell), para(markup(a.who), st.cell),
                     para(markup(a.due), st.cell)])
    table = Table(rows, colWidths=[width * 0.47, width * 0.25, width * 0.28], repeatRows=1, splitInRow=1,
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), GREY_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 1, GREY_LINE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, GREY_LINE),
        ("BOX", (0, 0), (-1, -1), 0.5, GREY_LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return table


def _facts_table(rows: list[tuple[str, str]], st: _Styles, width: float) -> Table:
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


def _frame(header: float) -> Frame:
    top = PAGE_H - header - GAP
    return Frame(MARGIN_X, BOTTOM, PAGE_W - 2 * MARGIN_X, top - BOTTOM, leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)


def build_pdf(summary: Summary) -> bytes:
    """Lay out one summary; pure (no database), so it can be tested and timed on its own."""
    st = _styles()
    lang = summary.lang
    t = lambda key: pt.text(lang, key)  # noqa: E731
    width = PAGE_W - 2 * MARGIN_X

    story: list = [para(escape(t("title")), st.title)]
    facts = [(t("for"), markup(summary.client_name)), (t("date"), escape(_moment(lang, summary.held_at)))]
    if summary.place:
        facts.append((t("place"), markup(summary.place)))
    if summary.coach:
        facts.append((t("with"), markup(summary.coach.name)))
    story += [_facts_table(facts, st, width), Spacer(1, 4)]

    story.append(para(escape(t("talked")), st.heading))
    parts = paragraphs(summary.summary)
    story += [para(p, st.body) for p in parts] or [para(escape(t("no_summary")), st.body)]

    story.append(para(escape(t("agreed")), st.heading))
    if summary.agreements:
        story.append(_agreements_table(summary, st, width))
    else:
        story.append(para(escape(t("no_agreements")), st.body))

    next_text = (f"<b>{escape(_moment(lang, summary.next_meeting_at))}</b>" if summary.next_meeting_at
                 else escape(t("next_none")))
    story.append(KeepTogether([para(escape(t("next")), st.heading), para(next_text, st.body)]))

    contact = [para(escape(t("contact")), st.heading), *contact_box(lang, summary.coach, st, width),
               Spacer(1, 8), para(escape(t("wrong")), st.body)]
    story.append(KeepTogether(contact))

    footer = t("footer").format(date=pt.format_date(lang, summary.held_at.date()))
    return render_document(story, lang=lang, title=t("title"), subject=t("subject"), footer=footer,
                           team_name=summary.team_name)


def contact_box(lang: str, c: CoachContact | None, st: _Styles, width: float) -> list:
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


# --- the service -------------------------------------------------------------------------------


class ConversationPrinter(Service):
    """Make the client's summary of one held conversation (and log that it was printed)."""

    def render(self, conversation_id: str) -> bytes:
        """The PDF as bytes. Writes an audit event 'print' only when the PDF was made."""
        if self.actor.role == "specialist":
            raise NotAllowed(translate("Printing", "Een specialist kan geen gespreksverslag afdrukken."))
        with self.db.session() as s:
            conv = self._conversation(s, conversation_id)
            pdf = build_pdf(self._summary(s, conv))
            audit.record(s, self.actor, "print", "conversation", conv.id, conv.client_id, purpose=AUDIT_PURPOSE)
        return pdf

    def write(self, conversation_id: str, path: str | os.PathLike[str]) -> Path:
        """Render and write atomically (temp file in the same folder, then os.replace)."""
        return write_atomic(path, lambda: self.render(conversation_id))

    def suggested_filename(self, conversation_id: str) -> str:
        """A file name for a save dialog, without personal data: 'verslag-gesprek-2026-11-26.pdf'."""
        with self.db.session() as s:
            conv = self._conversation(s, conversation_id)
            client = s.get(Client, conv.client_id)
            lang = pt.language_of(client.preferred_language if client else None)
            return pt.text(lang, "filename").format(date=conv.held_at.date().isoformat())

    # -- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _conversation(s: Session, conversation_id: str) -> Conversation:
        conv = s.get(Conversation, conversation_id) if conversation_id else None
        client = s.get(Client, conv.client_id) if conv is not None else None
        if conv is None or conv.deleted_at is not None or client is None or client.deleted_at is not None:
            raise NotFound(translate("Printing", "Dit gesprek bestaat niet (meer)."))
        if conv.planned:
            raise ServiceError(translate(
                "Printing", "Dit gesprek heeft nog niet plaatsgevonden; er is nog geen verslag."))
        return conv

    @staticmethod
    def _user(s: Session, user_id: str | None) -> User | None:
        user = s.get(User, user_id) if user_id else None
        return user if user is not None and user.deleted_at is None else None

    def _summary(self, s: Session, conv: Conversation) -> Summary:
        client = s.get(Client, conv.client_id)
        assert client is not None  # checked in _conversation
        lang = pt.language_of(client.preferred_language)
        coach = self._user(s, conv.coach_id) or self._user(s, client.coach_id)
        team = None
        for team_id in (coach.team_id if coach else None, client.team_id):
            team = s.get(Team, team_id) if team_id else None
            if team is not None and team.deleted_at is None:
                break
            team = None

        rows = s.scalars(
            select(Agreement)
            .where(Agreement.conversation_id == conv.id, Agreement.deleted_at.is_(None),
                   Agreement.status != "cancelled")
            .order_by(Agreement.due_date.is_(None), Agreement.due_date, Agreement.description))
        agreements = []
        for a in rows:
            if a.party == "client":
                who = pt.text(lang, "party_client")
            elif a.party == "specialist":
                spec = self._user(s, a.specialist_id)
                who = pt.text(lang, "party_specialist")
                if spec is not None:
                    who = f"{spec.display_name} ({spec.organisation})" if spec.organisation else spec.display_name
            else:
                who = pt.text(lang, "party_coach")
            due = pt.format_date(lang, a.due_date) if a.due_date else pt.text(lang, "no_due")
            if a.status == "done":
                due = f"{due} {pt.text(lang, 'done')}"
            agreements.append(PrintedAgreement(what=a.description, who=who, due=due))

        # Where: the place as written, else what the channel says ("Telefonisch", "Bij u thuis").
        place = clean_text(conv.place).strip() or pt.TEXTS[lang].get(f"channel_{conv.channel}", "")
        # The next meeting: as noted in this conversation, else the first one planned after it.
        next_meeting = conv.next_meeting_at or s.scalar(
            select(func.min(Conversation.held_at)).where(
                Conversation.client_id == conv.client_id, Conversation.planned.is_(True),
                Conversation.deleted_at.is_(None), Conversation.held_at > conv.held_at))
        contact = None
        if coach is not None:
            contact = CoachContact(name=coach.display_name, phone=coach.phone, email=coach.email,
                                   reachable=coach.reachable)
        return Summary(
            lang=lang,
            client_name=display_name(client.first_name, client.name_prefix, client.last_name),
            held_at=conv.held_at, place=place or None, summary=conv.summary_for_client or "",
            agreements=agreements, next_meeting_at=next_meeting, coach=contact,
            team_name=team.name if team else None)
