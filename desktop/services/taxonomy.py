"""The shared vocabulary of Perspectief op Maat and the instrumentenhuis (qualities, skills, attention
areas, circumstances, work directions).

The taxonomy and the instrument catalogue are central tables: the central store maintains them and a
desktop gets them read-only through sync. Until the first sync (and in the demo) the default set
shipped in `resources/` is loaded into an empty local store. Rows get a stable id derived from their
code (`stable_id`), so the central copy of the same item replaces the default instead of clashing with it.
"""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from desktop.i18n import translate
from desktop.models import Database
from desktop.models.entities import TAXONOMY_DOMAINS, TaxonomyItem
from desktop.paths import RESOURCES

from .errors import ServiceError

TAXONOMY_CSV = RESOURCES / "taxonomy.csv"
DEMO_INSTRUMENTS_CSV = RESOURCES / "instruments_demo.csv"
# The namespace of ids derived from codes; the central store derives the same ids (sync.catalogue_csv).
ID_NAMESPACE = uuid.UUID("6f1c2a0e-3d4b-5e6f-8a9b-0c1d2e3f4a5b")
# Domains whose items can be worked on (below target = "what to work on").
DEVELOPMENT_DOMAINS = ("skill", "attention")


def stable_id(kind: str, code: str) -> str:
    """The same id on every device and on the central store for e.g. ('taxonomy', 's.digital')."""
    return str(uuid.uuid5(ID_NAMESPACE, f"{kind}:{code}"))


def domain_label(domain: str) -> str:
    return {
        "quality": translate("Taxonomy", "Kwaliteit"),
        "skill": translate("Taxonomy", "Vaardigheid"),
        "attention": translate("Taxonomy", "Aandachtsgebied"),
        "circumstance": translate("Taxonomy", "Omstandigheid"),
        "direction": translate("Taxonomy", "Werkrichting"),
    }.get(domain, domain)


@dataclass(frozen=True)
class TaxonomyEntry:
    code: str
    domain: str
    label_nl: str
    label_en: str
    active: bool = True

    def label(self, lang: str = "nl") -> str:
        return self.label_en if lang == "en" and self.label_en else self.label_nl


def parse_taxonomy_csv(text: str) -> list[TaxonomyEntry]:
    """The shipped default set: code, domain, label_nl, label_en (raises on a broken resource file)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    out: list[TaxonomyEntry] = []
    seen: set[str] = set()
    for line, row in enumerate(reader, start=2):
        code = (row.get("code") or "").strip()
        domain = (row.get("domain") or "").strip()
        if not code or domain not in TAXONOMY_DOMAINS or code in seen or not (row.get("label_nl") or "").strip():
            raise ServiceError(translate("Taxonomy", "De standaardlijst van de taxonomie klopt niet op regel {line}.")
                               .format(line=line))
        seen.add(code)
        out.append(TaxonomyEntry(code, domain, row["label_nl"].strip(), (row.get("label_en") or "").strip()))
    return out


def load_defaults(db: Database, path: Path = TAXONOMY_CSV) -> int:
    """Fill an empty local taxonomy with the default set; returns how many items were added."""
    with db.session() as s:
        if s.scalar(select(func.count()).select_from(TaxonomyItem)):
            return 0
        items = parse_taxonomy_csv(path.read_text("utf-8"))
        for e in items:
            s.add(TaxonomyItem(id=stable_id("taxonomy", e.code), code=e.code, domain=e.domain,
                               label_nl=e.label_nl, label_en=e.label_en or e.label_nl, active=True))
        return len(items)


def load_demo_catalogue(db: Database, path: Path = DEMO_INSTRUMENTS_CSV) -> int:
    """The taxonomy and the demo instruments, each only when the local table is empty (demo, first start)."""
    from .catalogue import load_catalogue_if_empty

    load_defaults(db)
    return load_catalogue_if_empty(db, path)


class TaxonomyService:
    """Read-only on the desktop: the items (no client data, so nothing to audit)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def items(self, domain: str | None = None, *, include_inactive: bool = False) -> list[TaxonomyEntry]:
        with self.db.session() as s:
            q = select(TaxonomyItem).where(TaxonomyItem.deleted_at.is_(None))
            if domain:
                q = q.where(TaxonomyItem.domain == domain)
            if not include_inactive:
                q = q.where(TaxonomyItem.active.is_(True))
            order = {d: i for i, d in enumerate(TAXONOMY_DOMAINS)}
            rows = [TaxonomyEntry(t.code, t.domain, t.label_nl, t.label_en, t.active) for t in s.scalars(q)]
        rows.sort(key=lambda e: (order.get(e.domain, 99), e.label_nl.casefold()))
        return rows

    def by_code(self) -> dict[str, TaxonomyEntry]:
        return {e.code: e for e in self.items(include_inactive=True)}

    def codes(self) -> set[str]:
        with self.db.session() as s:
            return set(s.scalars(select(TaxonomyItem.code).where(TaxonomyItem.deleted_at.is_(None))))
