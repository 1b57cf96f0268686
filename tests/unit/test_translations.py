"""Every Dutch message has an English translation in wijkdesk_en.ts, and every %n text its Dutch singular and
plural in wijkdesk_nl.ts. The .ts files are the one source of the translations.

When this fails after adding a string: `make translations` (lupdate adds it as unfinished), translate it in
Qt Linguist (`.venv/bin/pyside6-linguist desktop/resources/translations/wijkdesk_en.ts`) or in the XML, then
`make lrelease`.
"""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "desktop" / "resources" / "translations"
TS = TRANSLATIONS / "wijkdesk_en.ts"
TS_NL = TRANSLATIONS / "wijkdesk_nl.ts"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")
ACCELERATOR = re.compile(r"&(?=[^&\s])")


def _messages(ts: Path = TS) -> list[tuple[str, str, ET.Element | None]]:
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out.append((name, msg.findtext("source") or "", msg.find("translation")))
    return out


def _texts(tr: ET.Element) -> list[str]:
    forms = tr.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [tr.text or ""]


MESSAGES = _messages()


def test_ts_has_messages():
    assert len(MESSAGES) > 100


def test_every_message_is_translated():
    missing = [(ctx, src) for ctx, src, tr in MESSAGES
               if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete")
               or not all(t.strip() for t in _texts(tr))]
    assert not missing, "untranslated (translate them in wijkdesk_en.ts, see above):\n" + "\n".join(f"[{c}] {s!r}" for c, s in missing)


def test_placeholders_are_kept():
    wrong = []
    for ctx, src, tr in MESSAGES:
        if tr is None:
            continue
        expected = set(PLACEHOLDER.findall(src))
        for text in _texts(tr):
            if set(PLACEHOLDER.findall(text)) != expected:
                wrong.append(f"[{ctx}] {src!r} -> {text!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_accelerators_are_kept():
    wrong = []
    for ctx, src, tr in MESSAGES:
        if tr is None:
            continue
        expected = len(ACCELERATOR.findall(src))
        for text in _texts(tr):
            if len(ACCELERATOR.findall(text)) != expected:
                wrong.append(f"[{ctx}] {src!r} -> {text!r}")
    assert not wrong, "keyboard accelerators (&) differ:\n" + "\n".join(wrong)


def test_committed_ts_is_up_to_date_with_the_sources(tmp_path):
    """Every translatable string in the code is in wijkdesk_en.ts (so it has English, see above)."""
    import shutil
    import subprocess
    import sys

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for d in ("desktop", "sync") for p in (ROOT / d).rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *sources, "-source-language", "nl_NL", "-target-language", "en_GB",
                    "-no-obsolete", "-ts", str(fresh)], cwd=ROOT, check=True, capture_output=True)
    have = {(ctx, src) for ctx, src, _ in MESSAGES}
    wanted = set()
    for ctx in ET.parse(fresh).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            wanted.add((name, msg.findtext("source") or ""))
    assert sorted(wanted - have) == [], "run `make translations` and translate the new strings in wijkdesk_en.ts"


def test_every_count_has_its_dutch_singular_and_plural():
    plural_sources = {(ctx, src) for ctx, src, tr in MESSAGES if tr is not None and tr.findall("numerusform")}
    dutch = {(ctx, src): tr for ctx, src, tr in _messages(TS_NL)}
    assert plural_sources, "the English file has %n texts"
    wrong = []
    for key in sorted(plural_sources):
        tr = dutch.get(key)
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or len(_texts(tr)) != 2 \
                or not all(t.strip() for t in _texts(tr)):
            wrong.append(f"[{key[0]}] {key[1]!r}")
    assert not wrong, "give these the Dutch singular and plural in wijkdesk_nl.ts:\n" + "\n".join(wrong)


def test_the_ts_files_are_the_only_source():
    """No second copy of the strings (a Python dictionary filled into the .ts files, as there once was)."""
    assert sorted(p.suffix for p in TRANSLATIONS.iterdir() if p.is_file()) == [".qm", ".qm", ".ts", ".ts"]
