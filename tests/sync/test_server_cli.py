"""`wijkdesk-server` commands and the instrument CSV parser."""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from sync.catalogue_csv import (
    CatalogueFileError,
    instrument_id,
    parse_instruments,
    read_taxonomy_csv,
    taxonomy_id,
)
from sync.server.app import create_app
from sync.server.cli import main
from sync.server.db import Store

RESOURCES = Path(__file__).resolve().parents[2] / "desktop" / "resources"
TAXONOMY_CSV = RESOURCES / "taxonomy.csv"
DEMO_INSTRUMENTS_CSV = RESOURCES / "instruments_demo.csv"


@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'central.db'}"


def run(capsys, db, *args):
    code = main(["--db", db, *args])
    out, err = capsys.readouterr()
    return code, out, err


def records(db, table):
    store = Store(db)
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT row_id, data FROM record WHERE table_name=:t"), {"t": table}).all()
    store.dispose()
    return {r: json.loads(d) for r, d in rows}


def elfproef(bsn: str) -> bool:
    digits = [int(c) for c in bsn]
    return len(digits) == 9 and (sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=False)) - digits[8]) % 11 == 0


def test_user_add_prints_the_token_alone_on_the_last_line(capsys, db):
    code, out, _ = run(capsys, db, "user", "add", "anna", "--role", "coach", "--team", "Feijenoord",
                       "--display-name", "Anna de Wit", "--email", "anna@example.nl")
    assert code == 0
    token = out.rstrip("\n").splitlines()[-1]
    assert re.fullmatch(r"[A-Za-z0-9_\-]{40,}", token)
    assert token not in out.rstrip("\n").splitlines()[-2]
    app = create_app(db)
    client = TestClient(app)
    r = client.post("/auth/login", json={"username": "anna", "device_id": str(uuid.uuid4()), "device_name": "pc"},
                    headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200 and r.json()["role"] == "coach"
    app.state.store.dispose()
    assert run(capsys, db, "user", "add", "anna", "--role", "coach", "--team", "Feijenoord")[0] == 1
    code, out, _ = run(capsys, db, "user", "list")
    assert code == 0 and "anna" in out and "Feijenoord" in out and token not in out
    users = records(db, "user")
    (u,) = users.values()
    assert u["display_name"] == "Anna de Wit" and "token" not in json.dumps(u)


def test_bad_usage_is_exit_2(capsys, db):
    assert run(capsys, db, "user", "add", "x", "--role", "boss", "--team", "T")[0] == 2
    assert run(capsys, db, "frobnicate")[0] == 2
    assert run(capsys, db, "serve", "--host", "0.0.0.0")[0] == 2
    assert run(capsys, db, "device", "revoke")[0] == 2


def test_seed_demo_with_specialist(capsys, db):
    code, out, _ = run(capsys, db, "seed-demo", "--coach", "anna", "--clients", "12", "--specialist", "sam",
                       "--seed", "7")
    assert code == 0
    lines = out.strip().splitlines()
    assert [line.split(":")[0] for line in lines if line.startswith("token ")] == [
        "token anna", "token sam", "token teamleider.wijkteam-feijenoord", "token verzuimteam.wijkteam-feijenoord"]
    clients = records(db, "client")
    assert len(clients) == 12
    for c in clients.values():
        assert elfproef(c["bsn"]), c["bsn"]
        assert re.fullmatch(r"30\d\d [A-Z]{2}", c["postcode"]) and c["city"] == "Rotterdam"
    users = {u["username"]: rid for rid, u in records(db, "user").items()}
    placements = records(db, "placement")
    assert placements and all(p["specialist_id"] == users["sam"] for p in placements.values())
    agreements = list(records(db, "agreement").values())
    engaged = {p["client_id"] for p in placements.values()}
    for cid in engaged:
        flags = {a["shared_with_specialists"] for a in agreements if a["client_id"] == cid}
        assert flags == {True, False}
    assert any(c["internal_notes"] and c["summary_for_client"] for c in records(db, "conversation").values())
    assert any(c["name_prefix"] for c in clients.values())
    assert any(any(ord(ch) > 127 for ch in c["first_name"] + c["last_name"]) for c in clients.values())
    assert records(db, "instrument") and records(db, "taxonomy_item")
    # again: users exist, so no tokens are printed; catalogue not duplicated
    code, out, _ = run(capsys, db, "seed-demo", "--coach", "anna", "--clients", "2", "--specialist", "sam")
    assert code == 0 and "token" not in out
    assert len(records(db, "instrument")) == len(DEMO_INSTRUMENTS_CSV.read_text("utf-8").strip().splitlines()) - 1


def test_seed_demo_uses_the_desktops_catalogue_with_derived_ids(capsys, db):
    """The central demo has the vocabulary the desktop ships, with the ids a desktop derives from the codes."""
    assert run(capsys, db, "seed-demo", "--coach", "anna", "--clients", "6", "--specialist", "sam",
               "--seed", "2")[0] == 0
    shipped = read_taxonomy_csv(TAXONOMY_CSV)
    taxonomy = records(db, "taxonomy_item")
    assert {t["code"] for t in taxonomy.values()} == {t.code for t in shipped}
    assert all(rid == taxonomy_id(t["code"]) for rid, t in taxonomy.items())
    assert {t["label_en"] for t in taxonomy.values()} == {t.label_en for t in shipped}
    instruments = records(db, "instrument")
    csv_codes = {r.code for _, r in parse_instruments(DEMO_INSTRUMENTS_CSV.read_text("utf-8")).rows}
    assert {i["code"] for i in instruments.values()} == csv_codes
    assert all(rid == instrument_id(i["code"]) for rid, i in instruments.items())
    codes = {t.code for t in shipped}
    assert all(set(i["target_codes"].split()) <= codes and i["description"] for i in instruments.values())
    assert {p["taxonomy_code"] for p in records(db, "profile_entry").values()} <= codes
    placements = records(db, "placement").values()
    assert placements and all(p["instrument_id"] in instruments and instruments[p["instrument_id"]]["active"]
                              and set(p["goal_codes"].split()) <= codes for p in placements)
    # the import of the same file afterwards updates those rows (same codes), it adds none
    code, out, _ = run(capsys, db, "instruments", "import", str(DEMO_INSTRUMENTS_CSV))
    assert code == 0 and "0 new" in out
    assert records(db, "instrument").keys() == instruments.keys()


def test_transfer_deputy_and_devices_by_cli(capsys, db):
    run(capsys, db, "seed-demo", "--coach", "anna", "--clients", "3", "--seed", "1")
    run(capsys, db, "user", "add", "bert", "--role", "coach", "--team", "Feijenoord")
    bsn = next(iter(records(db, "client").values()))["bsn"]
    code, out, _ = run(capsys, db, "caseload", "transfer", "--client", bsn, "--to", "bert")
    assert code == 0 and "1 client" in out
    assert run(capsys, db, "caseload", "transfer", "--client", "000000000", "--to", "bert")[0] == 1
    code, out, _ = run(capsys, db, "caseload", "transfer", "--from", "anna", "--to", "bert")
    assert code == 0 and "2 client" in out
    users = {u["username"]: rid for rid, u in records(db, "user").items()}
    assert {c["coach_id"] for c in records(db, "client").values()} == {users["bert"]}
    assert run(capsys, db, "deputy", "add", "--coach", "bert", "--deputy", "anna")[0] == 0
    assert run(capsys, db, "deputy", "add", "--coach", "bert", "--deputy", "anna")[0] == 1
    assert run(capsys, db, "deputy", "remove", "--coach", "bert", "--deputy", "anna")[0] == 0
    assert run(capsys, db, "deputy", "remove", "--coach", "bert", "--deputy", "anna")[0] == 1
    assert run(capsys, db, "device", "revoke", str(uuid.uuid4()))[0] == 1
    assert run(capsys, db, "device", "list")[0] == 0
    code, out, _ = run(capsys, db, "device", "revoke", "--user", "anna")
    assert code == 0 and "revoked 0" in out


CSV_OK = """code;name;provider;description;target_codes;min_age;max_age;duration_weeks;places_left;active
RI.Werkfit;Werkfit traject;Rotterdam Inclusief;"Werkritme; vaardigheden";s.digital q.persistent;18;67;12;5;ja
jl.start;Startklaar;Jongerenloket;;q.reliable;16;27;8;;nee
"""


def test_instruments_csv_parser_names_each_malformed_line():
    """The server's import uses the one parser (sync.catalogue_csv): the desktop's rules, Dutch messages."""
    parsed = parse_instruments(CSV_OK)
    assert parsed.errors == []
    (l1, r1), (l2, r2) = parsed.rows
    assert (l1, l2) == (2, 3)
    assert r1.code == "ri.werkfit" and r1.record()["target_codes"] == "s.digital q.persistent" and r1.active
    assert r1.description == "Werkritme; vaardigheden"
    assert not r2.active and r2.places_left is None and r2.record()["description"] == ""
    bad = ("code,name,provider,min_age,max_age,active,target_codes\n"
           "a1,Goed,W&I,18,67,ja,s.x\n"
           ",Zonder code,W&I,18,67,ja,s.x\n"
           "a2,Leeftijd,W&I,30,20,ja,s.x\n"
           "a3,Getal,W&I,achttien,67,ja,s.x\n"
           "a1,Dubbel,W&I,18,67,ja,s.x\n"
           "a4,Vlag,W&I,18,67,misschien,s.x\n"
           "a5,Te weinig\n"
           "a6,Onbekende code,W&I,18,67,ja,s.onbekend\n"
           "a7,Geen aanbieder,,18,67,ja,s.x\n"
           "a8,Geen doel,W&I,18,67,ja,\n"
           "a9,Geen code,W&I,18,67,ja,s.x!\n")
    parsed = parse_instruments(bad, known_codes={"s.x"})
    found = {(e.line, e.column) for e in parsed.errors}
    assert found == {(3, "code"), (4, "max_age"), (5, "min_age"), (6, "code"), (7, "active"), (8, None),
                     (9, "target_codes"), (10, "provider"), (11, "target_codes"), (12, "target_codes")}
    by = {(e.line, e.column): str(e) for e in parsed.errors}
    assert by[(9, "target_codes")] == "regel 9, target_codes: onbekend in de taxonomie: s.onbekend."
    assert by[(6, "code")] == "regel 6, code: de code a1 staat ook op regel 2."
    with pytest.raises(CatalogueFileError, match="ontbrekende kolommen: name, provider, target_codes") as exc:
        parse_instruments("naam,code\nx,y\n")
    assert exc.value.line == 1


def test_instruments_csv_messages_follow_the_translate_function():
    english = {"de naam is verplicht.": "the name is required.", "regel {line}, {column}: {message}":
               "line {line}, {column}: {message}"}
    parsed = parse_instruments("code,name,provider,target_codes\na,,W&I,s.x\n",
                               translate=lambda _ctx, text: english.get(text, text))
    (e,) = parsed.errors
    assert e.message == "the name is required."
    assert e.format(lambda _ctx, text: english.get(text, text)) == "line 2, name: the name is required."
    assert str(e) == "regel 2, name: the name is required."


def test_instruments_import_is_all_or_nothing(capsys, db, tmp_path):
    good = tmp_path / "ok.csv"
    good.write_text("\ufeff" + CSV_OK, encoding="utf-8")
    broken = tmp_path / "bad.csv"
    broken.write_text(CSV_OK + "x9;;W&I;;s.digital;;;;;\n", encoding="utf-8")
    run(capsys, db, "migrate")
    code, _, err = run(capsys, db, "instruments", "import", str(broken))
    assert code == 1 and "regel 4, name: de naam is verplicht." in err
    assert records(db, "instrument") == {}
    code, out, _ = run(capsys, db, "instruments", "import", str(good))
    assert code == 0 and "2 new" in out
    code, out, _ = run(capsys, db, "instruments", "import", str(good))
    assert code == 0 and "0 new, 0 changed" in out
    instruments = records(db, "instrument")
    assert {rid: i["code"] for rid, i in instruments.items()} == {instrument_id("ri.werkfit"): "ri.werkfit",
                                                                  instrument_id("jl.start"): "jl.start"}
    assert run(capsys, db, "instruments", "import", str(tmp_path / "missing.csv"))[0] == 1
    latin = tmp_path / "latin.csv"
    latin.write_bytes("code,name,provider,target_codes\nx,Caf\u00e9,W&I,s.x\n".encode("latin-1"))
    code, _, err = run(capsys, db, "instruments", "import", str(latin))
    assert code == 1 and "UTF-8" in err
    header_only = tmp_path / "header.csv"
    header_only.write_text("code,name,provider,target_codes\n", encoding="utf-8")
    code, _, err = run(capsys, db, "instruments", "import", str(header_only))
    assert code == 1 and "alleen een kopregel" in err
