"""The language a letter is written in: the client's, read from the translation files.

A letter follows `Client.preferred_language`, not the language the app runs in (a coach may
run Wijkdesk in Dutch and print an English letter). So the texts are marked with
`translate("Context", "Dutch source")` like every other string — lupdate collects them into
desktop/resources/translations/wijkdesk_en.ts — but the `translate` a text module calls is the one
`translator(lang)` returns: Dutch is the source itself, English is looked up in that .ts file
(no Qt needed, so the services stay Qt-free).
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache

from desktop.paths import RESOURCES

Translate = Callable[[str, str], str]
TS_FILE = RESOURCES / "translations" / "wijkdesk_{lang}.ts"
_lock = threading.Lock()


@cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    path = TS_FILE.with_name(TS_FILE.name.format(lang=lang))
    if not path.is_file():
        return out
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or ""):
                continue
            out[(name, msg.findtext("source") or "")] = tr.text or ""
    return out


def translator(lang: str) -> Translate:
    """`translate(context, source)` into `lang`; an untranslated text falls back to the Dutch source."""
    if lang == "nl":
        return lambda _context, source: source
    with _lock:
        table = _catalogue(lang)
    return lambda context, source: table.get((context, source)) or source
