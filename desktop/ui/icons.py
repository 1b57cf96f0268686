"""The app's icons: a small set of Adwaita symbolic icons shipped in resources/icons/adwaita
(CC-BY-SA-3.0 or LGPL-3, the GNOME project; see COPYING there), one per main action."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from desktop.paths import RESOURCES

ICONS = RESOURCES / "icons" / "adwaita"
# action -> Adwaita icon name
NAMES = {
    "new_client": "contact-new", "save": "document-save", "delete": "edit-delete",
    "new_conversation": "chat-message-new", "plan": "appointment-new", "held": "object-select",
    "edit": "document-edit", "print": "document-print", "letter": "mail-send", "find": "edit-find",
    "week": "x-office-calendar", "sync": "view-refresh", "shortcuts": "help-browser", "about": "help-about",
    "done": "emblem-ok", "stop": "process-stop", "warning": "dialog-warning",
}


@cache
def icon(action: str) -> QIcon:
    """The icon for `action` (an empty icon when the file is missing: the text still says it)."""
    path = ICONS / f"{NAMES[action]}-symbolic.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
