"""A letter on paper, in the house layout of the conversation summary (print_layout.render_document)."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from desktop.services import print_layout as pr
from desktop.services import print_texts as pt

from .language import translator
from .model import Block, Letter
from .texts import common


def _box(text: str, st: pr.Styles, width: float) -> Table:
    box = Table([[pr.para(f"<b>{pr.markup(text)}</b>", st.body)]], colWidths=[width], hAlign="LEFT")
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), pr.GREEN_LIGHT),
        ("LINEBEFORE", (0, 0), (0, -1), 3, pr.GREEN),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return box


def _blocks(blocks: list[Block], st: pr.Styles, width: float) -> list:
    bullet = ParagraphStyle("bullet", parent=st.body, leftIndent=18, bulletIndent=2, spaceAfter=4,
                            bulletFontName=st.body.fontName, bulletFontSize=st.body.fontSize)
    out: list = []
    for kind, content in blocks:
        if kind == "h":
            out.append(pr.para(escape(content), st.heading))
        elif kind == "p":
            out += [pr.para(p, st.body) for p in pr.paragraphs(content)]
        elif kind == "box":
            out += [Spacer(1, 2), _box(content, st, width), Spacer(1, 8)]
        elif kind in ("ul", "ol"):
            for i, item in enumerate(content, 1):
                out.append(pr.para(pr.markup(item), bullet, bulletText="•" if kind == "ul" else f"{i}."))
            out.append(Spacer(1, 4))
        elif kind == "facts":
            out += [pr.facts_table([(label, pr.markup(value)) for label, value in content], st, width),
                    Spacer(1, 8)]
        elif kind == "item":
            name, text = content
            out.append(KeepTogether([pr.para(f"<b>{pr.markup(name)}</b>", st.body.clone("item", spaceAfter=1)),
                                     pr.para(pr.markup(text), bullet)]))
        else:  # a programming error, not a user's
            raise ValueError(f"unknown letter block {kind!r}")
    return out


def build_letter_pdf(letter: Letter) -> bytes:
    """Lay out one letter; pure (no database), so it can be tested on its own."""
    st = pr.styles()
    translate = translator(letter.lang)
    lab = common.labels(translate)
    width = pr.PAGE_W - 2 * pr.MARGIN_X
    day = pt.format_date(letter.lang, letter.letter_date)

    # The address block fits the window of a standard envelope; the name exactly as registered.
    address = [f"<b>{pr.markup(letter.client_name)}</b>", *(pr.markup(line) for line in letter.address)]
    story: list = [pr.para("<br/>".join(address), st.body), Spacer(1, 10)]
    # The title below is the subject; no separate "Onderwerp" line.
    facts = [(lab["date"], escape(day)), (lab["reference"], escape(letter.reference))]
    if letter.bsn:  # only on a formal decision (beschikking), which must name the person exactly
        facts.append((lab["bsn"], escape(letter.bsn)))
    story += [pr.facts_table(facts, st, width), Spacer(1, 6),
              pr.para(escape(letter.body.title), st.title.clone("letter_title", fontSize=19, leading=24)),
              pr.para(pr.markup(common.greeting_for(letter.client_name, translate)), st.body)]
    story += _blocks(letter.body.blocks, st, width)
    story += [Spacer(1, 6), pr.para("<br/>".join(pr.markup(line) for line in common.closing_lines(
        letter.coach.name if letter.coach else None, translate)), st.body)]
    story.append(KeepTogether([pr.para(escape(common.contact_heading(translate)), st.heading),
                               *pr.contact_box(letter.lang, letter.coach, st, width)]))
    footer = lab["page_footer"].format(title=letter.body.title, date=day)
    return pr.render_document(story, lang=letter.lang, title=letter.body.title, subject=lab["subject"],
                              footer=footer, team_name=letter.team_name)
