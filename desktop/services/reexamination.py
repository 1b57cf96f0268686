"""Re-examination (heronderzoek, seed 000): the coach records who selected the client and why, in words; the
friendly invitation letter (letters kind "reexamination-invitation") follows and records the day it was sent.
The rules are sync/policy/reexamination.py, the same on the central store."""

from __future__ import annotations

from datetime import date

from desktop.i18n import translate

from . import audit
from .caseload import ClientDetails
from .client_rules import check_client_change, client_row
from .context import Service
from .errors import ValidationError
from .lookup import live_client


class ReexaminationService(Service):
    def select(self, client_id: str, reason: str, selected_by: str | None = None,
               on: date | None = None) -> ClientDetails:
        """Record the selection: who (default: the signed-in user) and why. A new selection starts a new round."""
        who = " ".join(str(selected_by or self.actor.username).split())[:160]
        why = str(reason or "").strip()
        day = on or self.actor.today()
        if day > self.actor.today():
            raise ValidationError({"reexamination_selected_on": translate("Validation",
                                                                          "Deze datum ligt in de toekomst.")})
        with self.db.session() as s:
            c = live_client(s, client_id)
            before = client_row(c)
            c.reexamination_selected_on, c.reexamination_selected_by = day, who
            c.reexamination_reason, c.reexamination_invited_on = why, None
            check_client_change(s, before, c, self.actor.today(), "reexamination_reason")
            audit.record(s, self.actor, "update", "client", c.id, c.id, purpose="heronderzoek",
                         fields=("reexamination_selected_on", "reexamination_selected_by", "reexamination_reason"))
            s.flush()
            return ClientDetails.of(c)

    def record_invitation(self, client_id: str, on: date) -> None:
        with self.db.session() as s:
            c = live_client(s, client_id)
            before = client_row(c)
            c.reexamination_invited_on = on
            check_client_change(s, before, c, self.actor.today(), "for")
            audit.record(s, self.actor, "update", "client", c.id, c.id, purpose="heronderzoek",
                         fields=("reexamination_invited_on",))
