"""The demo caseload's history with the coach (demo_data.py): conversations held and planned with their agreements,
telephone-first signals with call attempts, absences with door visits. A mixin of demo_data._Generator: it uses
the generator's random streams, today, coach, specialists, stats and rows waiting by foreign-key depth."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import Session

from desktop.models import new_id
from desktop.models.entities import Absence, Agreement, CallAttempt, Client, Conversation, Signal

from .demo_texts import (
    ABSENCE_ACTIVITIES,
    AGREEMENTS,
    CHANNEL,
    EMPLOYERS,
    HOW,
    JOBS,
    NOTES,
    PLACES,
    SIGNAL_TEXTS,
    SUMMARIES,
    TOPICS,
)


class HistoryMixin:
    rng: random.Random
    xrng: random.Random
    today: date
    coach: str
    specialists: list[str]
    stats: Any
    kinds: list[str]
    kind_weights: list[int]
    levels: tuple[list[Any], list[Any], list[Any]]

    # -- the history with the coach ------------------------------------------------------------
    def history(self, s: Session, c: Client) -> None:
        rng, today = self.rng, self.today
        xr = self.xrng
        first_day = c.benefit_start or today - timedelta(days=rng.randrange(14, 60))
        last_day = today - timedelta(days=1)
        if c.benefit_end and c.aftercare_until and c.aftercare_until < today:
            last_day = c.aftercare_until
        span = max((last_day - first_day).days, 1)
        n = 3 + int(rng.triangular(0, 27, 1)) if c.benefit_status != "applicant" else rng.randint(3, 4)
        days = sorted(first_day + timedelta(days=rng.randrange(span)) for _ in range(n - 1))
        days = [first_day, *days]
        held: list[Conversation] = []
        for i, day in enumerate(days):
            when = _workday_time(rng, day, backwards=True)
            if i == 0:
                kind = "intake"
            elif c.benefit_end and day > c.benefit_end:
                kind = "aftercare"
            else:
                kind = rng.choices(self.kinds, self.kind_weights)[0]
            conv = Conversation(
                id=new_id(), client_id=c.id, coach_id=self.coach, kind=kind, channel=CHANNEL[kind], held_at=when,
                planned=False, place=self.place(kind), summary_for_client=self.summary(kind, c),
                internal_notes=" ".join(rng.sample(NOTES, rng.randint(0, 2))).strip(),
                # the duty to inform at the intake (folder handed over) and at some reviews (seed 004: repeatedly)
                duty_to_inform_discussed=i == 0 or (kind == "review" and xr.random() < 0.5),
                rights_folder="handed_over" if i == 0 else "discussed" if kind == "review" and xr.random() < 0.3
                else None)
            self.levels[1].append(conv)
            held.append(conv)
            self.agreements(s, c, conv)
        self.stats.conversations += len(held)
        in_scope = c.benefit_status in ("active", "applicant") or (c.aftercare_until or today) >= today
        if in_scope and rng.random() < 0.75:
            when = _workday_time(rng, today + timedelta(days=rng.randint(1, 42)), backwards=False)
            if rng.random() < 0.7:
                kind = "aftercare" if c.benefit_status == "ended" else rng.choice(("progress", "phone", "review"))
                self.levels[1].append(Conversation(
                    id=new_id(), client_id=c.id, coach_id=self.coach, kind=kind, channel=CHANNEL[kind],
                    held_at=when, planned=True, place=self.place(kind), summary_for_client="",
                    internal_notes=rng.choice(("", "Voorbereiden: stand van de sollicitaties.",
                                               "Vragen naar de taalles."))))
                self.stats.conversations += 1
            held[-1].next_meeting_at = when
        if rng.random() < 0.06:
            self.signal(s, c, days[-1])
        if rng.random() < 0.05:
            self.absence(s, c, days[-1])

    def place(self, kind: str) -> str | None:
        if kind in ("phone", "aftercare"):
            return None
        if kind == "home_visit":
            return "Bij de werkzoekende thuis"
        return self.rng.choice(PLACES)

    def summary(self, kind: str, c: Client) -> str:
        rng = self.rng
        texts = SUMMARIES[kind]
        picked = rng.sample(texts, min(len(texts), rng.randint(2, 3)))
        return " ".join(picked).format(
            job=rng.choice(JOBS), topic=rng.choice(TOPICS), how=rng.choice(HOW), n=rng.randint(2, 8),
            employer=rng.choice(EMPLOYERS),
            until=(c.aftercare_until or self.today).strftime("%d-%m-%Y"))

    def agreements(self, s: Session, c: Client, conv: Conversation) -> None:
        rng, today = self.rng, self.today
        count = rng.choices((0, 1, 2, 3), (35, 35, 22, 8))[0]
        made = conv.held_at.date()
        for _ in range(count):
            party = rng.choices(("client", "coach", "specialist"), (60, 25, 15))[0]
            if party == "specialist" and not self.specialists:
                party = "coach"
            due = made + timedelta(days=rng.randint(5, 42))
            status, status_date = "open", None
            if due < today:
                status = rng.choices(("done", "missed", "cancelled", "open"), (70, 12, 5, 13))[0]
            elif rng.random() < 0.25:
                status = "done"
            if status != "open":
                latest = min(due + timedelta(days=7), today)
                status_date = made + timedelta(days=rng.randint(0, max((latest - made).days, 0)))
            self.levels[2].append(Agreement(
                id=new_id(), client_id=c.id, conversation_id=conv.id,
                description=rng.choice(AGREEMENTS[party]), party=party,
                specialist_id=rng.choice(self.specialists) if party == "specialist" else None,
                due_date=due, status=status, status_date=status_date,
                shared_with_specialists=party == "specialist" or (party == "client" and rng.random() < 0.15)))
            self.stats.agreements += 1

    def signal(self, s: Session, c: Client, around: date) -> None:
        rng = self.rng
        kind = rng.choice(tuple(SIGNAL_TEXTS))
        on = around - timedelta(days=rng.randint(0, 20))
        # Closed ones need no call before them (no action, corrected); an income decision closes only as
        # "explained" after a call (sync/policy), and its attempts are written after it here: left open.
        closed = kind != "income_decision" and rng.random() < 0.6
        sig = Signal(id=new_id(), client_id=c.id, kind=kind, description=rng.choice(SIGNAL_TEXTS[kind]),
                     signalled_on=on, status="closed" if closed else "open")
        attempts = rng.randint(1, 2) if closed else rng.randint(0, 2)
        reached = False
        for i in range(attempts):
            reached = closed and i == attempts - 1
            self.levels[2].append(CallAttempt(id=new_id(), signal_id=sig.id, client_id=c.id,
                              attempted_at=_workday_time(rng, on + timedelta(days=i + 1), backwards=False),
                              reached=reached, by_user_id=self.coach,
                              note="Uitleg gegeven, werkzoekende stuurt stukken na." if reached
                              else "Geen gehoor, voicemail ingesproken."))
            self.stats.other += 1
        if closed:
            sig.result = rng.choice(("no_action", "corrected"))
            sig.result_reason = "Telefonisch opgehelderd; geen verwijtbaarheid."
            sig.closed_on = on + timedelta(days=attempts + 1)
        self.levels[1].append(sig)
        self.stats.signals += 1

    def absence(self, s: Session, c: Client, around: date) -> None:
        rng = self.rng
        on = around - timedelta(days=rng.randint(0, 30))
        notified = rng.random() < 0.4
        ab = Absence(id=new_id(), client_id=c.id, activity=rng.choice(ABSENCE_ACTIVITIES), missed_on=on,
                     notified=notified)
        if not notified and rng.random() < 0.6:
            ab.door_visit_on = on + timedelta(days=rng.randint(1, 5))
            ab.door_visit_findings = rng.choice(("Niet thuis, kaartje achtergelaten.",
                                                 "Thuis getroffen; was ziek en had niet afgemeld."))
        if rng.random() < 0.5:
            ab.explained_by_circumstances = True
            ab.sanction_decision = "no_sanction"
            ab.decision_reason = "Verklaard door omstandigheden."
            ab.closed_on = on + timedelta(days=rng.randint(5, 14))
        self.levels[1].append(ab)
        self.stats.absences += 1


def _workday_time(rng: random.Random, day: date, *, backwards: bool) -> datetime:
    """A weekday between 9:00 and 16:30 on the quarter hour (weekends move to Friday or Monday)."""
    if day.weekday() >= 5:
        shift = day.weekday() - 4 if backwards else 7 - day.weekday()
        day = day - timedelta(days=shift) if backwards else day + timedelta(days=shift)
    minutes = 9 * 60 + 15 * rng.randrange(31)
    return datetime.combine(day, time(minutes // 60, minutes % 60))
