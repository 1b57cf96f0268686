"""The conversation summary PDF: what is on it, what never is, languages, fonts, CLI."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from desktop.cli import main as cli_main
from desktop.models.base import utcnow
from desktop.models.entities import Absence, Agreement, AuditEvent, Client, Conversation, Signal, Team, User
from desktop.services import print_texts as pt
from desktop.services.context import Actor
from desktop.services.errors import NotFound, ServiceError
from desktop.services.printing import ConversationPrinter, Summary, build_pdf, markup, paragraphs
from desktop.store import Store

BSN = "111222333"
NOTES = "Vermoeden van zwart werk, nog niet besproken"
SIGNAL = "Mogelijk niet gemelde inkomsten"
ABSENCE = "Sollicitatietraining gemist"


@dataclass
class World:
    client_id: str
    coach_id: str
    conversation_id: str


def make_world(store: Store, *, first: str = "Ayşe", prefix: str | None = None, last: str = "Çelik",
               lang: str = "nl", summary: str | None = None, next_meeting: datetime | None = None,
               coach_on_conversation: bool = True, planned: bool = False) -> World:
    with store.db.session() as s:
        team = Team(name="Wijkteam Feijenoord", location="Rotterdam-Zuid")
        s.add(team)
        s.flush()
        coach = User(username="sdevries", display_name="Sanne de Vries", role="coach", team_id=team.id,
                     phone="010 498 12 34", email="s.devries@rotterdam.nl", reachable="ma-do 9-17 uur")
        spec = User(username="pjansen", display_name="Pieter Jansen", role="specialist",
                    organisation="Rotterdam Inclusief")
        s.add_all([coach, spec])
        s.flush()
        client = Client(bsn=BSN, first_name=first, name_prefix=prefix, last_name=last,
                        date_of_birth=date(1988, 4, 2), preferred_language=lang, coach_id=coach.id,
                        team_id=team.id, phone="06 12345678")
        s.add(client)
        s.flush()
        conv = Conversation(
            client_id=client.id, coach_id=coach.id if coach_on_conversation else None, kind="progress",
            channel="in_person", held_at=datetime(2026, 11, 26, 10, 0), planned=planned,
            place="Wijkkantoor Feijenoord",
            summary_for_client=summary if summary is not None else
            "We hebben gepraat over werk in de zorg.\nU wilt graag 20 uur per week werken.\n\n"
            "Kosten & vervoer: <geen probleem> volgens u.",
            internal_notes=NOTES, next_meeting_at=next_meeting)
        other = Conversation(client_id=client.id, coach_id=coach.id, held_at=datetime(2026, 10, 1, 9, 0),
                             summary_for_client="Ander gesprek")
        s.add_all([conv, other])
        s.flush()
        s.add_all([
            Agreement(client_id=client.id, conversation_id=conv.id, description="Cv bijwerken en opsturen",
                      party="client", due_date=date(2026, 12, 3)),
            Agreement(client_id=client.id, conversation_id=conv.id, description="Proefplaatsing regelen",
                      party="specialist", specialist_id=spec.id, due_date=date(2026, 12, 10)),
            Agreement(client_id=client.id, conversation_id=conv.id, description="Reiskosten uitzoeken",
                      party="coach"),
            Agreement(client_id=client.id, conversation_id=conv.id, description="Geschrapte afspraak",
                      party="client", status="cancelled"),
            Agreement(client_id=client.id, conversation_id=conv.id, description="Verwijderde afspraak",
                      party="client", deleted_at=utcnow()),
            Agreement(client_id=client.id, conversation_id=other.id, description="Afspraak van oktober",
                      party="client"),
            Signal(client_id=client.id, kind="duty_to_inform", description=SIGNAL,
                   signalled_on=date(2026, 11, 1)),
            Absence(client_id=client.id, activity=ABSENCE, missed_on=date(2026, 11, 10)),
        ])
        return World(client.id, coach.id, conv.id)


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def raw_streams(data: bytes) -> bytes:
    """The file plus every decompressed stream, to search for data that must not be there."""
    reader = PdfReader(io.BytesIO(data))
    out = [data]
    for page in reader.pages:
        contents = page.get_contents()
        if contents is not None:
            out.append(contents.get_data())
    return b"\n".join(out)


@pytest.fixture
def world(store: Store) -> World:
    return make_world(store, next_meeting=datetime(2026, 12, 17, 14, 30))


@pytest.fixture
def printer(store: Store, actor: Actor) -> ConversationPrinter:
    return ConversationPrinter(store.db, actor)


def test_summary_shows_agreements_dates_and_contact(printer: ConversationPrinter, world: World) -> None:
    data = printer.render(world.conversation_id)
    assert data.startswith(b"%PDF-")
    text = flat(pdf_text(data))
    assert "Gemeente Rotterdam — Werk en Inkomen" in text
    assert "Wijkteam Feijenoord" in text
    assert "Verslag van ons gesprek" in text
    assert "donderdag 26 november 2026, 10:00 uur" in text
    assert "Wijkkantoor Feijenoord" in text
    assert "Waar hebben we over gepraat?" in text
    assert "U wilt graag 20 uur per week werken." in text
    assert "Kosten & vervoer: <geen probleem> volgens u." in text  # escaped, printed as written
    assert "Wat hebben we afgesproken?" in text
    for header in ("Wat", "Wie", "Wanneer klaar"):
        assert header in text
    assert "Cv bijwerken en opsturen" in text and "3 december 2026" in text
    assert "Proefplaatsing regelen" in text and "Pieter Jansen (Rotterdam Inclusief)" in text
    assert "Reiskosten uitzoeken" in text and "Uw begeleider" in text and "geen datum" in text
    assert "Geschrapte afspraak" not in text          # cancelled
    assert "Verwijderde afspraak" not in text         # deleted
    assert "Afspraak van oktober" not in text         # made in another conversation
    assert "donderdag 17 december 2026, 14:30 uur" in text
    assert "Sanne de Vries" in text
    assert "010 498 12 34" in text and "s.devries@rotterdam.nl" in text and "ma-do 9-17 uur" in text
    assert "Klopt er iets niet in dit verslag?" in text
    assert "Pagina" not in text  # one page: no page numbers needed


def test_nothing_internal_on_paper_nor_in_metadata(printer: ConversationPrinter, world: World) -> None:
    data = printer.render(world.conversation_id)
    text = pdf_text(data)
    everything = raw_streams(data)
    for secret in (NOTES, BSN, SIGNAL, ABSENCE, world.conversation_id, world.client_id, world.coach_id):
        assert secret not in text
        assert secret.encode() not in everything
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta.title == "Verslag van ons gesprek"
    assert meta.author == "Gemeente Rotterdam"
    assert meta.creator == "Wijkdesk"
    values = " ".join(str(v) for v in meta.values())
    for personal in (BSN, "Ayşe", "Çelik", "Sanne", world.client_id, world.conversation_id):
        assert personal not in values


@pytest.mark.parametrize(("first", "prefix", "last"), [
    ("Łukasz", None, "Wójcik"), ("Ayşe", None, "Çelik"), ("Zoë", "van der", "Heijden"),
    ("Ğülşen", None, "Iğdır"), ("Ñandú", None, "Muñoz"), ("Żaneta", None, "Kowalczyk"),
    ("Олена", None, "Шевченко"),
])
def test_names_with_diacritics_print_as_themselves(store: Store, printer: ConversationPrinter,
                                                   first: str, prefix: str | None, last: str) -> None:
    w = make_world(store, first=first, prefix=prefix, last=last)
    text = flat(pdf_text(printer.render(w.conversation_id)))
    expected = " ".join(p for p in (first, prefix, last) if p)
    assert expected in text


def test_unicode_in_free_text(store: Store, printer: ConversationPrinter) -> None:
    summary = "Cursus Nederlands bij de bibliotheek (ı, ş, ğ, ç, ł, ż, ë, ñ, Привет).\nذهب"
    w = make_world(store, summary=summary)
    text = flat(pdf_text(printer.render(w.conversation_id)))
    assert "Cursus Nederlands bij de bibliotheek (ı, ş, ğ, ç, ł, ż, ë, ñ, Привет)." in text
    # Arabic letters are in the font (no shaping: isolated forms, see the module notes).
    assert any("\u0600" <= ch <= "\u06ff" or "\ufe70" <= ch <= "\ufeff" for ch in text)


def test_english_for_an_english_speaking_client(store: Store, printer: ConversationPrinter) -> None:
    w = make_world(store, lang="en", summary="We talked about work in care.")
    data = printer.render(w.conversation_id)
    text = flat(pdf_text(data))
    for expected in ("Summary of our conversation", "What did we talk about?", "What did we agree?",
                     "What", "Who", "Done by", "Thursday 26 November 2026 at 10:00", "3 December 2026",
                     "You", "Your coach", "no date", "When do we meet again?", "We will make a new appointment.",
                     "Phone", "E-mail", "Is something in this summary not right?"):
        assert expected in text, expected
    for dutch in ("Verslag van ons gesprek", "november", "Wanneer klaar", "Klopt er iets niet"):
        assert dutch not in text
    meta = PdfReader(io.BytesIO(data)).metadata
    assert meta.title == "Summary of our conversation"
    assert meta.author == "Gemeente Rotterdam"


def test_no_next_meeting_says_we_will_make_one(store: Store, printer: ConversationPrinter) -> None:
    w = make_world(store)
    assert "We maken nog een nieuwe afspraak." in flat(pdf_text(printer.render(w.conversation_id)))


def test_a_planned_meeting_after_the_conversation_is_the_next_meeting(store: Store,
                                                                      printer: ConversationPrinter) -> None:
    w = make_world(store)
    with store.db.session() as s:
        client_id = s.get(Conversation, w.conversation_id).client_id
        s.add(Conversation(client_id=client_id, held_at=datetime(2026, 12, 8, 11, 0), planned=True))
        s.add(Conversation(client_id=client_id, held_at=datetime(2026, 12, 20, 11, 0), planned=True))
    text = flat(pdf_text(printer.render(w.conversation_id)))
    assert "8 december 2026" in text and "We maken nog een nieuwe afspraak." not in text


def test_long_summary_gets_page_numbers(store: Store, printer: ConversationPrinter) -> None:
    long = "\n\n".join(f"Alinea {i}: " + "We hebben het gehad over werk, scholing en de week. " * 6
                       for i in range(40))
    w = make_world(store, summary=long)
    data = printer.render(w.conversation_id)
    reader = PdfReader(io.BytesIO(data))
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages, start=1):
        assert f"Pagina {number} van {total}" in flat(page.extract_text())
    text = flat(pdf_text(data))
    assert "Alinea 0:" in text and "Alinea 39:" in text


def test_qpdf_check_passes(printer: ConversationPrinter, world: World, tmp_path: Path) -> None:
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        pytest.skip("qpdf is not installed (apt-get install qpdf)")
    out = printer.write(world.conversation_id, tmp_path / "verslag.pdf")
    result = subprocess.run([qpdf, "--check", str(out)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_audit_event_written(store: Store, printer: ConversationPrinter, world: World) -> None:
    printer.render(world.conversation_id)
    with store.db.session() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "print")).all()
        assert len(events) == 1
        e = events[0]
        assert (e.entity, e.entity_id, e.client_id) == ("conversation", world.conversation_id, world.client_id)
        assert e.purpose == "samenvatting voor de werkzoekende"


def test_unknown_deleted_and_planned(store: Store, printer: ConversationPrinter, world: World) -> None:
    with pytest.raises(NotFound, match="bestaat niet"):
        printer.render("00000000-0000-0000-0000-000000000000")
    planned = make_world(store, planned=True)
    with pytest.raises(ServiceError, match="nog niet plaatsgevonden"):
        printer.render(planned.conversation_id)
    with store.db.session() as s:
        s.get(Conversation, world.conversation_id).deleted_at = utcnow()
    with pytest.raises(NotFound):
        printer.render(world.conversation_id)
    with store.db.session() as s:
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "print")).first() is None


def test_coach_falls_back_to_the_clients_coach(store: Store, printer: ConversationPrinter) -> None:
    w = make_world(store, coach_on_conversation=False)
    text = flat(pdf_text(printer.render(w.conversation_id)))
    assert "Sanne de Vries" in text and "010 498 12 34" in text


def test_write_is_atomic_and_leaves_no_temp_files(printer: ConversationPrinter, world: World,
                                                   tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "verslag.pdf"
    target.write_bytes(b"old")
    assert printer.write(world.conversation_id, target) == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in out.iterdir()) == ["verslag.pdf"]
    with pytest.raises(NotFound):
        printer.write("nope", out / "other.pdf")
    assert sorted(p.name for p in out.iterdir()) == ["verslag.pdf"]
    with pytest.raises(ServiceError):
        printer.write(world.conversation_id, out / "missing-dir" / "x.pdf")
    with pytest.raises(ServiceError):
        printer.write(world.conversation_id, out)


def test_suggested_filename_has_no_personal_data(printer: ConversationPrinter, world: World) -> None:
    assert printer.suggested_filename(world.conversation_id) == "verslag-gesprek-2026-11-26.pdf"


def test_markup_escapes_and_keeps_lines() -> None:
    assert markup("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert markup("een\r\ntwee") == "een<br/>twee"
    assert markup("bel\x00\x07 mij") == "bel mij"
    assert paragraphs("één\n\n\n twee \n drie") == ["één", "twee<br/>drie"]
    assert paragraphs("   ") == []


def test_dates_written_without_locale() -> None:
    assert pt.format_date("nl", date(2026, 11, 26)) == "26 november 2026"
    assert pt.format_date("en", date(2026, 11, 26)) == "26 November 2026"
    assert pt.format_date("nl", date(2026, 3, 1), weekday=True) == "zondag 1 maart 2026"
    assert pt.language_of("EN") == "en" and pt.language_of("tr") == "nl" and pt.language_of(None) == "nl"


def test_build_pdf_survives_hostile_text() -> None:
    summary = Summary(lang="nl", client_name="<b>Jan</b> & \"Piet\"", held_at=datetime(2026, 11, 26),
                      place="<para>", summary="</para><font name='x'>&amp;\x0c" + "x" * 500)
    text = flat(pdf_text(build_pdf(summary)))
    assert "<b>Jan</b> & \"Piet\"" in text
    assert "donderdag 26 november 2026" in text and "uur" not in text.split("Plaats")[0].split("Datum")[1]


def test_cli_prints_and_fails_cleanly(store: Store, world: World, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    data_dir = str(store.paths.data_dir)
    store.close()
    out = tmp_path / "verslag.pdf"
    assert cli_main(["--data-dir", data_dir, "print", "conversation", world.conversation_id, "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
    assert str(out) in capsys.readouterr().out
    assert cli_main(["--data-dir", data_dir, "print", "conversation", "unknown-id", "-o",
                     str(tmp_path / "x.pdf")]) == 1
    assert "bestaat niet" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
