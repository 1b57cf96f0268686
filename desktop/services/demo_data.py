"""A realistic, offline demo caseload for the signed-in coach (DESIGN §5 `demo-data`, the GUI's --demo).

Everything is written through the ORM in a few large transactions, so the outbox hook queues a
mutation for every row: the whole caseload is pending for the central store, as a real one would be.

The people do not exist. Their BSNs pass the elfproef but all lie in the 9999xxxxx range that the
RvIG uses for test persons, so a demo BSN can never be a real person's number.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models import Database, new_id
from desktop.models.entities import Agreement, Client, Conversation, OutboxMutation, Referral, Team, User
from desktop.models.outbox import get_setting, set_setting

from . import audit
from .caseload import AFTERCARE_MONTHS, add_months
from .context import Actor
from .demo_approach import GROUP_MAX, MIN_PARTICIPANTS, add_approach_groups, unqueue_others_records
from .demo_history import HistoryMixin
from .demo_texts import (
    APPROACH_NOTES,
    KIND_WEIGHTS,
    MAIL_DOMAINS,
    ORIGINS,
    POSTCODE_LETTERS,
    REEXAMINATION_REASONS,
    REFERRAL_NOTES,
    REFERRAL_REASONS,
    SPECIALISTS,
    STREETS,
    SUFFIXES,
    TEAMS,
    Origin,
)
from .errors import NotAllowed

DEMO_SETTING = "demo"
BSN_PREFIX = "9999"  # RvIG test persons
BSN_CAPACITY = 90_000  # valid numbers in 9999xxxxx are ~90,900
CLIENTS_PER_TRANSACTION = 500

@dataclass
class DemoStats:
    clients: int = 0
    conversations: int = 0
    agreements: int = 0
    signals: int = 0
    absences: int = 0
    other: int = 0

    @property
    def records(self) -> int:
        return self.clients + self.conversations + self.agreements + self.signals + self.absences + self.other


def generate_caseload(db: Database, actor: Actor, clients: int, seed: int | None = None) -> int:
    """Create `clients` demo clients with their history for `actor` as coach; returns how many."""
    return generate(db, actor, clients, seed).clients


def generate(db: Database, actor: Actor, clients: int, seed: int | None = None) -> DemoStats:
    if clients < 0:
        raise ValueError("clients must be >= 0")
    rng = random.Random(seed)
    today = actor.today()
    stats = DemoStats()
    with db.session() as s:
        existing = s.scalar(select(func.count()).select_from(Client).where(Client.deleted_at.is_(None))) or 0
        if existing and get_setting(s, DEMO_SETTING) != "1":
            raise NotAllowed(translate(
                "Demo", "Deze map bevat al echte werkzoekenden. Maak demogegevens in een lege map "
                "(--data-dir), zodat ze nooit met echte gegevens worden gemengd."))
        taken = set(s.scalars(select(Client.bsn)))
        if clients > BSN_CAPACITY - len(taken):
            raise NotAllowed(translate("Demo", "Zoveel demowerkzoekenden kunnen er niet worden gemaakt."))
        coach, team_id = _prepare_people(s, actor, rng, stats)
        specialists = list(s.scalars(select(User.id).where(User.role == "specialist", User.deleted_at.is_(None))
                                     .order_by(User.username)))
        set_setting(s, DEMO_SETTING, "1")
    gen = _Generator(rng, today, coach, team_id, specialists, taken, stats, actor)
    done = 0
    while done < clients:
        batch = min(CLIENTS_PER_TRANSACTION, clients - done)
        with db.session() as s:
            for _ in range(batch):
                gen.client(s)
            gen.flush_levels(s)
        done += batch
    with db.session() as s:  # the absence approach's groups, from the admitted clients (seed 004)
        stats.other += add_approach_groups(s, actor, team_id, gen.group_ids, random.Random(gen.xrng.random()), today)
        s.flush()
        if actor.role == "coach":  # the demo is a coach's device: the team lead's records are not theirs to send
            unqueue_others_records(s, actor.role)
    return stats


def _prepare_people(s: Session, actor: Actor, rng: random.Random, stats: DemoStats) -> tuple[str, str | None]:
    """The actor's own User row, a team and a few specialists (created only when missing)."""
    user = s.get(User, actor.user_id) if actor.user_id else None
    if user is None:
        user = User(id=actor.user_id or new_id(), username=actor.username, display_name=actor.username.capitalize(), role="coach")
        s.add(user)
        stats.other += 1
    if user.team_id is None:
        name, location = TEAMS[0]
        team = s.scalar(select(Team).where(Team.name == name, Team.deleted_at.is_(None)))
        if team is None:
            team = Team(id=new_id(), name=name, location=location)
            s.add(team)
            stats.other += 1
        user.team_id = team.id
    if not user.phone:
        user.phone = f"010-{rng.randint(200, 499)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    if not user.email:
        user.email = f"{_mail_part(user.username)}@rotterdam.nl"
    if not user.reachable:
        user.reachable = "ma-do 9-17 uur, vrijdag tot 12 uur"
    known = set(s.scalars(select(User.username).where(User.role == "specialist")))
    for username, display, organisation in SPECIALISTS:
        if username in known:
            continue
        s.add(User(id=new_id(), username=username, display_name=display, role="specialist",
                   organisation=organisation, email=f"{username}@{_org_domain(organisation)}",
                   phone=f"06-{rng.randint(10_000_000, 99_999_999)}", reachable="ma-vr 8.30-17 uur"))
        stats.other += 1
    s.flush()
    return user.id, user.team_id


def _org_domain(organisation: str) -> str:
    return {"Jongerenloket": "jongerenloketrotterdam.nl", "Prestatie010": "prestatie010.nl"}.get(
        organisation, "rotterdam.nl")


_ASCII = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "đ": "d"})


def _mail_part(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.translate(_ASCII).casefold())
    return "".join(ch for ch in folded if ch.isascii() and (ch.isalnum() or ch == "."))


class _Generator(HistoryMixin):
    def __init__(self, rng: random.Random, today: date, coach: str, team_id: str | None,
                 specialists: list[str], taken: set[str], stats: DemoStats, actor: Actor) -> None:
        self.rng = rng
        self.today = today
        self.coach = coach
        self.team_id = team_id
        self.specialists = specialists
        self.taken = taken
        self.stats = stats
        self.actor = actor
        self.origins = list(ORIGINS.values())
        self.weights = [o.weight for o in self.origins]
        self.kinds = [k for k, _ in KIND_WEIGHTS]
        self.kind_weights = [w for _, w in KIND_WEIGHTS]
        # Rows wait here by foreign-key depth: the models have no relationships, so the unit of
        # work cannot order the inserts itself (clients, then conversations/signals, then the rest).
        self.levels: tuple[list[Any], list[Any], list[Any]] = ([], [], [])
        self.xrng = random.Random(hash(rng.getstate()[1]))  # seeded from the state without drawing from it
        self.group_ids: list[str] = []  # the absence approach's groups, made after the clients (demo_approach.py)
        self.admitted = 0

    def flush_levels(self, s: Session) -> None:
        for level in self.levels:
            s.add_all(level)
            s.flush()
            level.clear()

    def approach(self, status: str, exemption: str | None) -> dict[str, Any]:
        """The absence approach (seed 004): a few proposals, most admitted; the first admitted ones are made sure
        of (a group needs participants) and each admitted client gets their group (demo_approach.py)."""
        xr, today = self.xrng, self.today
        if status != "active" or exemption is not None:
            return {}
        short = self.admitted < MIN_PARTICIPANTS
        if not short and xr.random() >= 0.05:
            return {}
        proposed = today - timedelta(days=xr.randrange(20, 40) if short else xr.randrange(3, 40))
        approach: dict[str, Any] = {"approach_proposed_on": proposed, "approach_reasons": xr.choice(
            ("missed_appointments", "missed_obligations", "missed_appointments sickness_absence")),
            "approach_note": xr.choice(APPROACH_NOTES)}
        if short or xr.random() < 0.6:
            admitted = short or xr.random() < 0.75
            approach.update(approach_decision="admitted" if admitted else "excluded",
                            approach_decided_on=min(today, proposed + timedelta(days=xr.randrange(1, 10))),
                            approach_decided_by="teamleider",
                            approach_decision_reason="Geen ernstige belemmeringen gevonden." if admitted else
                            "Ernstige gezondheidsklachten verklaren het verzuim al.")
            if admitted:
                n = self.admitted // GROUP_MAX
                while len(self.group_ids) <= n:
                    self.group_ids.append(new_id())
                approach["approach_group_id"] = self.group_ids[n]
                self.admitted += 1
        return approach

    # -- one person ---------------------------------------------------------------------------
    def bsn(self) -> str:
        rng = self.rng
        while True:
            body = BSN_PREFIX + f"{rng.randrange(10_000):04d}"
            total = sum(int(d) * w for d, w in zip(body, range(9, 1, -1), strict=True))
            check = total % 11
            if check == 10:
                continue
            bsn = body + str(check)
            if bsn not in self.taken:
                self.taken.add(bsn)
                return bsn

    def name(self) -> tuple[str, str | None, str, Origin]:
        rng = self.rng
        origin = rng.choices(self.origins, self.weights)[0]
        female = rng.random() < 0.55
        first = rng.choice(origin.female if female else origin.male)
        n_plain, n_gendered = len(origin.last), len(origin.gendered_last)
        i = rng.randrange(n_plain + n_gendered)
        if i < n_plain:
            prefix, last = origin.last[i]
        else:
            male_form, female_form = origin.gendered_last[i - n_plain]
            prefix, last = None, female_form if female else male_form
        # No two demo clients share a name (they looked like duplicates in the list). Another first name is
        # drawn from the side stream, so the main stream - and with it the rest of the demo - is unchanged.
        seen: set[tuple[str, str | None, str]] = self.__dict__.setdefault("_names_seen", set())
        for _ in range(50):
            if (first, prefix, last) not in seen:
                break
            first = self.xrng.choice(origin.female if female else origin.male)
        seen.add((first, prefix, last))
        return first, prefix, last, origin

    def client(self, s: Session) -> None:
        rng, today = self.rng, self.today
        xr = self.xrng  # issue 17's additions draw from their own stream: the rest of the demo stays as it was
        first, prefix, last, origin = self.name()
        age = int(rng.triangular(18, 67, 35))
        dob = today - timedelta(days=age * 365 + rng.randrange(365) + age // 4)
        dob = min(dob, _years_ago(today, 18) - timedelta(days=1))
        street, area = rng.choice(STREETS)
        letters = rng.choice(POSTCODE_LETTERS) + rng.choice(POSTCODE_LETTERS)
        if letters in ("SA", "SD", "SS"):
            letters = "AB"
        roll = rng.random()
        start = today - timedelta(days=rng.randrange(30, 3650))
        end = aftercare = None
        if roll < 0.70:
            status = "active"
        elif roll < 0.78:
            status, start = "applicant", None
        elif roll < 0.90:
            status = "ended"
            end = today - timedelta(days=rng.randrange(5, 170))
            aftercare = add_months(end, AFTERCARE_MONTHS)
        else:
            status = "ended"
            end = today - timedelta(days=rng.randrange(400, 1100))
            aftercare = add_months(end, AFTERCARE_MONTHS)
        if start and end and start > end - timedelta(days=60):
            start = end - timedelta(days=rng.randrange(90, 1500))
        # issue 17: a benefit restarted within six months (flagged), whether the work lasted after aftercare
        previous_end = restarted = outcome = outcome_on = satisfaction = satisfaction_remark = None
        if status == "active" and start and (today - start).days < 170 and xr.random() < 0.5:
            restarted = start  # a recent start is a restart for some (the start itself stays as drawn)
            previous_end = restarted - timedelta(days=xr.randrange(10, 170))
        selected = invited = reexam_reason = None
        if status == "active" and xr.random() < 0.04:  # a re-examination: who and why, in words (seed 000)
            selected = today - timedelta(days=xr.randrange(1, 40))
            reexam_reason = xr.choice(REEXAMINATION_REASONS)
            if xr.random() < 0.5:
                invited = min(today, selected + timedelta(days=xr.randrange(1, 6)))
        if aftercare and aftercare < today and xr.random() < 0.7:
            outcome = "lasted" if xr.random() < 0.6 else "not_lasted"
            outcome_on = min(today, aftercare + timedelta(days=xr.randrange(0, 21)))
            if xr.random() < 0.7:  # the client's rating of the support (seed 001)
                satisfaction = xr.choices((2, 3, 4, 5), (1, 3, 5, 3))[0]
                satisfaction_remark = xr.choice((None, "Fijn dat ik kon blijven bellen.", "Soms lang wachten."))
        registered = today - timedelta(days=rng.randrange(0, 420)) if rng.random() < 0.8 else None
        mail = None
        if rng.random() < 0.6:
            mail = (f"{_mail_part(first)}.{_mail_part((prefix or '') + last)}{rng.randrange(1, 99)}"
                    f"@{rng.choice(MAIL_DOMAINS)}")
        exemption = until = exemption_from = None
        if rng.random() < 0.06:
            exemption = rng.choice(("Tijdelijke ontheffing arbeidsplicht: mantelzorg",
                                    "Tijdelijke ontheffing arbeidsplicht: medische redenen",
                                    "Alleenstaande ouder met kind onder 5 jaar"))
            until = today + timedelta(days=rng.randrange(30, 360))
            exemption_from = today - timedelta(days=xr.randrange(0, 120))
        rhythm = xr.choices((None, 2, 1, 6), (80, 14, 3, 3))[0]
        approach = self.approach(status, exemption)
        c = Client(
            id=new_id(), bsn=self.bsn(), first_name=first, name_prefix=prefix, last_name=last, date_of_birth=dob,
            phone=f"06-{rng.randrange(10_000_000, 100_000_000)}" if rng.random() < 0.95 else None, email=mail,
            street=street, house_number=str(rng.randint(1, 250)),
            house_number_suffix=rng.choice(SUFFIXES) if rng.random() < 0.2 else None,
            postcode=f"{area} {letters}", city="Rotterdam",
            preferred_language="en" if rng.random() < origin.english_share else "nl",
            coach_id=self.coach, team_id=self.team_id, benefit_status=status, benefit_start=start,
            benefit_end=end, aftercare_until=aftercare, werknl_registered_on=registered,
            werknl_exempt=rng.random() < 0.05, work_duty_exemption=exemption, work_duty_exemption_until=until,
            work_duty_exemption_from=exemption_from, previous_benefit_end=previous_end, benefit_restarted_on=restarted,
            aftercare_outcome=outcome, aftercare_outcome_on=outcome_on, contact_every_weeks=rhythm,
            reexamination_selected_on=selected, reexamination_selected_by=self.actor.username if selected else None,
            reexamination_reason=reexam_reason, reexamination_invited_on=invited,
            aftercare_satisfaction=satisfaction, aftercare_satisfaction_remark=satisfaction_remark, **approach)
        self.levels[0].append(c)
        audit.record(s, self.actor, "create", "client", c.id, c.id, purpose="demo",
                     fields=("bsn", "first_name", "last_name", "date_of_birth", "postcode"))
        self.stats.clients += 1
        self.stats.other += 1  # the audit event
        self.history(s, c)
        if status == "active" and xr.random() < 0.1:  # a referral to the wijkteam or VraagWijzer (seed 004)
            on = today - timedelta(days=xr.randrange(1, 60))
            follow = on + timedelta(days=xr.choice((14, 21, 28)))
            done = follow <= today and xr.random() < 0.8
            to, why = xr.choice(REFERRAL_REASONS)
            self.levels[1].append(Referral(
                id=new_id(), client_id=c.id, referred_to=to, reason=why, referred_on=on, follow_up_on=follow,
                followed_up_on=follow if done else None, by_user_id=self.coach,
                follow_up_note=xr.choice(REFERRAL_NOTES) if done else None))

def _years_ago(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def count_rows(db: Database) -> dict[str, Any]:
    """Figures for the command line: rows per table and pending outbox mutations."""
    with db.session() as s:
        return {
            "clients": s.scalar(select(func.count()).select_from(Client)) or 0,
            "conversations": s.scalar(select(func.count()).select_from(Conversation)) or 0,
            "agreements": s.scalar(select(func.count()).select_from(Agreement)) or 0,
            "pending": s.scalar(select(func.count()).select_from(OutboxMutation)
                                .where(OutboxMutation.state == "pending")) or 0,
        }
