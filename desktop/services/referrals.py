"""Referrals to the wijkteam or VraagWijzer (seed 004) with the reason and a follow-up date; the timeline shows
them and Mijn week lists those whose follow-up is due. The rules are sync/policy/referrals.py, the same on the
central store."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import select

from desktop.i18n import translate
from desktop.models.entities import Referral
from sync.policy.reasons import text as reasons_text
from sync.policy.referrals import TO, judge_referral

from . import audit
from .context import Service
from .errors import NotFound, ValidationError
from .lookup import live_client
from .validation import FieldError, parse_date


def referral_labels() -> dict[str, str]:
    return {"wijkteam": translate("Referrals", "Wijkteam"), "vraagwijzer": translate("Referrals", "VraagWijzer")}


@dataclass(frozen=True)
class ReferralData:
    id: str
    client_id: str
    referred_to: str
    reason: str
    referred_on: date
    follow_up_on: date
    followed_up_on: date | None
    follow_up_note: str | None

    @classmethod
    def of(cls, r: Referral) -> ReferralData:
        return cls(**{f.name: getattr(r, f.name) for f in fields(cls)})


class ReferralService(Service):
    def refer(self, client_id: str, referred_to: str, reason: str, follow_up_on: Any,
              referred_on: Any = None) -> ReferralData:
        errors: dict[str, str] = {}
        today = self.actor.today()
        try:
            on = parse_date(referred_on) or today
            if on > today:
                raise FieldError(translate("Validation", "Deze datum ligt in de toekomst."))
        except FieldError as exc:
            errors["referred_on"], on = str(exc), today
        try:
            follow = parse_date(follow_up_on, required=True)
        except FieldError as exc:
            errors["follow_up_on"], follow = str(exc), None
        values = {"referred_to": str(referred_to or "").strip().lower(), "reason": str(reason or "").strip(),
                  "referred_on": on, "follow_up_on": follow}
        if not errors:
            refusals = judge_referral(values)
            if refusals:
                field = "referred_to" if values["referred_to"] not in TO else "reason"
                errors[field] = reasons_text(refusals)
        if errors:
            raise ValidationError(errors)
        with self.db.session() as s:
            live_client(s, client_id)
            r = Referral(client_id=client_id, by_user_id=self.actor.user_id, **values)
            s.add(r)
            s.flush()
            audit.record(s, self.actor, "create", "referral", r.id, client_id, fields=values.keys())
            return ReferralData.of(r)

    def follow_up(self, referral_id: str, note: str, on: date | None = None) -> ReferralData:
        with self.db.session() as s:
            r = s.get(Referral, referral_id)
            if r is None or r.deleted_at is not None:
                raise NotFound(translate("Referrals", "Deze verwijzing bestaat niet (meer)."))
            r.followed_up_on, r.follow_up_note = on or self.actor.today(), str(note or "").strip() or None
            refusals = judge_referral({f.name: getattr(r, f.name) for f in fields(ReferralData)})
            if refusals:
                raise ValidationError({"follow_up_note": reasons_text(refusals)})
            audit.record(s, self.actor, "update", "referral", r.id, r.client_id,
                         fields=("followed_up_on", "follow_up_note"))
            s.flush()
            return ReferralData.of(r)

    def for_client(self, client_id: str) -> list[ReferralData]:
        with self.db.session() as s:
            return [ReferralData.of(r) for r in s.scalars(select(Referral).where(
                Referral.client_id == client_id, Referral.deleted_at.is_(None)).order_by(Referral.referred_on))]
