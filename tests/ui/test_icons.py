"""One icon set (Adwaita symbolic, shipped with its licence) for the main actions (issue 15, point 6)."""

from __future__ import annotations

from desktop.ui.icons import ICONS, NAMES, icon


def test_every_icon_is_shipped_with_its_licence(qapp):
    assert (ICONS / "COPYING").read_text("utf-8").count("CC-BY-SA-3.0") >= 1
    for action, name in NAMES.items():
        assert (ICONS / f"{name}-symbolic.svg").exists(), action
        assert not icon(action).isNull(), action


def test_main_actions_have_icons(window):
    for action in (window.new_action, window.save_action, window.new_conversation_action, window.plan_action,
                   window.print_action, window.letter_action, window.find_action, window.week_action,
                   window.sync_action):
        assert not action.icon().isNull(), action.text()
    assert not window.pane.save_button.icon().isNull()
