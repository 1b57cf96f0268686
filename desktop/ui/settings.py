"""UI state in QSettings: window geometry, splitter position and the chosen language. Nothing else."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANISATION = "Wijkdesk"
APPLICATION = "wijkdesk"
LANGUAGES = ("nl", "en")


def ui_settings() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


def saved_language() -> str | None:
    value = ui_settings().value("language")
    return value if value in LANGUAGES else None


def save_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValueError(lang)
    s = ui_settings()
    s.setValue("language", lang)
    s.sync()


def choose_language(cli_lang: str | None) -> str:
    """--lang / WIJKDESK_LANG wins, then the language chosen in the app, then Dutch."""
    if cli_lang in LANGUAGES:
        return cli_lang  # type: ignore[return-value]
    return saved_language() or "nl"
