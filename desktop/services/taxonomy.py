"""The shared vocabulary of Perspectief op Maat and the instrumentenhuis (qualities, skills, attention
areas, circumstances, work directions).

The taxonomy and the instrument catalogue are central tables: the central store maintains them and a
desktop gets them read-only through sync. Until the first sync (and in the demo) the default set
shipped in `desktop/resources/` is loaded into an empty local store. Rows get a stable id derived from their
code (`stable_id`, in sync.catalogue_csv; the central store derives the same ids), so the central copy of
the same item replaces the default instead of clashing with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from desktop.i18n import translate
from desktop.models import Database
from desktop.models.entities import TAXONOMY_DOMAINS, TaxonomyItem
from desktop.paths import RESOURCES
from sync.catalogue_csv import ID_NAMESPACE as ID_NAMESPACE  # re-exported: the namespace of derived ids
from sync.catalogue_csv import CatalogueFileError, taxonomy_id
from sync.catalogue_csv import parse_taxonomy_csv as _parse_taxonomy_csv
from sync.catalogue_csv import stable_id as stable_id

from .errors import ServiceError

TAXONOMY_CSV = RESOURCES / "taxonomy.csv"
DEMO_INSTRUMENTS_CSV = RESOURCES / "instruments_demo.csv"
# Domains whose items can be worked on (below target = "what to work on").
DEVELOPMENT_DOMAINS = ("skill", "attention")


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
    try:
        rows = _parse_taxonomy_csv(text, TAXONOMY_DOMAINS, translate)
    except CatalogueFileError as exc:
        raise ServiceError(str(exc)) from exc
    return [TaxonomyEntry(r.code, r.domain, r.label_nl, r.label_en) for r in rows]


def load_defaults(db: Database, path: Path = TAXONOMY_CSV) -> int:
    """Fill an empty local taxonomy with the default set; returns how many items were added."""
    with db.session() as s:
        if s.scalar(select(func.count()).select_from(TaxonomyItem)):
            return 0
        items = parse_taxonomy_csv(path.read_text("utf-8"))
        for e in items:
            s.add(TaxonomyItem(id=taxonomy_id(e.code), code=e.code, domain=e.domain,
                               label_nl=e.label_nl, label_en=e.label_en or e.label_nl, active=True))
        return len(items)


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
