"""Translation hook usable without Qt, shared by the desktop and the central store.

Code marks user-visible text with `translate(context, text)`, which pyside6-lupdate recognises.
The desktop's Qt layer (or its CLI) installs a translator with `set_translator`; without one (the
central store) the Dutch source text is used.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def set_translator(fn: Callable[[str, str], str] | None) -> None:
    global _translator
    _translator = fn


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    return _translator(context, text) or text


def current_language() -> str:
    """'en' while a translator (English) is installed, else 'nl': for labels stored in both languages."""
    return "nl" if _translator is None else "en"
