"""The conversation summary the client takes home: a plain-language PDF (reportlab platypus).

What is printed is chosen field by field (an allow-list), never "everything of the conversation":
the client's name, date/place of the conversation, `summary_for_client`, the agreements made in
it (not deleted, not cancelled), the next meeting and the coach's contact details. Internal notes,
the BSN, signals, absences and internal ids never reach the paper nor the PDF metadata.

The language follows the client (`Client.preferred_language`), see `print_texts`.
`ConversationPrinter.render()` returns bytes and touches no Qt, so a Qt worker can call it
off the UI thread and hand the bytes to a preview or printer. The house layout (fonts, letterhead,
footer, right-to-left text) is `print_layout`, shared with the letters.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models.entities import Agreement, Client, Conversation, Team, User

from . import audit
from . import print_texts as pt
from .context import Service
from .errors import NotAllowed, NotFound, ServiceError

# The house layout lives in print_layout; these names stay importable from here (letters, tests, benchmarks).
from .print_layout import (  # noqa: F401 - re-exported
    GREY_FILL,
    GREY_LINE,
    MARGIN_X,
    PAGE_W,
    CoachContact,
    Styles,
    clean_text,
    contact_box,
    facts_table,
    markup,
    para,
    paragraphs,
    register_fonts,
    render_document,
    styles,
    visual_order,
    write_atomic,
)
from .validation import display_name

AUDIT_PURPOSE = "samenvatting voor de werkzoekende"


# --- what goes on paper: a detached snapshot, nothing else --------------------------------------


@dataclass(frozen=True)
class PrintedAgreement:
    what: str
    who: str
    due: str


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


def _moment(lang: str, moment: datetime) -> str:
    # A time of exactly 00:00 means "no time entered": print the date only.
    if moment.hour == 0 and moment.minute == 0:
        return pt.format_date(lang, moment.date(), weekday=True)
    return pt.format_moment(lang, moment)


def _agreements_table(summary: Summary, st: Styles, width: float) -> Table:
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


def build_pdf(summary: Summary) -> bytes:
    """Lay out one summary; pure (no database), so it can be tested and timed on its own."""
    st = styles()
    lang = summary.lang
    t = lambda key: pt.text(lang, key)  # noqa: E731
    width = PAGE_W - 2 * MARGIN_X

    story: list = [para(escape(t("title")), st.title)]
    facts = [(t("for"), markup(summary.client_name)), (t("date"), escape(_moment(lang, summary.held_at)))]
    if summary.place:
        facts.append((t("place"), markup(summary.place)))
    if summary.coach:
        facts.append((t("with"), markup(summary.coach.name)))
    story += [facts_table(facts, st, width), Spacer(1, 4)]

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
