"""`wijkdesk --demo`: a throwaway central store on 127.0.0.1 with a seeded caseload, signed in as its coach."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx

from desktop.store import Store

log = logging.getLogger(__name__)
DEMO_COACH, DEMO_SPECIALIST = "demo.coach", "demo.specialist"


def start_demo_backend(store: Store, demo_dir: Path, clients: int = 200, seed: int = 1,  # noqa: ANN201
                       as_role: str = "coach"):
    """Start the embedded central store, seed it, sign this device in (as the coach, or as the
    specialist: `wijkdesk --demo --as specialist`) and pull what that user may see."""
    from desktop.services.sign_in import sign_in
    from sync.client import SyncClient
    from sync.credentials import load_token
    from sync.server.db import Store as CentralStore
    from sync.server.demo import seed_demo
    from sync.server.embedded import start_embedded
    from sync.server.migrate import migrate

    url = f"sqlite:///{demo_dir / 'central.db'}"
    central = CentralStore(url)
    migrate(central.engine)
    seeded = seed_demo(central, DEMO_COACH, clients, specialist=DEMO_SPECIALIST, seed=seed)
    central.dispose()
    server = start_embedded(url)
    log.info("demo central store on %s", server.url)
    with httpx.Client(base_url=server.url, timeout=60) as http:
        user = DEMO_SPECIALIST if as_role == "specialist" else DEMO_COACH
        sign_in(store, http, user, seeded.tokens[user])
        result = SyncClient(store.db, http, load_token(store.db) or "", backups=store.paths.backups).sync()
    log.info("demo: first sync pulled %d records", result.pulled)
    return server
