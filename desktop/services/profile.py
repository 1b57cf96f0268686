"""Perspectief op Maat: the client's profile of assessed taxonomy items, append-only.

Every assessment is a new ProfileEntry (level 1-5, source, date, whether the client recognises it,
the target level agreed with the client); nothing is overwritten, so each item's history shows the
development over time. The latest entry per item is the current profile; skills and attention areas
below their target are what to work on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.i18n import translate
from desktop.models.entities import PROFILE_SOURCES, Client, Placement, ProfileEntry, TaxonomyItem
from sync.policy.profile import judge_profile_entry
from sync.policy.reasons import text as reasons_text

from . import audit
from .context import Service
from .errors import NotAllowed, ValidationError
from .lookup import live_client
from .matching import Assessment, DevelopmentArea, development_areas
from .validation import FieldError, parse_date

LEVELS = range(1, 6)


def source_label(source: str) -> str:
    return {"self": translate("Profile", "zelfbeoordeling"), "test": translate("Profile", "test"),
            "game": translate("Profile", "game"), "coach": translate("Profile", "begeleider")}.get(source, source)


@dataclass(frozen=True)
class ProfileEntryData:
    id: str
    client_id: str
    taxonomy_code: str
    level: int
    target_level: int | None
    source: str
    assessed_on: date
    client_recognises: bool
    placement_id: str | None
    recognised_on: date | None = None

    @classmethod
    def of(cls, e: ProfileEntry) -> ProfileEntryData:
        return cls(**{f.name: getattr(e, f.name) for f in fields(cls)})


@dataclass(frozen=True)
class ProfileItem:
    """One taxonomy item of the profile: its latest assessment and the whole history (oldest first)."""

    code: str
    domain: str
    label_nl: str
    label_en: str
    history: tuple[ProfileEntryData, ...]

    @property
    def latest(self) -> ProfileEntryData:
        return self.history[-1]

    @property
    def target(self) -> int | None:
        return self.latest.target_level

    def label(self, lang: str = "nl") -> str:
        return self.label_en if lang == "en" and self.label_en else self.label_nl

    def to_work_on(self) -> bool:
        return self.domain in ("skill", "attention") and self.target is not None and self.latest.level < self.target

    def assessment(self) -> Assessment:
        return Assessment(self.code, self.domain, self.latest.level, self.target, self.latest.assessed_on)


@dataclass(frozen=True)
class Profile:
    client_id: str
    items: tuple[ProfileItem, ...]

    def item(self, code: str) -> ProfileItem | None:
        return next((i for i in self.items if i.code == code), None)

    def development_areas(self) -> list[DevelopmentArea]:
        return development_areas(i.assessment() for i in self.items)

    def codes_in(self, domain: str) -> set[str]:
        return {i.code for i in self.items if i.domain == domain}


def build_profile(client_id: str, entries: list[ProfileEntryData],
                  taxonomy: Mapping[str, tuple[str, str, str]]) -> Profile:
    """Group entries (in insertion order) per code; taxonomy maps code -> (domain, label_nl, label_en)."""
    by_code: dict[str, list[ProfileEntryData]] = {}
    for e in sorted(enumerate(entries), key=lambda p: (p[1].assessed_on, p[0])):
        by_code.setdefault(e[1].taxonomy_code, []).append(e[1])
    order = {"quality": 0, "skill": 1, "attention": 2, "circumstance": 3, "direction": 4}
    items = []
    for code, hist in by_code.items():
        domain, nl, en = taxonomy.get(code, ("quality", code, code))
        items.append(ProfileItem(code, domain, nl, en, tuple(hist)))
    items.sort(key=lambda i: (order.get(i.domain, 9), i.label_nl.casefold()))
    return Profile(client_id, tuple(items))


class ProfileService(Service):
    def _check_role(self) -> None:
        if self.actor.role not in ("coach", "admin"):
            raise NotAllowed(translate("Profile", "Alleen de begeleider ziet en wijzigt het profiel."))

    # -- reading -----------------------------------------------------------------------------
    def profile(self, client_id: str, purpose: str | None = None) -> Profile:
        """The whole profile with history (one audited view)."""
        self._check_role()
        with self.db.session() as s:
            self._client(s, client_id)
            entries = self._entries(s, client_id)
            taxonomy = self._taxonomy(s)
            audit.record(s, self.actor, "view", "profile", None, client_id, purpose=purpose)
        return build_profile(client_id, entries, taxonomy)

    # -- changing ----------------------------------------------------------------------------
    def assess(self, client_id: str, data: Mapping[str, Any]) -> ProfileEntryData:
        """Append one assessment. Without a target level, the item's current target carries over."""
        self._check_role()
        with self.db.session() as s:
            self._client(s, client_id)
            values = self._validate(s, client_id, data)
            said = values.pop("client_recognises")
            entry = ProfileEntry(client_id=client_id, client_recognises=False, **values)
            if said:  # the client says so while assessing: the same dedicated step as record_recognition
                self._recognise(entry, True)
            s.add(entry)
            s.flush()
            audit.record(s, self.actor, "create", "profile_entry", entry.id, client_id, fields=values.keys())
            return ProfileEntryData.of(entry)

    def _validate(self, s: Session, client_id: str, data: Mapping[str, Any]) -> dict[str, Any]:
        allowed = {"taxonomy_code", "level", "target_level", "source", "assessed_on", "client_recognises",
                   "placement_id"}
        unknown = set(data) - allowed
        if unknown:
            raise ValidationError({k: translate("Validation", "Onbekend veld.") for k in sorted(unknown)})
        errors: dict[str, str] = {}
        out: dict[str, Any] = {}
        code = str(data.get("taxonomy_code") or "").strip()
        item = s.scalar(select(TaxonomyItem).where(TaxonomyItem.code == code, TaxonomyItem.deleted_at.is_(None)))
        if item is None:
            errors["taxonomy_code"] = translate("Profile", "Kies een onderdeel uit de lijst.")
        out["taxonomy_code"] = code
        for name, required in (("level", True), ("target_level", False)):
            value = data.get(name)
            if value in (None, "") and not required:
                out[name] = None
                continue
            try:
                n = int(value)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                n = 0
            if n not in LEVELS:
                errors[name] = translate("Profile", "Kies een niveau van 1 tot en met 5.")
            out[name] = n
        source = str(data.get("source") or "coach")
        if source not in PROFILE_SOURCES:
            errors["source"] = translate("Profile", "Kies hoe dit is vastgesteld.")
        out["source"] = source
        try:
            day = parse_date(data.get("assessed_on")) or self.actor.today()
            if day > self.actor.today():
                raise FieldError(translate("Validation", "Deze datum ligt in de toekomst."))
            out["assessed_on"] = day
        except FieldError as exc:
            errors["assessed_on"] = str(exc)
        # Only the client says they recognise this (seed 001): never assumed, also not on a re-assessment.
        out["client_recognises"] = data.get("client_recognises") is True
        placement_id = data.get("placement_id") or None
        if placement_id:
            p = s.get(Placement, placement_id)
            if p is None or p.client_id != client_id:
                errors["placement_id"] = translate("Profile", "Deze inzet hoort bij iemand anders.")
        out["placement_id"] = placement_id
        if errors:
            raise ValidationError(errors)
        if "target_level" not in data:
            prev = s.scalars(select(ProfileEntry).where(
                ProfileEntry.client_id == client_id, ProfileEntry.taxonomy_code == code,
                ProfileEntry.deleted_at.is_(None)).order_by(ProfileEntry.assessed_on, ProfileEntry.updated_at)).all()
            out["target_level"] = prev[-1].target_level if prev else None
        return out

    def record_recognition(self, entry_id: str, recognised: bool = True) -> ProfileEntryData:
        """The client says (today) they do or do not recognise this assessment: the only way recognition is set
        (seed 001; sync/policy/profile.py refuses it on the client's behalf, on the central store too)."""
        self._check_role()
        with self.db.session() as s:
            entry = s.get(ProfileEntry, entry_id)
            if entry is None or entry.deleted_at is not None:
                raise ValidationError({"client_recognises": translate("Profile", "Deze beoordeling bestaat niet "
                                                                                 "(meer).")})
            self._client(s, entry.client_id)
            self._recognise(entry, recognised)
            s.flush()
            audit.record(s, self.actor, "update", "profile_entry", entry.id, entry.client_id,
                         purpose="herkenning door de werkzoekende", fields=("client_recognises", "recognised_on"))
            return ProfileEntryData.of(entry)

    def _recognise(self, entry: ProfileEntry, recognised: bool) -> None:
        entry.client_recognises, entry.recognised_on = recognised, self.actor.today() if recognised else None
        refusals = judge_profile_entry({"client_recognises": entry.client_recognises,
                                        "recognised_on": entry.recognised_on, "assessed_on": entry.assessed_on},
                                       self.actor.today())
        if refusals:
            raise ValidationError({"client_recognises": reasons_text(refusals)})

    # -- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _entries(s: Session, client_id: str) -> list[ProfileEntryData]:
        return [ProfileEntryData.of(e) for e in s.scalars(select(ProfileEntry).where(
            ProfileEntry.client_id == client_id, ProfileEntry.deleted_at.is_(None)
        ).order_by(ProfileEntry.assessed_on, ProfileEntry.updated_at))]

    @staticmethod
    def _taxonomy(s: Session) -> dict[str, tuple[str, str, str]]:
        return {t.code: (t.domain, t.label_nl, t.label_en) for t in s.scalars(select(TaxonomyItem))}

    @staticmethod
    def _client(s: Session, client_id: str) -> Client:
        return live_client(s, client_id)
