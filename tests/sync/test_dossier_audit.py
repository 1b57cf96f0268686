"""Issue 19: `wijkdesk export dossier` (AVG art. 15) promises "a log of who viewed or changed your data". The
coach's own views and changes are audited on the device; what others did with the client's data (a specialist
opening their placement, a team lead) is audited on their devices and reaches the coach's device only through
the central store, which keeps such an event as a synced record of the client."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from desktop.paths import Paths
from desktop.services.caseload import CaseloadService
from desktop.services.sign_in import sign_in
from desktop.services.transfer import export_dossier
from desktop.store import open_store
from sync.client import SyncClient
from sync.clock import utcnow
from sync.credentials import load_token


def _event(dev, client_id: str | None, **fields):
    """What a specialist's or team lead's Wijkdesk pushes when its user opens something of a client."""
    return dev.mut("audit_event", at=utcnow().isoformat(timespec="seconds"), user_id=dev.user_id,
                   username=dev.user.username, device_id=dev.device_id, client_id=client_id, **fields)


def test_the_dossier_shows_who_else_viewed_the_clients_data(central, tmp_path: Path):
    _info, token = central.user("anna")
    store = open_store(Paths.resolve(tmp_path / "anna"))
    try:
        sign_in(store, central.http, "anna", token)

        def sync():
            result = SyncClient(store.db, central.http, load_token(store.db) or "", sleep=lambda _s: None).sync()
            assert (result.pending, result.rejected, result.restored) == (0, 0, False)

        caseload = CaseloadService(store.db, store.actor())
        client = caseload.create({"bsn": "111222333", "first_name": "Ayşe", "last_name": "Çelik",
                                  "postcode": "3071 AB"})
        caseload.open(client.id)
        caseload.update(client.id, {"phone": "06-12345678"})
        sync()

        sam = central.device("sam", role="specialist")
        lea = central.device("lea", role="team_lead")
        placement_id = str(uuid.uuid4())
        answers = [sam.push(_event(sam, client.id, action="view", entity="placement", entity_id=placement_id,
                                   purpose="specialist"))["results"][0],
                   lea.push(_event(lea, client.id, action="view", entity="client", entity_id=client.id))["results"][0],
                   # about no client the central store knows: kept in the trail only
                   sam.push(_event(sam, str(uuid.uuid4()), action="view", entity="client"))["results"][0]]
        # Not rows of the sender's own scope: version 0, so their devices keep them out of the integrity count.
        assert [(a["status"], a["version"]) for a in answers] == [("applied", 0)] * 3
        assert central.scalar("SELECT count(*) FROM audit_log") == 6  # anna's 3 (create, view, update) + 3

        sync()
        out = tmp_path / "dossier.json"
        counts = export_dossier(store.db, store.actor(), "111222333", out)
        events = {(e["username"], e["action"], e["entity"]) for e in json.loads(out.read_text("utf-8"))["audit_events"]}
        assert events == {("anna", "create", "client"), ("anna", "view", "client"), ("anna", "update", "client"),
                          ("sam", "view", "placement"), ("lea", "view", "client")}
        assert counts["audit_events"] == 5

        # The specialist and the team lead never pull the client's audit trail (their scope has none of it).
        for dev in (sam, lea):
            assert [c for c in dev.pull_all(from_start=True) if c["table"] == "audit_event"] == []
        sync()  # and the coach's device stays consistent with the store (no recovery, nothing pending)
    finally:
        store.close()
