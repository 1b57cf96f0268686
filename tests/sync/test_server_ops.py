"""Operations: /healthz, /readyz and the Prometheus metrics (behind their token, no personal data)."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from sync.server import metrics
from sync.server.app import create_app


def test_health_and_readiness(central):
    r = central.http.get("/healthz")
    assert (r.status_code, r.json()) == (200, {"status": "ok"})
    r = central.http.get("/readyz")
    assert r.status_code == 200 and r.json()["status"] == "ready"


def test_not_ready_on_an_old_schema_or_a_lost_database(db_url):
    app = create_app(db_url)
    store = app.state.store
    with TestClient(app, raise_server_exceptions=False) as client:
        with store.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0001'"))
        r = client.get("/readyz")
        assert r.status_code == 503
        assert r.json() == {"status": "not_ready", "database": "ok", "schema": "0001",
                            "expected_schema": r.json()["expected_schema"]}
        assert client.get("/healthz").status_code == 200  # the process itself is fine
        engine = store.engine
        store.engine = create_engine("postgresql+psycopg://nobody@127.0.0.1:1/none", poolclass=NullPool,
                                     connect_args={"connect_timeout": 2})
        try:
            r = client.get("/readyz")
            assert (r.status_code, r.json()) == (503, {"status": "not_ready", "database": "unreachable"})
        finally:
            store.engine.dispose()
            store.engine = engine
    store.dispose()


def _scrape(central, token="s3cret") -> str:
    r = central.http.get("/metrics", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200, r.text
    return r.text


def _value(text_: str, name: str, **labels: str) -> float:
    want = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in text_.splitlines():
        if line.startswith("#"):
            continue
        metric, _, value = line.rpartition(" ")
        m = re.fullmatch(r"([^{]+)(?:\{(.*)\})?", metric)
        if m and m.group(1) == name:
            got = ",".join(sorted((m.group(2) or "").split(","))) if m.group(2) else ""
            if got == want:
                return float(value)
    return 0.0


def test_metrics_need_their_token(central, monkeypatch):
    monkeypatch.delenv(metrics.TOKEN_ENV, raising=False)
    assert central.http.get("/metrics").status_code == 404  # off unless a token is configured
    monkeypatch.setenv(metrics.TOKEN_ENV, "s3cret")
    assert central.http.get("/metrics").status_code == 401
    assert central.http.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert "wijkdesk_requests_total" in _scrape(central)


def test_metrics_count_pushes_rejections_and_pulls_without_personal_data(central, monkeypatch):
    monkeypatch.setenv(metrics.TOKEN_ENV, "s3cret")
    before = _scrape(central)
    info, token = central.user("anna.de.vries")
    dev = central.login(info, token)
    secret_row = "0f1e2d3c-0000-4000-8000-000000000001"
    dev.push(dev.mut("client", first_name="Fatima", last_name="El Amrani", coach_id=info.id),
             dev.mut("nonsense_table", first_name="x"),
             dev.mut("client", row_id=secret_row, op="update", base=1, first_name="Zoë"))
    dev.pull_all()
    after = _scrape(central)
    assert _value(after, "wijkdesk_push_mutations_total", outcome="applied") - \
        _value(before, "wijkdesk_push_mutations_total", outcome="applied") == 1
    assert _value(after, "wijkdesk_push_rejections_total", reason="unknown_table") - \
        _value(before, "wijkdesk_push_rejections_total", reason="unknown_table") == 1
    assert _value(after, "wijkdesk_push_requests_total") - _value(before, "wijkdesk_push_requests_total") == 1
    assert _value(after, "wijkdesk_pull_requests_total") > _value(before, "wijkdesk_pull_requests_total")
    assert _value(after, "wijkdesk_pull_changes_total") > _value(before, "wijkdesk_pull_changes_total")
    assert _value(after, "wijkdesk_requests_total", method="POST", route="/sync/push", status="200") >= 1
    assert _value(after, "wijkdesk_push_seconds_count") >= 1
    # an unknown path is "other", and nothing personal is ever a label
    central.http.get("/users/anna.de.vries/secret")
    after = _scrape(central)
    assert _value(after, "wijkdesk_requests_total", method="GET", route="other", status="404") >= 1
    for word in ("anna", "Fatima", "Amrani", "Zo", secret_row, info.id, dev.device_id, "nonsense"):
        assert word not in after


def test_rejection_reasons_fall_into_a_few_categories():
    assert metrics.reason_category("unknown table 'x'") == "unknown_table"
    assert metrics.reason_category("client 1234 is outside your scope") == "out_of_scope"
    assert metrics.reason_category("field 'client.bsn': not a valid BSN") == "invalid_value"
    assert metrics.reason_category("something new") == "other"
    assert metrics.reason_category(None) == "other"
