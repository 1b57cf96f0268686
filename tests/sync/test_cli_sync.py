"""`wijkdesk login` and `wijkdesk sync --json` over the real HTTP stack (uvicorn on 127.0.0.1)."""

from __future__ import annotations

import io
import json

import pytest

from desktop.cli import main


@pytest.fixture
def anna(central_http):
    info, token = central_http.user("anna")
    return central_http, token


def test_login_demo_data_and_sync_json(anna, tmp_path, monkeypatch, capsys):
    central, token = anna
    data = str(tmp_path / "anna")
    monkeypatch.setattr("sys.stdin", io.StringIO(token + "\n"))
    assert main(["--data-dir", data, "login", "--server", central.url if central.url.startswith("http")
                 else str(central.http.base_url), "--user", "anna", "--token-stdin"]) == 0
    assert "Aangemeld als anna" in capsys.readouterr().out
    assert main(["--data-dir", data, "demo-data", "--clients", "8", "--seed", "2"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "sync", "--json"]) == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert {"pushed", "applied", "conflicts", "rejected", "pulled", "removed", "seconds"} <= set(out)
    assert out["pushed"] == out["applied"] + out["conflicts"] + out["rejected"]
    assert out["rejected"] == 0 and out["pushed"] > 8 and out["pending"] == 0
    assert central.scalar("SELECT count(*) FROM record WHERE table_name='client'") == 8
    assert main(["--data-dir", data, "sync", "--json"]) == 0
    again = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert again["pushed"] == 0 and again["rejected"] == 0


def test_wrong_token_and_unreachable_server_fail_clearly(anna, tmp_path, monkeypatch, capsys):
    central, _token = anna
    data = str(tmp_path / "x")
    monkeypatch.setattr("sys.stdin", io.StringIO("not-the-token\n"))
    assert main(["--data-dir", data, "login", "--server", str(central.http.base_url), "--user", "anna",
                 "--token-stdin"]) == 1
    assert "geweigerd" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("t\n"))
    assert main(["--data-dir", data, "login", "--server", "http://127.0.0.1:9", "--user", "anna",
                 "--token-stdin"]) == 1
    assert "niet bereikbaar" in capsys.readouterr().err
    assert main(["--data-dir", data, "sync"]) == 1
    assert "nog niet aangemeld" in capsys.readouterr().err


def test_offline_work_before_the_first_sign_in_is_adopted(anna, tmp_path, monkeypatch, capsys):
    central, token = anna
    data = str(tmp_path / "offline-first")
    assert main(["--data-dir", data, "demo-data", "--clients", "5", "--seed", "4"]) == 0  # no sign-in yet
    monkeypatch.setattr("sys.stdin", io.StringIO(token + "\n"))
    assert main(["--data-dir", data, "login", "--server", str(central.http.base_url), "--user", "anna",
                 "--token-stdin"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", data, "sync", "--json"]) == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert out["rejected"] == 0 and out["pending"] == 0
    assert central.scalar("SELECT count(*) FROM record WHERE table_name='client'") == 5
