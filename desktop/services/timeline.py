"""A client's story in date order, and the coach's week across the caseload."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from desktop.i18n import current_language, translate
from desktop.models.entities import (
    Absence,
    Agreement,
    Client,
    Conversation,
    Instrument,
    Placement,
    ProfileEntry,
    Referral,
    Signal,
    TaxonomyItem,
)
from sync import clock

from . import attention
from .aftercare import outcome_due
from .contact_rhythm import ContactLate, late_contacts
from .context import Service, local_now
from .duty_to_inform import inform_due
from .placements import status_label as placement_status
from .referrals import referral_labels
from .signals import kind_labels as signal_kind_labels
from .validation import display_name

TIMELINE_KINDS = ("conversation", "planned", "agreement", "placement", "signal", "absence", "profile", "referral")


def kind_labels() -> dict[str, str]:
    return {
        "conversation": translate("Timeline", "Gesprek"),
        "planned": translate("Timeline", "Gepland gesprek"),
        "agreement": translate("Timeline", "Afspraak"),
        "placement": translate("Timeline", "Inzet"),
        "signal": translate("Timeline", "Signaal"),
        "absence": translate("Timeline", "Verzuim"),
        "profile": translate("Timeline", "Profiel"),
        "referral": translate("Timeline", "Verwijzing"),
    }


def conversation_kind_labels() -> dict[str, str]:
    return {
        "intake": translate("Conversations", "Intake"),
        "progress": translate("Conversations", "Voortgang"),
        "review": translate("Conversations", "Heronderzoek"),
        "phone": translate("Conversations", "Telefonisch"),
        "home_visit": translate("Conversations", "Huisbezoek"),
        "evaluation": translate("Conversations", "Evaluatie"),
        "aftercare": translate("Conversations", "Nazorg"),
    }


def agreement_status_labels() -> dict[str, str]:
    return {
        "open": translate("Conversations", "Open"),
        "done": translate("Conversations", "Gedaan"),
        "missed": translate("Conversations", "Niet gelukt"),
        "cancelled": translate("Conversations", "Vervallen"),
    }


def party_labels() -> dict[str, str]:
    return {
        "client": translate("Conversations", "Werkzoekende"),
        "coach": translate("Conversations", "Begeleider"),
        "specialist": translate("Conversations", "Specialist"),
    }


@dataclass(frozen=True)
class TimelineItem:
    kind: str
    at: datetime
    title: str
    detail: str
    ref_id: str
    overdue: bool = False


def _day(d: date) -> datetime:
    return datetime.combine(d, time())


class TimelineService(Service):
    def for_client(self, client_id: str, kinds: set[str] | None = None) -> list[TimelineItem]:
        """Everything about one client, newest first; `kinds` filters (None = all)."""
        want = set(kinds) if kinds else set(TIMELINE_KINDS)
        today = self.actor.today()
        conv_labels, status_labels, parties = conversation_kind_labels(), agreement_status_labels(), party_labels()
        items: list[TimelineItem] = []
        with self.db.session() as s:
            alive = lambda m: (m.client_id == client_id, m.deleted_at.is_(None))  # noqa: E731
            # Column rows rather than ORM instances for the two big kinds (hundreds per client).
            if want & {"conversation", "planned"}:
                for c in s.execute(select(Conversation.id, Conversation.kind, Conversation.held_at,
                                          Conversation.planned, Conversation.place,
                                          Conversation.summary_for_client).where(*alive(Conversation))):
                    kind = "planned" if c.planned else "conversation"
                    if kind in want:
                        first = (c.summary_for_client or "").strip().split("\n")[0][:160]
                        items.append(TimelineItem(kind, c.held_at, conv_labels.get(c.kind, c.kind),
                                                  first or (c.place or ""), c.id))
            if "agreement" in want:
                agreement_detail = translate("Timeline", "{who}, uiterlijk {due} — {status}")
                held = dict(s.execute(select(Conversation.id, Conversation.held_at).where(*alive(Conversation))).all())
                for a in s.execute(select(Agreement.id, Agreement.conversation_id, Agreement.due_date,
                                          Agreement.updated_at, Agreement.party, Agreement.status,
                                          Agreement.description).where(*alive(Agreement))):
                    when = held.get(a.conversation_id) or (_day(a.due_date) if a.due_date else clock.to_local(a.updated_at))
                    # An f-string, not strftime: under PySide6 every strftime call goes through its import hook.
                    d = a.due_date
                    due = f"{d.day:02d}-{d.month:02d}-{d.year}" if d else "—"
                    detail = agreement_detail.format(
                        who=parties.get(a.party, a.party), due=due, status=status_labels.get(a.status, a.status))
                    overdue = a.status == "open" and a.due_date is not None and a.due_date < today
                    items.append(TimelineItem("agreement", when, a.description[:160], detail, a.id, overdue))
            if "placement" in want:
                names = dict(s.execute(select(Instrument.id, Instrument.name)).all())
                for p in s.scalars(select(Placement).where(*alive(Placement))):
                    when = _day(p.start_date) if p.start_date else clock.to_local(p.updated_at)
                    items.append(TimelineItem("placement", when, names.get(p.instrument_id, "?"),
                                              placement_status(p.status), p.id))
            if "signal" in want:
                signal_kinds = signal_kind_labels()
                for g in s.scalars(select(Signal).where(*alive(Signal))):
                    items.append(TimelineItem("signal", _day(g.signalled_on), signal_kinds.get(g.kind, g.kind),
                                              g.description[:160], g.id,
                                              g.status == "open"))
            if "absence" in want:
                for b in s.scalars(select(Absence).where(*alive(Absence))):
                    items.append(TimelineItem("absence", _day(b.missed_on), b.activity, b.door_visit_findings or "",
                                              b.id))
            if "profile" in want:
                english = current_language() == "en"  # the item's own label, never its code
                labels = {code: (en if english and en else nl) for code, nl, en in s.execute(
                    select(TaxonomyItem.code, TaxonomyItem.label_nl, TaxonomyItem.label_en)).all()}
                for e in s.scalars(select(ProfileEntry).where(*alive(ProfileEntry))):
                    items.append(TimelineItem("profile", _day(e.assessed_on), labels.get(e.taxonomy_code, e.taxonomy_code),
                                              translate("Timeline", "niveau {n}").format(n=e.level), e.id))
            if "referral" in want:
                to = referral_labels()
                for r in s.scalars(select(Referral).where(*alive(Referral))):
                    detail = (translate("Timeline", "nagaan op {day}").format(day=f"{r.follow_up_on:%d-%m-%Y}")
                              if r.followed_up_on is None else r.follow_up_note or "")
                    items.append(TimelineItem("referral", _day(r.referred_on), f"{to.get(r.referred_to, r.referred_to)}: "
                                              f"{r.reason[:140]}", detail, r.id,
                                              r.followed_up_on is None and r.follow_up_on < today))
        items.sort(key=lambda i: i.at, reverse=True)
        return items


def contact_text(r: ContactLate) -> str:
    if r.last_contact is None:
        return translate("Week", "Nog geen contact (ritme: elke {n} weken)").format(n=r.weeks)
    return translate("Week", "Langer dan {n} weken geen contact").format(n=r.weeks)


@dataclass(frozen=True)
class WeekEntry:
    client_id: str
    client_name: str
    at: datetime | date
    what: str
    ref_id: str


@dataclass(frozen=True)
class Week:
    today: list[WeekEntry]
    this_week: list[WeekEntry]
    overdue: list[WeekEntry]
    due_this_week: list[WeekEntry]
    aftercare_ending: list[WeekEntry]
    call_backs: list[WeekEntry] = field(default_factory=list)  # signals: the next call attempt is due
    # issue 17: contact longer ago than the client's rhythm; ended aftercare without "did the work last?"
    contact_late: list[WeekEntry] = field(default_factory=list)
    aftercare_outcome: list[WeekEntry] = field(default_factory=list)
    inform_due: list[WeekEntry] = field(default_factory=list)  # duty to inform never or > 12 months ago
    referrals_due: list[WeekEntry] = field(default_factory=list)  # referrals to follow up by the end of the week
    # issue 15, the inbox: open signals without a next call attempt; absence steps and hearing deadlines due
    signals_waiting: list[WeekEntry] = field(default_factory=list)
    absence_steps: list[WeekEntry] = field(default_factory=list)
    open_signals: int = 0  # every open signal (as the figures count them), whenever its next attempt is


class WeekService(Service):
    """The coach's week: meetings, agreements due or overdue, aftercare ending soon."""

    AFTERCARE_WARNING_DAYS = 30

    def week(self) -> Week:
        today = self.actor.today()
        week_end = today + timedelta(days=6 - today.weekday())  # through Sunday
        start, stop = _day(today), _day(week_end + timedelta(days=1))
        labels, parties = conversation_kind_labels(), party_labels()
        with self.db.session() as s:
            names = {c.id: display_name(c.first_name, c.name_prefix, c.last_name) for c in s.execute(
                select(Client.id, Client.first_name, Client.name_prefix, Client.last_name).where(
                    Client.deleted_at.is_(None)))}
            meetings: list[WeekEntry] = []
            for c in s.scalars(select(Conversation).where(
                    Conversation.planned.is_(True), Conversation.deleted_at.is_(None),
                    Conversation.held_at >= start, Conversation.held_at < stop)):
                if c.client_id in names:
                    meetings.append(WeekEntry(c.client_id, names[c.client_id], c.held_at,
                                              labels.get(c.kind, c.kind), c.id))
            for c in s.scalars(select(Conversation).where(
                    Conversation.deleted_at.is_(None), Conversation.next_meeting_at >= start,
                    Conversation.next_meeting_at < stop)):
                if c.client_id in names and c.next_meeting_at is not None:
                    meetings.append(WeekEntry(c.client_id, names[c.client_id], c.next_meeting_at,
                                              translate("Week", "Vervolggesprek"), c.id))
            overdue, due = [], []
            for a in s.scalars(select(Agreement).where(
                    Agreement.status == "open", Agreement.deleted_at.is_(None), Agreement.due_date.is_not(None),
                    Agreement.due_date <= week_end).order_by(Agreement.due_date)):
                if a.client_id not in names or a.due_date is None:
                    continue
                what = f"{a.description[:120]} ({parties.get(a.party, a.party)})"
                entry = WeekEntry(a.client_id, names[a.client_id], a.due_date, what, a.id)
                (overdue if a.due_date < today else due).append(entry)
            ending = [WeekEntry(c.id, names[c.id], c.aftercare_until, translate("Week", "Nazorg loopt af"), c.id)
                      for c in s.execute(select(Client.id, Client.aftercare_until).where(
                          Client.deleted_at.is_(None), Client.benefit_status == "ended",
                          Client.aftercare_until >= today,
                          Client.aftercare_until <= today + timedelta(days=self.AFTERCARE_WARNING_DAYS)))]
            signals = attention.open_signals(s, names)
            call_backs = sorted((WeekEntry(g.client_id, names[g.client_id], g.next_attempt_at,
                                           translate("Week", "Opnieuw bellen: {what}").format(what=g.description[:100]),
                                           g.id)
                                 for g in signals if g.next_attempt_at is not None and g.next_attempt_at < stop),
                                key=lambda e: e.at)
            waiting = [WeekEntry(cid, names[cid], at, what, ref) for cid, at, what, ref in attention.signals_waiting(signals)]
            steps = [WeekEntry(cid, names[cid], at, what, ref)
                     for cid, at, what, ref in attention.absence_steps_due(s, names, today, week_end)]
            contact_late = [WeekEntry(r.client_id, names[r.client_id], r.last_contact.date() if r.last_contact else date.min,
                                      contact_text(r),
                                      r.client_id)
                            for r in late_contacts(s, local_now(), today) if r.client_id in names]
            outcomes = [WeekEntry(cid, names[cid], until, translate("Week", "Leg vast of het werk standhield"), cid)
                        for cid, until in outcome_due(s, today) if cid in names]
            inform = [WeekEntry(cid, names[cid], at.date() if at else date.min,
                                translate("Week", "Informatieplicht nog nooit besproken") if at is None else
                                translate("Week", "Informatieplicht langer dan 12 maanden geleden"), cid)
                      for cid, at in inform_due(s, today) if cid in names]
            to = referral_labels()
            referrals = [WeekEntry(r.client_id, names[r.client_id], r.follow_up_on,
                                   translate("Week", "Verwijzing {to} nagaan").format(to=to.get(r.referred_to, "")), r.id)
                         for r in s.scalars(select(Referral).where(
                             Referral.deleted_at.is_(None), Referral.followed_up_on.is_(None),
                             Referral.follow_up_on <= week_end).order_by(Referral.follow_up_on))
                         if r.client_id in names]
        meetings.sort(key=lambda e: e.at)
        meetings = list({(e.client_id, e.at): e for e in meetings}.values())  # one entry per meeting
        return Week(
            today=[e for e in meetings if isinstance(e.at, datetime) and e.at.date() == today],
            this_week=[e for e in meetings if isinstance(e.at, datetime) and e.at.date() != today],
            overdue=overdue, due_this_week=due, aftercare_ending=sorted(ending, key=lambda e: e.at),
            call_backs=call_backs, contact_late=contact_late, aftercare_outcome=outcomes,
            inform_due=inform, referrals_due=referrals, signals_waiting=waiting, absence_steps=steps,
            open_signals=len(signals))

