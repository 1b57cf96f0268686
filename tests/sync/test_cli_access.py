"""Issue 13 on the desktop's command line: TLS-only transport, a revoked device wiped at sign-in, refused export."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from desktop.cli import main
from sync.server import users
from sync.transport import url_problem


@pytest.mark.parametrize(("url", "ok"), [
    ("https://wijkdesk.rotterdam.nl", True), ("http://127.0.0.1:8765", True), ("http://localhost:8765", True),
    ("http://[::1]:8765", True), ("http://wijkdesk.rotterdam.nl", False), ("http://10.0.0.5:8765", False),
    ("ftp://wijkdesk.rotterdam.nl", False), ("wijkdesk.rotterdam.nl", False)])
def test_plain_http_only_to_this_machine(url, ok):
    assert (url_problem(url) is None) == ok


def test_plain_http_to_this_machine_loads_no_roots_and_trusts_nothing(monkeypatch):
    """http:// (this machine only) needs no certificates: its client gets a TLS context that verifies and holds
    no roots, so TLS by mistake fails closed; https:// keeps the default roots or the given CA bundle."""
    import ssl

    import httpx

    from sync import transport

    made: list[object] = []
    real = httpx.Client
    monkeypatch.setattr(httpx, "Client", lambda **kw: made.append(kw["verify"]) or real(**kw))
    transport.client("http://127.0.0.1:8765").close()
    plain = made[-1]
    assert isinstance(plain, ssl.SSLContext)
    assert plain.verify_mode == ssl.CERT_REQUIRED and plain.check_hostname
    assert plain.cert_store_stats()["x509_ca"] == 0
    transport.client("https://wijkdesk.rotterdam.nl").close()
    assert made[-1] is True  # httpx's default roots, verified


def _login(data, central, token, monkeypatch, *extra):
    monkeypatch.setattr("sys.stdin", io.StringIO(token + "\n"))
    return main(["--data-dir", str(data), "login", "--server", str(central.http.base_url), "--user", "anna",
                 "--token-stdin", *extra])


def test_login_refuses_plain_http_and_a_missing_ca_bundle(central_http, tmp_path, monkeypatch, capsys):
    _info, token = central_http.user("anna")
    monkeypatch.setattr("sys.stdin", io.StringIO(token + "\n"))
    assert main(["--data-dir", str(tmp_path / "a"), "login", "--server", "http://wijkdesk.example.nl", "--user",
                 "anna", "--token-stdin"]) == 1
    assert "https://" in capsys.readouterr().err
    assert _login(tmp_path / "a", central_http, token, monkeypatch, "--ca-bundle", str(tmp_path / "geen.pem")) == 1
    assert "CA-bestand" in capsys.readouterr().err


def test_login_on_a_revoked_device_wipes_it(central_http, tmp_path, monkeypatch, capsys):
    _info, token = central_http.user("anna")
    data = tmp_path / "anna"
    assert _login(data, central_http, token, monkeypatch) == 0
    assert main(["--data-dir", str(data), "demo-data", "--clients", "2", "--seed", "1"]) == 0
    assert main(["--data-dir", str(data), "sync"]) == 0
    assert (data / "wijkdesk.db").exists()
    users.disable_user(central_http.store, "anna")
    capsys.readouterr()
    assert _login(data, central_http, token, monkeypatch) == 1
    assert "gewist" in capsys.readouterr().err
    assert not (data / "wijkdesk.db").exists()


def test_disabled_user_is_told_so(central_http, tmp_path, monkeypatch, capsys):
    _info, token = central_http.user("anna")
    users.disable_user(central_http.store, "anna")
    assert _login(tmp_path / "new", central_http, token, monkeypatch) == 1
    assert "geblokkeerd" in capsys.readouterr().err


def test_export_refused_command(tmp_path, capsys):
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "demo-data", "--clients", "1", "--seed", "1"]) == 0
    out = Path(tmp_path / "refused.json")
    assert main(["--data-dir", str(data), "export", "refused", "-o", str(out)]) == 0
    assert json.loads(out.read_text()) == {"refused_changes": []}
    assert "0 geweigerde" in capsys.readouterr().out


def test_export_then_sync_leaves_a_central_trace_and_exits_0(central_http, tmp_path, monkeypatch, capsys):
    """An export's audit event has no client: the central store takes it (it used to refuse it, exit 1)."""
    _info, token = central_http.user("anna")
    data = tmp_path / "anna"
    assert _login(data, central_http, token, monkeypatch) == 0
    assert main(["--data-dir", str(data), "demo-data", "--clients", "3", "--seed", "1"]) == 0
    assert main(["--data-dir", str(data), "export", "caseload", "-o", str(tmp_path / "c.csv")]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "sync", "--json"]) == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert out["rejected"] == 0
    rows = central_http.rows("SELECT username, entity, client_id FROM audit_log WHERE action = 'export'")
    assert [tuple(r) for r in rows] == [("anna", "caseload", None)]
