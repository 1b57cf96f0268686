"""docs/letters/*.png: page 1 of every kind of letter (80 dpi), from the test world of
tests/unit/test_letters.py; plus one in English and one for a client with an Arabic name.

    .venv/bin/python docs/letter_pages.py docs/letters
"""
import os
import sys
import tempfile
from pathlib import Path

os.environ["WIJKDESK_PASSPHRASE"] = "screenshot-passphrase"
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT)); sys.path.insert(0, str(ROOT / "benchmarks")); sys.path.insert(0, str(ROOT / "tests" / "unit"))
import keyring  # noqa: E402
import open_client as oc  # noqa: E402

keyring.set_keyring(oc._MemoryKeyring())
import pypdfium2 as pdfium  # noqa: E402
import test_letters as tl  # noqa: E402

from desktop.models.entities import Client  # noqa: E402
from desktop.paths import Paths  # noqa: E402
from desktop.services.letters import KINDS, LetterService  # noqa: E402
from desktop.services.werknl import WerknlService  # noqa: E402
from desktop.store import open_store  # noqa: E402

out = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "letters")
out.mkdir(parents=True, exist_ok=True)


def page_png(pdf: bytes, name: str) -> None:
    doc = pdfium.PdfDocument(pdf)
    doc[0].render(scale=80 / 72).to_pil().convert("RGB").save(out / f"{name}.png", optimize=True)
    print(out / f"{name}.png", f"({len(doc)} page(s))")


def letters_for(lang: str) -> tuple[LetterService, object, object]:
    store = open_store(Paths.resolve(Path(tempfile.mkdtemp()) / "data"))
    world = tl.make_world(store, lang=lang)
    return LetterService(store.db, store.actor()), world, store


service, world, store = letters_for("nl")
for kind in KINDS:
    if kind == "werknl-binding-decision":
        WerknlService(store.db, store.actor()).record_letter(world.client_id)
    page_png(service.render(kind, world.client_id, tl.for_id(kind, world), documents=["id", "bank", "rent"]), kind)

service, world, store = letters_for("en")
page_png(service.render("hearing-invitation", world.client_id, world.hearing_absence_id), "hearing-invitation-en")

service, world, store = letters_for("nl")
with store.db.session() as s:
    c = s.get(Client, world.client_id)
    c.first_name, c.name_prefix, c.last_name = "فاطمة", None, "الزهراء"
page_png(service.render("aftercare", world.client_id), "aftercare-arabic-name")
