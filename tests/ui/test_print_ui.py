"""Ctrl+P on a conversation: a preview of the client's summary, printed through Qt or saved as PDF."""

from __future__ import annotations

from datetime import timedelta

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select
from testclock import in_hours

from desktop.models.entities import AuditEvent
from desktop.services.conversations import ConversationService
from desktop.ui.conversations_tab import ConversationsTab


def test_ctrl_p_previews_prints_and_saves(window, qtbot, store, actor, caseload, tmp_path, monkeypatch):
    client_id = caseload["Çelik"]
    conv = ConversationService(store.db, actor).record(
        client_id, {"held_at": in_hours(-1), "place": "Wijkhuis Feijenoord",
                    "summary_for_client": "We hebben gepraat over uw cv.", "internal_notes": "GEHEIM-123"},
        [{"description": "Cv sturen naar de begeleider", "due_date": actor.today() + timedelta(days=7)}])
    window.open_client(client_id)
    tab = window.pane.tab(ConversationsTab)
    window.pane.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.conv_model.rowCount() == 1, timeout=5000)
    tab.conv_table.selectRow(0)
    assert tab.current_conversation().id == conv.id

    window.print_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "preview", None) is not None, timeout=15000)
    preview = window.preview
    assert len(preview.page_labels) >= 1 and not preview.page_labels[0].pixmap().isNull()

    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    assert preview.print_to(printer)
    assert out.exists() and out.stat().st_size > 5000

    saved = tmp_path / "verslag.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), "PDF (*.pdf)"))
    assert preview.save() == saved
    text = "".join(p.extract_text() for p in PdfReader(saved).pages)
    assert "Cv sturen naar de begeleider" in text and "GEHEIM-123" not in text and "Çelik" in text
    assert oct(saved.stat().st_mode & 0o777) == "0o600"
    with store.db.session() as s:
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "print",
                                                  AuditEvent.entity_id == conv.id)).first() is not None


def test_ctrl_p_without_a_conversation_says_what_to_do(window):
    window.print_action.trigger()
    expected = "Kies eerst een gesprek in de lijst." if window.pane.client_id else "Open eerst een werkzoekende."
    assert window.statusBar().currentMessage() == expected
    assert getattr(window, "preview", None) is None
