"""Letters for the client: per kind the PDF is read back (name, dates, deadlines, contact, nothing
internal), qpdf accepts it, its Dutch text is B1-short, printing records the step and the audit trail."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.cli import LETTER_KINDS
from desktop.cli import main as cli_main
from desktop.models.entities import (
    Absence,
    AuditEvent,
    CallAttempt,
    Client,
    Conversation,
    Instrument,
    Placement,
    ProfileEntry,
    Signal,
    TaxonomyItem,
    Team,
    User,
)
from desktop.services import print_texts as pt
from desktop.services.context import Actor
from desktop.services.errors import NotAllowed, ServiceError, ValidationError
from desktop.services.letters import KINDS, LetterService
from desktop.services.letters.language import _catalogue
from desktop.services.werknl import WerknlService
from desktop.store import Store
from sync import clock as sc

BSN = "111222333"
FIRST, PREFIX, LAST = "Ayşe", "van den", "Çelik-Ødegård"
NAME = f"{FIRST} {PREFIX} {LAST}"
SECRETS = ("GEHEIM-NOTITIE", "GEHEIM-SIGNAAL", "GEHEIM-VOORTGANG", "GEHEIM-GESPREK")

# the circumstances check the policy requires before a sanction is considered (all answered "no")
CHECKED = json.dumps({k: {"answer": "no", "note": ""} for k in ("children", "debts", "housing", "health")})


@dataclass
class World:
    client_id: str
    signal_id: str
    hearing_absence_id: str
    decided_absence_id: str
    placement_id: str


def make_client(s, team: Team, coach: User, *, bsn: str = BSN, first: str = FIRST, prefix: str | None = PREFIX,
                last: str = LAST, lang: str = "nl", **extra) -> Client:
    client = Client(bsn=bsn, first_name=first, name_prefix=prefix, last_name=last, date_of_birth=date(1988, 4, 2),
                    preferred_language=lang, coach_id=coach.id, team_id=team.id, street="Groene Hilledijk",
                    house_number="12", house_number_suffix="B", postcode="3073 AB", city="Rotterdam", **extra)
    s.add(client)
    s.flush()
    return client


def make_world(store: Store, lang: str = "nl") -> World:
    today = sc.today()
    with store.db.session() as s:
        team = Team(name="Wijkteam Feijenoord", location="Rotterdam-Zuid")
        s.add(team)
        s.flush()
        coach = User(username="sdevries", display_name="Sanne de Vries", role="coach", team_id=team.id,
                     phone="010 498 12 34", email="s.devries@rotterdam.nl", reachable="ma-do 9-17 uur")
        spec = User(username="pjansen", display_name="Pieter Jansen", role="specialist",
                    organisation="Rotterdam Inclusief", phone="06 11122233", email="p.jansen@ri.nl")
        s.add_all([coach, spec])
        s.flush()
        client = make_client(s, team, coach, lang=lang, benefit_end=today - timedelta(days=30),
                             aftercare_until=today + timedelta(days=150),
                             reexamination_selected_on=today - timedelta(days=3), reexamination_selected_by="sdevries",
                             reexamination_reason="Haar inkomen uit werk is wisselend; samen kijken of het past.")
        sig = Signal(client_id=client.id, kind="duty_to_inform", description="GEHEIM-SIGNAAL",
                     signalled_on=today - timedelta(days=10))
        s.add(sig)
        s.flush()
        for days, hour in ((5, 9), (4, 14)):
            s.add(CallAttempt(signal_id=sig.id, client_id=client.id, reached=False, note="GEHEIM-NOTITIE",
                              attempted_at=datetime.combine(today - timedelta(days=days), time(hour, 30))))
        followup = Conversation(client_id=client.id, coach_id=coach.id, held_at=datetime.combine(
            today - timedelta(days=15), time(10)), internal_notes="GEHEIM-GESPREK", summary_for_client="x")
        s.add(followup)
        s.flush()
        hearing = Absence(client_id=client.id, activity="Sollicitatietraining", missed_on=today - timedelta(days=20),
                          door_visit_on=today - timedelta(days=18), followup_conversation_id=followup.id,
                          circumstances=CHECKED, sanction_considered_on=today - timedelta(days=3))
        decided = Absence(client_id=client.id, activity="Werkervaringsplaats", missed_on=today - timedelta(days=60),
                          door_visit_on=today - timedelta(days=58), followup_conversation_id=followup.id,
                          circumstances=CHECKED, sanction_considered_on=today - timedelta(days=50),
                          hearing_offered_on=today - timedelta(days=45), sanction_decision="sanction",
                          sanction_percentage=20, sanction_months=2, closed_on=today - timedelta(days=1),
                          decision_reason="U bent niet gekomen. U heeft ons geen reden gegeven.")
        s.add_all([hearing, decided])
        s.add(Conversation(client_id=client.id, coach_id=coach.id, kind="review", planned=True,
                           place="Wijkkantoor Feijenoord", internal_notes="GEHEIM-GESPREK",
                           held_at=datetime.combine(today + timedelta(days=7), time(10, 30))))
        items = [TaxonomyItem(code="lt.care", domain="quality", label_nl="Zorgzaam", label_en="Caring"),
                 TaxonomyItem(code="lt.dutch", domain="skill", label_nl="Nederlandse taal", label_en="Dutch language"),
                 TaxonomyItem(code="lt.rhythm", domain="attention", label_nl="Werkritme", label_en="Work rhythm"),
                 TaxonomyItem(code="lt.logistics", domain="direction", label_nl="Logistiek", label_en="Logistics")]
        s.add_all(items)
        for code, level, target in (("lt.care", 4, None), ("lt.dutch", 2, 4), ("lt.rhythm", 2, 3),
                                    ("lt.logistics", 3, None)):
            s.add(ProfileEntry(client_id=client.id, taxonomy_code=code, level=level, target_level=target,
                               assessed_on=today - timedelta(days=30)))
        instr = Instrument(code="lt.taal", name="Taal op de werkvloer", provider="Rotterdam Inclusief",
                           target_codes="lt.dutch lt.rhythm", duration_weeks=12)
        # Running already (the placement below), so the profile letter proposes the next one that fits.
        s.add_all([instr, Instrument(code="lt.fit", name="Werkfit", provider="Prestatie010",
                                     target_codes="lt.rhythm", duration_weeks=8)])
        s.flush()
        placement = Placement(client_id=client.id, instrument_id=instr.id, specialist_id=spec.id,
                              reason="U wilt beter Nederlands spreken op uw werk.", goal_codes="lt.dutch",
                              start_date=today + timedelta(days=3), end_date=today + timedelta(days=90),
                              status="active", progress_notes="GEHEIM-VOORTGANG")
        s.add(placement)
        s.flush()
        return World(client.id, sig.id, hearing.id, decided.id, placement.id)


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages).split())


def d(day: date, lang: str = "nl") -> str:
    return pt.format_date(lang, day)


@pytest.fixture
def world(store: Store) -> World:
    return make_world(store)


@pytest.fixture
def letters(store: Store, actor: Actor) -> LetterService:
    return LetterService(store.db, actor)


def for_id(kind: str, w: World) -> str | None:
    return {"contact-attempt": w.signal_id, "hearing-invitation": w.hearing_absence_id,
            "decision": w.decided_absence_id, "placement": w.placement_id}.get(kind)


def expected(kind: str) -> list[str]:
    """Per kind: the dates, deadlines and facts its letter must show (computed from today)."""
    today = sc.today()
    return {
        "contact-attempt": [f"Bel ons terug vóór {d(sc.add_working_days(today, 5))}",
                            pt.format_moment("nl", datetime.combine(today - timedelta(days=5), time(9, 30)))],
        "werknl-registration": [f"Schrijf u in vóór {d(today + timedelta(days=28))}", "Log in met uw DigiD",
                                "Bel uw begeleider op 010 498 12 34"],
        "hearing-invitation": [f"Reageer vóór {d(sc.add_working_days(today, 5))}", "Sollicitatietraining",
                               d(today - timedelta(days=20))],
        "decision": ["Wij verlagen uw uitkering 2 maanden lang met 20 procent",
                     "U heeft ons geen reden gegeven", f"vóór {d(today + timedelta(weeks=6))}", BSN],
        "reexamination-invitation": ["Uw bankafschriften van de laatste maand", "Wijkkantoor Feijenoord",
                                     pt.format_moment("nl", datetime.combine(today + timedelta(days=7), time(10, 30)))],
        "werknl-binding-decision": [f"Schrijf u in vóór {d(today + timedelta(days=14))}", "30 procent",
                                    f"vóór {d(today + timedelta(weeks=6))}"],
        "rights-and-duties": ["Wat moet u doorgeven?", "U gaat verhuizen."],
        "aftercare": [f"tot en met {d(today + timedelta(days=150))}", d(today - timedelta(days=30))],
        "profile": ["Zorgzaam", "Nederlandse taal: nu 2, doel 4", "Logistiek", "Werkfit", "Prestatie010",
                    "u werkt hieraan: Werkritme", "Het duurt ongeveer 8 weken"],
        "placement": ["Taal op de werkvloer", "U wilt beter Nederlands spreken op uw werk.", "Pieter Jansen",
                      "06 11122233", "p.jansen@ri.nl", d(sc.today() + timedelta(days=90))],
    }[kind]


def letter_and_phone_call(letters: LetterService, world: World) -> None:
    """The steps before a binding decision (seed 003): the werk.nl letter, then a phone follow-up."""
    letters.mark_sent("werknl-registration", world.client_id)
    WerknlService(letters.db, letters.actor).record_phone_followup(world.client_id)


def test_cli_kinds_are_the_service_kinds() -> None:
    assert tuple(KINDS) == LETTER_KINDS


@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_each_letter_reads_back(kind: str, letters: LetterService, world: World, tmp_path: Path) -> None:
    if kind == "werknl-binding-decision":
        letter_and_phone_call(letters, world)
    data = letters.render(kind, world.client_id, for_id(kind, world), documents=["bank", "id"])
    text = pdf_text(data)
    assert NAME in text                                     # the exact name, diacritics and all
    assert "Groene Hilledijk 12B" in text and "3073 AB" in text
    assert d(sc.today()) in text                          # the letter's date
    assert re.search(r"Kenmerk [A-Z]{2}-\d{8}-[0-9A-F]{6}", text)
    for contact in ("Sanne de Vries", "010 498 12 34", "s.devries@rotterdam.nl", "ma-do 9-17 uur"):
        assert contact in text
    for fact in expected(kind):
        assert fact in text, (kind, fact)
    for secret in SECRETS:
        assert secret not in text
    formal = KINDS[kind].code in ("decision", "werknl-binding-decision")
    assert (BSN in text) == formal                           # the BSN only on a formal decision
    if formal:
        assert "bezwaar" in text
    qpdf = shutil.which("qpdf")
    if qpdf is not None:
        out = tmp_path / f"{kind}.pdf"
        out.write_bytes(data)
        result = subprocess.run([qpdf, "--check", str(out)], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr


def sentences(blocks) -> list[str]:
    out: list[str] = []
    for kind, content in blocks:
        parts = {"p": [content], "box": [content], "ul": content, "ol": content}.get(kind, [])
        if kind == "item":
            parts = [content[1]]
        for part in parts:
            out += [s for s in re.split(r"(?<=[.!?])\s+", part.strip()) if s.strip()]
    return out


@pytest.mark.parametrize("kind", LETTER_KINDS)
def test_dutch_letter_text_is_b1_short(kind: str, letters: LetterService, world: World) -> None:
    """B1: the average sentence of each Dutch letter is at most 15 words — measured on the printed text."""
    if kind == "werknl-binding-decision":
        letter_and_phone_call(letters, world)
    body = letters.prepare(kind, world.client_id, for_id(kind, world), documents=["bank"]).letter.body
    said = sentences(body.blocks)
    words = [len(s.split()) for s in said]
    average = sum(words) / len(words)
    assert average <= 15, (kind, average, max(zip(words, said, strict=True)))


def test_werknl_binding_decision_follows_the_first_letter(store: Store, letters: LetterService,
                                                          world: World) -> None:
    with pytest.raises(ValidationError) as err:
        letters.render("werknl-binding-decision", world.client_id)
    assert "Stuur eerst de brief over inschrijven op werk.nl" in str(err.value)
    letters.mark_sent("werknl-registration", world.client_id)
    with pytest.raises(ValidationError) as err:  # the policy: phone those who did not respond, first
        letters.render("werknl-binding-decision", world.client_id)
    assert "kan pas na telefonisch contact na de brief" in str(err.value)
    WerknlService(letters.db, letters.actor).record_phone_followup(world.client_id)
    text = pdf_text(letters.render("werknl-binding-decision", world.client_id))
    today = sc.today()
    assert f"Op {d(today)} stuurden wij u een brief over werk.nl" in text
    assert f"Schrijf u in vóór {d(today + timedelta(days=14))}" in text
    assert "30 procent" in text and "horen" in text and BSN in text


def test_english_letter_follows_the_client(store: Store, actor: Actor) -> None:
    w = make_world(store, lang="en")
    text = pdf_text(LetterService(store.db, actor).render("contact-attempt", w.client_id, w.signal_id))
    assert "Please call us back" in text
    assert f"Call us back before {d(sc.add_working_days(sc.today(), 5), 'en')}" in text
    assert "Wilt u ons terugbellen" not in text and NAME in text


def test_every_text_has_its_english() -> None:
    """Each Dutch source of the letters has an English translation in the translation file."""
    en = _catalogue("en")
    for path in sorted((Path(__file__).resolve().parents[2] / "desktop/services/letters/texts").glob("*.py")):
        for context, source in re.findall(r'translate\(\s*"(Letter\w*)",\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)?',
                                          path.read_text(encoding="utf-8")):
            dutch = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', source))
            assert (context, dutch) in en, (path.name, dutch)


# --- recording --------------------------------------------------------------------------------------


def audit_kinds(store: Store) -> list[tuple[str, str | None]]:
    with store.db.session() as s:
        return [(e.entity, e.entity_id) for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "print"))]


def test_preview_records_nothing_print_records_the_step(store: Store, letters: LetterService, world: World,
                                                        tmp_path: Path) -> None:
    letters.render("contact-attempt", world.client_id, world.signal_id)
    assert audit_kinds(store) == []
    out = letters.write("contact-attempt", world.client_id, tmp_path / "brief.pdf", world.signal_id)
    assert out.read_bytes().startswith(b"%PDF-") and oct(out.stat().st_mode & 0o777) == "0o600"
    letters.write("hearing-invitation", world.client_id, tmp_path / "horen.pdf", world.hearing_absence_id)
    letters.render("werknl-registration", world.client_id, record=True)
    letters.render("decision", world.client_id, world.decided_absence_id, record=True)
    today = sc.today()
    with store.db.session() as s:
        assert s.get(Signal, world.signal_id).letter_sent_on == today
        hearing = s.get(Absence, world.hearing_absence_id)
        # the deadline the letter names is the one the policy holds the client to
        assert (hearing.hearing_offered_on, hearing.hearing_deadline) == (today, sc.add_working_days(today, 5))
        assert s.get(Client, world.client_id).werknl_letter_sent_on == today
    assert audit_kinds(store) == [("contact-attempt", world.signal_id), ("hearing-invitation", world.hearing_absence_id),
                                  ("werknl-registration", world.client_id), ("decision", world.decided_absence_id)]


def test_reprint_keeps_the_first_date(store: Store, letters: LetterService, world: World, clock) -> None:
    first = sc.today()
    letters.mark_sent("contact-attempt", world.client_id, world.signal_id)
    clock.move_to(sc.local_now().replace(tzinfo=sc.AMSTERDAM) + timedelta(days=3))
    assert sc.today() != first
    text = pdf_text(letters.render("contact-attempt", world.client_id, world.signal_id, record=True))
    assert f"Datum {d(first)}" in text and f"vóór {d(sc.add_working_days(first, 5))}" in text
    with store.db.session() as s:
        assert s.get(Signal, world.signal_id).letter_sent_on == first
    assert len(audit_kinds(store)) == 2


def test_letters_refuse_what_does_not_fit(store: Store, letters: LetterService, world: World, actor: Actor) -> None:
    with store.db.session() as s:
        for a in s.scalars(select(CallAttempt)):
            a.reached = True
        a = s.get(Absence, world.hearing_absence_id)
        a.sanction_decision, a.closed_on = "no_sanction", sc.today()
    with pytest.raises(ValidationError, match="Telefoon eerst"):
        letters.render("contact-attempt", world.client_id, world.signal_id)
    with pytest.raises(ValidationError, match="Onbekend document"):
        letters.render("reexamination-invitation", world.client_id, documents=["paspoort"])
    with pytest.raises(ValidationError, match="Onbekende soort brief"):
        letters.render("fine", world.client_id)
    with pytest.raises(ValidationError, match="meer dan één verzuim waar deze brief bij past"):
        letters.render("decision", world.client_id)
    with pytest.raises(ValidationError, match="al afgesloten"):
        letters.render("hearing-invitation", world.client_id, world.hearing_absence_id)
    specialist = Actor(None, "pjansen", actor.device_id, "specialist")
    with pytest.raises(NotAllowed):
        LetterService(store.db, specialist).render("profile", world.client_id)
    assert audit_kinds(store) == []


def test_no_sanction_decision_says_income_stays(store: Store, letters: LetterService, world: World) -> None:
    with store.db.session() as s:
        a = s.get(Absence, world.decided_absence_id)
        a.sanction_decision, a.sanction_percentage, a.sanction_months = "no_sanction", None, None
    text = pdf_text(letters.render("decision", world.client_id, world.decided_absence_id))
    assert "Wij verlagen uw uitkering niet." in text and "Uw uitkering blijft hetzelfde." in text


# --- mailing and command line --------------------------------------------------------------------


def test_mailing_one_pdf_at_most_n_each_recorded(store: Store, letters: LetterService, world: World) -> None:
    with store.db.session() as s:
        coach = s.scalars(select(User).where(User.username == "sdevries")).one()
        team = s.get(Team, coach.team_id)
        others = [make_client(s, team, coach, bsn=f"00000000{i}", first=f"Klant{i}", prefix=None, last="Zoë")
                  for i in range(3)]
        others[0].werknl_registered_on = sc.today() - timedelta(days=10)  # already registered: left out
        ids = [c.id for c in others]
        coach_id = coach.id
    data, sent = letters.mailing("werknl-registration", ids, limit=1)
    assert sent == [ids[1]]
    first = data
    data, sent = letters.mailing("werknl-registration", ids, limit=5)
    assert sent == [ids[2]]                                   # Klant1 had its letter in the first round
    assert "Klant1 Zoë" in pdf_text(first) and "Klant2 Zoë" in pdf_text(data)
    data, sent = letters.mailing("werknl-registration", [world.client_id, *ids], limit=5, record=False)
    assert sent == [world.client_id]
    assert "Klant0" not in pdf_text(data)
    data, sent = letters.mailing("rights-and-duties", [world.client_id, *ids], limit=3, record=False)
    assert len(sent) == 3 and len(PdfReader(io.BytesIO(data)).pages) >= 3   # one PDF, every letter in it
    text = pdf_text(data)
    assert NAME in text and "Klant0 Zoë" in text and "Klant1 Zoë" in text
    with store.db.session() as s:
        assert s.get(Client, ids[2]).werknl_letter_sent_on == sc.today()
        assert s.get(Client, ids[0]).werknl_letter_sent_on is None
    with pytest.raises(ValidationError):
        letters.mailing("werknl-registration", ids, limit=0)
    with pytest.raises(ValidationError):
        letters.mailing("contact-attempt", ids)
    mine = LetterService(store.db, Actor(coach_id, "sdevries", "device", "coach"))
    candidates = mine.mailing_candidates("werknl-registration")
    assert candidates == [world.client_id]   # Klant0 is registered, Klant1 and Klant2 were written to
    with pytest.raises(ServiceError, match="Voor geen van de gekozen werkzoekenden"):
        letters.mailing("werknl-registration", ids, limit=5)             # never twice about the same step


def test_cli_prints_a_letter(store: Store, world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = str(store.paths.data_dir)
    store.close()
    out = tmp_path / "brief.pdf"
    assert cli_main(["--data-dir", data_dir, "print", "letter", "hearing-invitation", "--client", BSN,
                     "--for", world.hearing_absence_id, "-o", str(out)]) == 0
    assert "Wij willen uw kant horen" in pdf_text(out.read_bytes())
    assert str(out) in capsys.readouterr().out
    assert cli_main(["--data-dir", data_dir, "print", "letter", "reexamination-invitation", "--client", BSN,
                     "--documents", "id,rent", "-o", str(tmp_path / "h.pdf")]) == 0
    assert "Uw huurcontract" in pdf_text((tmp_path / "h.pdf").read_bytes())
    assert cli_main(["--data-dir", data_dir, "print", "letter", "aftercare", "--client", "999999999",
                     "-o", str(tmp_path / "x.pdf")]) == 1
    assert "Er is geen werkzoekende met BSN 999999999" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(SystemExit) as exit_:
        cli_main(["--data-dir", data_dir, "print", "letter", "boete", "--client", BSN, "-o", "x.pdf"])
    assert exit_.value.code == 2


# --- any script ---------------------------------------------------------------------------------


def test_arabic_name_is_shaped_and_in_order(store: Store, actor: Actor) -> None:
    """Right-to-left Arabic script: joined letter forms (HarfBuzz), words in reading order (bidi)."""
    import unicodedata

    from desktop.services.printing import visual_order

    name = "فاطمة الزهراء"
    with store.db.session() as s:
        team = Team(name="Wijkteam Delfshaven")
        s.add(team)
        s.flush()
        coach = User(username="coach2", display_name="Ömer Yılmaz", role="coach", team_id=team.id, phone="010 1")
        s.add(coach)
        s.flush()
        client = make_client(s, team, coach, first="فاطمة", prefix=None, last="الزهراء")
        client_id = client.id
    text = pdf_text(LetterService(store.db, actor).render("rights-and-duties", client_id))
    assert any("\ufe70" <= ch <= "\ufefc" for ch in text)       # presentation forms: the letters are joined
    assert name in unicodedata.normalize("NFKC", text)            # and read back in their logical order
    assert "Ömer Yılmaz" in text
    # Words in drawing order (the first word read from the right is drawn last); each RTL word
    # whole and logical, its punctuation with it, for HarfBuzz to reverse, shape and mirror.
    assert visual_order(f"Beste {name},") == "Beste الزهراء ,فاطمة"
    assert visual_order("Ayşe Çelik") == "Ayşe Çelik"
    assert visual_order("فاطمة (عائشة) 12") == "12 (عائشة) فاطمة"
