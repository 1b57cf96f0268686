"""Counts use Qt plural forms (%n) in Dutch and English: "1 wijziging wacht", "1 change waiting"."""

from __future__ import annotations

import pytest

from desktop.ui.i18n import load_translator
from desktop.ui.sync_bar import SyncBar
from desktop.ui.sync_controller import SyncState


@pytest.mark.parametrize(("lang", "one", "two"), [
    ("nl", ("1 wijziging wacht", "⚠ 1 conflict"), ("2 wijzigingen wachten", "⚠ 2 conflicten")),
    ("en", ("1 change waiting", "⚠ 1 conflict"), ("2 changes waiting", "⚠ 2 conflicts")),
])
def test_counts_have_a_singular_and_a_plural(qtbot, lang, one, two):
    load_translator(lang)
    bar = SyncBar()
    qtbot.addWidget(bar)
    for n, (pending, conflicts) in ((1, one), (2, two)):
        bar.show_state(SyncState("idle", None, pending=n, conflicts=n))
        assert pending in bar.label.text()
        assert bar.conflicts.text() == conflicts
