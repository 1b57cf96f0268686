"""A realistic demo caseload written straight into the central store (`wijkdesk-server seed-demo`).

Valid BSNs (elfproef), Rotterdam postcodes, names with tussenvoegsels and non-ASCII letters, conversations
with a summary for the client and internal notes, agreements, profile entries, a few signals and
absences; the catalogue the desktop ships (desktop/resources/taxonomy.csv and instruments_demo.csv, read
with the one parser in sync.catalogue_csv, ids derived from the codes as a desktop derives them). With a
specialist: placements of some clients assigned to them, each with an agreement shared with specialists
and one that is not.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from sync import clock
from sync.catalogue_csv import (
    CatalogueFileError,
    InstrumentRow,
    TaxonomyRow,
    instrument_id,
    read_instruments,
    read_taxonomy_csv,
    taxonomy_id,
)

from .admin import AdminError, central_by_code, ensure_team, user_exists
from .auth import hash_token, new_token
from .db import Store
from .demo_approach import add_approach
from .models import T_USER, new_id, utcnow
from .records import new_rec, write_records

FIRST = ["Fatima", "Mohamed", "Özlem", "Daan", "Siham", "Jürgen", "Zoë", "Priya", "Kwame", "Eefje", "Noël",
         "Agnieszka", "Dragan", "Çağla", "Sanne", "Youssef", "Anouk", "Rachid", "Mirjam", "Jože", "Chiara",
         "Thijs", "Nadia", "Kofi", "Lieke", "Ayşe", "Bram", "Shanti", "Rüdiger", "Inês"]
LAST = [("van", "Dijk"), ("de", "Vries"), ("van der", "Berg"), (None, "El Idrissi"), (None, "Yılmaz"),
        (None, "Kowalski"), ("in 't", "Veld"), (None, "Doğan"), ("van den", "Broek"), (None, "Martínez"),
        (None, "Nguyễn"), ("de", "Groot"), (None, "Bakker"), (None, "Ramdin"), ("ter", "Horst"),
        (None, "Oğuz"), ("van 't", "Hof"), (None, "Mendes"), (None, "Janssen"), (None, "Koç")]
STREETS = ["Beijerlandselaan", "Groene Hilledijk", "Putselaan", "West-Kruiskade", "Zwart Janstraat",
           "Oranjeboomstraat", "Slaghekstraat", "Katendrechtse Lagedijk", "Vaillantlaan", "Dordtselaan"]
POSTCODES = [3071, 3072, 3073, 3074, 3075, 3076, 3081, 3082, 3083, 3021, 3022, 3023, 3024, 3031, 3032, 3033]
SUMMARIES = ["We hebben besproken wat je wilt bereiken. Je wilt graag werken in de logistiek.",
             "Je vertelde dat het goed gaat met de taalles. Volgende keer kijken we naar vacatures.",
             "We hebben je cv samen bijgewerkt. Jij stuurt het naar twee werkgevers.",
             "Je hebt het traject bij Rotterdam Inclusief afgerond. Gefeliciteerd!",
             "We hebben afgesproken dat je je schulden bespreekt met de schuldhulpverlener."]
NOTES = ["Maakt zich zorgen over de kinderopvang; nagaan of er ruimte is in de regeling.",
         "Mogelijk gezondheidsklachten, nog niet besproken. Voorzichtig naar vragen.",
         "Partner werkt sinds kort parttime; inkomsten bij volgende gesprek nagaan.",
         "Motivatie wisselend, wel steeds op tijd."]
AGREEMENTS = [("client", "Cv bijwerken en naar de begeleider sturen"),
              ("coach", "Contact opnemen met de taalschool over een plek"),
              ("client", "Inschrijving werk.nl verlengen"),
              ("coach", "Aanvraag reiskostenvergoeding indienen"),
              ("client", "Twee sollicitaties versturen")]


# The desktop's package data (sync never imports desktop): desktop/ sits beside sync/ wherever it is installed.
RESOURCES = Path(__file__).resolve().parents[2] / "desktop" / "resources"
TAXONOMY_CSV = RESOURCES / "taxonomy.csv"
INSTRUMENTS_CSV = RESOURCES / "instruments_demo.csv"


@cache
def demo_catalogue() -> tuple[tuple[TaxonomyRow, ...], tuple[InstrumentRow, ...]]:
    """The desktop's shipped taxonomy and demo instruments (the same codes, so the same derived ids)."""
    try:
        taxonomy = read_taxonomy_csv(TAXONOMY_CSV)
        parsed = read_instruments(INSTRUMENTS_CSV, {t.code for t in taxonomy})
    except (OSError, CatalogueFileError) as exc:
        raise AdminError(f"the demo catalogue cannot be read: {exc}") from exc
    if parsed.errors:
        raise AdminError(f"{INSTRUMENTS_CSV}: " + "; ".join(str(e) for e in parsed.errors))
    return tuple(taxonomy), tuple(r for _, r in parsed.rows)


TEAM_ROLES = ("coach", "team_lead", "absence_team")


def bsn(rnd: random.Random) -> str:
    """A random BSN that passes the elfproef (weights 9..2 and -1)."""
    while True:
        digits = [rnd.randint(1, 9)] + [rnd.randint(0, 9) for _ in range(7)]
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        check = total % 11
        if check < 10:
            return "".join(map(str, digits)) + str(check)


def postcode(rnd: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRTVWXZ"
    while True:
        pair = rnd.choice(letters) + rnd.choice(letters)
        if pair not in ("SS", "SD", "SA"):
            return f"{rnd.choice(POSTCODES)} {pair}"


@dataclass
class SeedResult:
    clients: int = 0
    records: int = 0
    placements: int = 0
    approach: int = 0  # clients in the absence approach's group
    tokens: dict[str, str] = field(default_factory=dict)  # only for users created now


def _dt(d: date, hour: int) -> str:
    return datetime(d.year, d.month, d.day, hour, 0).isoformat()


def seed_demo(store: Store, coach: str, clients: int, specialist: str | None = None, seed: int | None = None,
              team: str = "Wijkteam Feijenoord", today: date | None = None,
              fixed_ids: dict[str, str] | None = None, team_lead: str | None = None,
              absence_team: str | None = None) -> SeedResult:
    """`fixed_ids` (name -> id) fixes the ids of the team and users this creates: the desktop's --demo shows its
    window signed in as the demo user before this has run. With clients, the team's lead and absence team (by
    default `teamleider.<team>` and `verzuimteam.<team>`, made when missing) run one absence-approach group."""
    if clients < 0 or clients > 100_000:
        raise AdminError("--clients must be between 0 and 100000")
    rnd = random.Random(seed)
    today = today or clock.today()
    result = SeedResult()
    slug = re.sub(r"[^a-z0-9]+", "-", team.lower()).strip("-") or "team"
    team_lead = team_lead or f"teamleider.{slug}"
    absence_team = absence_team or f"verzuimteam.{slug}"
    with store.write() as (conn, seq):
        team_id = ensure_team(conn, seq, team, (fixed_ids or {}).get(team))
        ids: dict[str, str] = {}
        users = [(coach, "coach", "Gemeente Rotterdam"), (specialist, "specialist", "Rotterdam Inclusief")]
        if clients:
            users += [(team_lead, "team_lead", "Gemeente Rotterdam"), (absence_team, "absence_team",
                                                                         "Gemeente Rotterdam")]
        for name, role, org in users:
            if not name:
                continue
            if user_exists(conn, name):
                row = conn.execute(T_USER.select().where(T_USER.c.username == name)).first()
                if row.role != role:
                    raise AdminError(f"'{name}' exists as a {row.role}, not a {role}")
                if role in ("team_lead", "absence_team") and row.team_id != team_id:
                    raise AdminError(f"'{name}' belongs to another team")
                ids[role] = row.id
                continue
            token, user_id = new_token(), (fixed_ids or {}).get(name) or new_id()
            display = name.replace(".", " ").title()
            values = {"username": name, "display_name": display, "role": role,
                      "team_id": team_id if role in TEAM_ROLES else None, "phone": "010-4981234",
                      "email": f"{name}@example.rotterdam.nl", "reachable": "ma-do 9-17 uur", "organisation": org}
            conn.execute(T_USER.insert().values(id=user_id, token_hash=hash_token(token), created_at=utcnow(),
                                                **values))
            recs = [new_rec("user", user_id, values, "server", seq)]
            write_records(conn, recs)
            ids[role] = user_id
            result.tokens[name] = token

        taxonomy_rows, instrument_rows = demo_catalogue()
        taxonomy = central_by_code(conn, "taxonomy_item")
        instruments = central_by_code(conn, "instrument")
        recs = []
        for t in taxonomy_rows:
            if t.code not in taxonomy:
                recs.append(new_rec("taxonomy_item", taxonomy_id(t.code), t.record(), "server", seq))
        for r in instrument_rows:
            if r.code not in instruments:
                rec = new_rec("instrument", instrument_id(r.code), r.record(), "server", seq)
                instruments[r.code] = rec
                recs.append(rec)
        # placements go to active instruments (by code: an instrument imported earlier may have another id)
        placeable = [(rec.row_id, rec.data.get("target_codes") or "")
                     for _, rec in sorted(instruments.items(), key=lambda kv: kv[0] or "")
                     if rec.data.get("active", True) and not rec.deleted]
        profile_codes = [t.code for t in taxonomy_rows]
        coach_id, spec_id = ids["coach"], ids.get("specialist")

        def add(table: str, **fields: Any) -> str:
            row_id = new_id()
            recs.append(new_rec(table, row_id, fields, "server", seq))
            return row_id

        engaged = set(rnd.sample(range(clients), k=max(1, clients // 3))) if spec_id and clients else set()
        # Two clients with one name would look like a double entry: a taken name gets another first name from a
        # side stream, so everything else the seed draws stays as it was.
        names: set[tuple[str, str | None, str]] = set()
        side = random.Random(None if seed is None else seed + 7919)
        for i in range(clients):
            prefix, last = rnd.choice(LAST)
            born = today - timedelta(days=rnd.randint(18 * 365, 63 * 365))
            start = today - timedelta(days=rnd.randint(30, 1500))
            status = rnd.choices(["active", "applicant", "aftercare", "ended"], [70, 10, 15, 5])[0]
            end = today - timedelta(days=rnd.randint(1, 200)) if status in ("aftercare", "ended") else None
            number, first = bsn(rnd), rnd.choice(FIRST)
            free = [f for f in FIRST if (f, prefix, last) not in names]
            if (first, prefix, last) in names and free:
                first = side.choice(free)
            names.add((first, prefix, last))
            cid = add("client", bsn=number, first_name=first, name_prefix=prefix, last_name=last,
                      date_of_birth=born.isoformat(), phone=f"06-{rnd.randint(10000000, 99999999)}",
                      email=f"demo{i}@example.nl", street=rnd.choice(STREETS), house_number=str(rnd.randint(1, 250)),
                      house_number_suffix=rnd.choice([None, None, "A", "B", "2-hoog"]), postcode=postcode(rnd),
                      city="Rotterdam", preferred_language=rnd.choice(["nl", "nl", "nl", "en"]), coach_id=coach_id,
                      team_id=team_id, benefit_status=status, benefit_start=start.isoformat(),
                      benefit_end=end.isoformat() if end else None,
                      aftercare_until=(end + timedelta(days=180)).isoformat() if status == "aftercare" and end else None,
                      werknl_registered_on=start.isoformat(), werknl_exempt=False)
            conv_ids = []
            n_conv = rnd.randint(1, 4)
            held_days: list[date] = []
            for k in range(n_conv):  # a recent history, the last one within the past month
                held = max(start, today - timedelta(days=5 + 30 * (n_conv - 1 - k) + rnd.randint(0, 20)))
                held_days.append(held)
                conv_ids.append(add("conversation", client_id=cid, coach_id=coach_id,
                                    kind="intake" if k == 0 else rnd.choice(["progress", "phone", "home_visit",
                                                                            "review"]),
                                    channel=rnd.choice(["in_person", "phone", "video", "home"]),
                                    held_at=_dt(held, rnd.randint(9, 16)), planned=False,
                                    place="Wijkkantoor Feijenoord", summary_for_client=rnd.choice(SUMMARIES),
                                    internal_notes=rnd.choice(NOTES)))
            if status in ("active", "applicant") and rnd.random() < 0.6:  # the next meeting is planned
                add("conversation", client_id=cid, coach_id=coach_id, kind=rnd.choice(["progress", "review"]),
                    channel="in_person", held_at=_dt(today + timedelta(days=rnd.randint(0, 12)), rnd.randint(9, 16)),
                    planned=True, place="Wijkkantoor Feijenoord", summary_for_client="", internal_notes="")
            for party, text in rnd.sample(AGREEMENTS, k=rnd.randint(1, 3)):
                j = rnd.randrange(len(conv_ids))
                due = held_days[j] + timedelta(days=rnd.randint(7, 45))
                state = rnd.choice(["open", "open", "done", "missed"]) if due < today else "open"
                add("agreement", client_id=cid, conversation_id=conv_ids[j], description=text, party=party,
                    due_date=due.isoformat(), status=state,
                    status_date=min(due, today).isoformat() if state != "open" else None,
                    shared_with_specialists=False)
            for code in rnd.sample(profile_codes, k=3):
                assessed = (today - timedelta(days=rnd.randint(0, 300))).isoformat()
                add("profile_entry", client_id=cid, taxonomy_code=code, level=rnd.randint(1, 5),
                    target_level=rnd.randint(3, 5), source=rnd.choice(["self", "test", "game", "coach"]),
                    assessed_on=assessed, client_recognises=True, recognised_on=assessed)  # said at the assessment
            if rnd.random() < 0.15:
                sid = add("signal", client_id=cid, kind="duty_to_inform", status="open",
                          description="Melding mogelijke inkomsten uit werk; eerst bellen.",
                          signalled_on=(today - timedelta(days=5)).isoformat())
                add("call_attempt", signal_id=sid, client_id=cid, attempted_at=_dt(today - timedelta(days=4), 10),
                    reached=False, by_user_id=coach_id, note="Geen gehoor, voicemail ingesproken.")
            if rnd.random() < 0.1:
                add("absence", client_id=cid, activity="Werkfit training", notified=False,
                    missed_on=(today - timedelta(days=3)).isoformat())
            if i in engaged and placeable:
                instrument, targets = rnd.choice(placeable)
                pid = add("placement", client_id=cid, instrument_id=instrument, specialist_id=spec_id,
                          reason="Werkritme opdoen en vaardigheden voor werk versterken.",
                          goal_codes=" ".join(targets.split()[:2]), start_date=(today - timedelta(days=20)).isoformat(),
                          status="active", progress_notes="Eerste weken goed begonnen.")
                add("agreement", client_id=cid, placement_id=pid, specialist_id=spec_id, party="specialist",
                    description="Na 4 weken een voortgangsgesprek met werkgever en begeleider plannen.",
                    due_date=(today + timedelta(days=14)).isoformat(), status="open", shared_with_specialists=True)
                add("agreement", client_id=cid, placement_id=pid, party="coach",
                    description="Financiële situatie bespreken voordat het traject verlengd wordt.",
                    due_date=(today + timedelta(days=21)).isoformat(), status="open", shared_with_specialists=False)
                result.placements += 1
            result.clients += 1
        client_recs = [r for r in recs if r.table == "client"]
        result.approach = add_approach(recs, client_recs, team_id, team_lead, random.Random(rnd.random()), today, seq)
        result.records = write_records(conn, recs)
    return result
