"""Loading the English translation; Dutch is the source language (a small file holds its plural forms)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from desktop import i18n as core_i18n
from desktop.paths import RESOURCES

log = logging.getLogger(__name__)
TRANSLATIONS = RESOURCES / "translations"

# The installed translators must outlive every call to translate(): keep references here.
_current: QTranslator | None = None
_qt_base: QTranslator | None = None
_plurals: QTranslator | None = None  # Dutch singular/plural forms (only while Dutch is the language)


def qm_path(lang: str) -> Path:
    return TRANSLATIONS / f"wijkdesk_{lang}.qm"


def load_translator(lang: str, install_qt: bool = True) -> QTranslator | None:
    """Make `lang` the language of the UI (install_qt) and of the Qt-free services and CLI.

    Returns the translator, or None for Dutch (the source language) or a missing file.
    """
    global _current, _plurals
    if install_qt and QCoreApplication.instance() is not None:
        _install_qt_base(lang)
    if _plurals is not None:
        QCoreApplication.removeTranslator(_plurals)
        _plurals = None
    if _current is not None:
        QCoreApplication.removeTranslator(_current)
        _current = None
    if lang == "nl":
        core_i18n.set_translator(None)
        _install_dutch_plurals(install_qt)
        return None
    translator = QTranslator()
    if not translator.load(str(qm_path(lang))):
        log.warning("translation %s not found, using Dutch", lang)
        core_i18n.set_translator(None)
        return None
    if install_qt and QCoreApplication.instance() is not None:
        QCoreApplication.installTranslator(translator)
    core_i18n.set_translator(lambda ctx, txt: translator.translate(ctx, txt) or txt)
    _current = translator
    return translator


def _install_dutch_plurals(install_qt: bool) -> None:
    """Dutch is the source language; only the singular of a %n count ("1 wijziging wacht") needs a file."""
    global _plurals
    translator = QTranslator()
    if install_qt and QCoreApplication.instance() is not None and translator.load(str(qm_path("nl"))):
        QCoreApplication.installTranslator(translator)
        _plurals = translator


def _install_qt_base(lang: str) -> None:
    """Qt's own texts (Yes/Cancel/Save in message boxes, context menus) in the same language."""
    global _qt_base
    if _qt_base is not None:
        QCoreApplication.removeTranslator(_qt_base)
        _qt_base = None
    translator = QTranslator()
    if translator.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(translator)
        _qt_base = translator
