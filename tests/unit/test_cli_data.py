import json

import pytest

from desktop.cli import main
from desktop.services.transfer import IMPORT_COLUMNS

HEADER = ";".join(IMPORT_COLUMNS)
GOOD = "111222333;Jan;van den;Berg;01-02-1980;06-12345678;;Hoogstraat;12;;3011 AB;Rotterdam;active;01-01-2024;"
BAD = "123456789;Piet;;Jansen;;;;;;;9999;;;;"


@pytest.fixture
def data_dir(tmp_path):
    return str(tmp_path / "data")


def run(data_dir, *args):
    return main(["--data-dir", data_dir, *args])


def test_demo_data_then_export(data_dir, tmp_path, capsys):
    assert run(data_dir, "demo-data", "--clients", "12", "--seed", "1") == 0
    out = capsys.readouterr().out
    assert out.startswith("12 werkzoekenden gemaakt") and "wachten op synchronisatie" in out
    csv_path = tmp_path / "c.csv"
    assert run(data_dir, "export", "caseload", "-o", str(csv_path)) == 0
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 13
    bsn = lines[1].split(";")[0]
    dossier = tmp_path / "d.json"
    assert run(data_dir, "export", "dossier", bsn, "-o", str(dossier)) == 0
    data = json.loads(dossier.read_text(encoding="utf-8"))
    assert data["client"]["bsn"] == bsn and len(data["conversations"]) >= 3
    assert [e["purpose"] for e in data["audit_events"]] == ["demo"]


def test_demo_data_usage(data_dir, capsys):
    assert run(data_dir, "demo-data", "--clients", "0") == 2
    assert "--clients" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        run(data_dir, "demo-data")
    assert exc.value.code == 2


def test_import_all_or_nothing(data_dir, tmp_path, capsys):
    f = tmp_path / "in.csv"
    f.write_text("\n".join([HEADER, GOOD, BAD]) + "\n", encoding="utf-8")
    assert run(data_dir, "import", "clients", str(f)) == 1
    err = capsys.readouterr().err
    assert "regel 3, bsn: Dit is geen geldig BSN. Controleer de cijfers." in err
    assert "regel 3, postcode:" in err and "Er is niets geïmporteerd" in err
    assert run(data_dir, "export", "caseload", "-o", str(tmp_path / "c.csv")) == 0
    assert len((tmp_path / "c.csv").read_text(encoding="utf-8-sig").splitlines()) == 1

    assert run(data_dir, "import", "clients", str(f), "--skip-invalid") == 0
    captured = capsys.readouterr()
    assert "1 geïmporteerd, 1 overgeslagen" in captured.out and "regel 3, bsn:" in captured.err
    # importing the same file again: the BSN is now in the caseload
    assert run(data_dir, "import", "clients", str(f)) == 1
    assert "regel 2, bsn: er staat al iemand met dit BSN in de caseload." in capsys.readouterr().err


@pytest.mark.parametrize(("content", "fragment"), [
    (b"", "leeg"),
    (b"bsn;naam\n1;2\n", "onbekende kolommen: naam"),
    (b"\xff\xfeb\x00s\x00n\x00", "UTF-16"),
    (b"PK\x03\x04\x14\x00\x06\x00", "geen CSV"),
    ("bsn,first_name\n".encode("cp1252") + "1,Jérôme\n".encode("cp1252"), "UTF-8"),
])
def test_import_unusable_file_exit_1(data_dir, tmp_path, capsys, content, fragment):
    f = tmp_path / "x.csv"
    f.write_bytes(content)
    assert run(data_dir, "import", "clients", str(f)) == 1
    assert fragment in capsys.readouterr().err


def test_import_missing_file(data_dir, tmp_path, capsys):
    assert run(data_dir, "import", "clients", str(tmp_path / "nope.csv")) == 1
    assert "bestaat niet" in capsys.readouterr().err


def test_dossier_errors(data_dir, tmp_path, capsys):
    assert run(data_dir, "export", "dossier", "123456789", "-o", str(tmp_path / "d.json")) == 1
    assert capsys.readouterr().err.strip() == "Dit is geen geldig BSN. Controleer de cijfers."
    assert run(data_dir, "export", "dossier", "111222333", "-o", str(tmp_path / "d.json")) == 1
    assert capsys.readouterr().err.strip() == "Geen werkzoekende met dit BSN in dit bestand."
    assert not (tmp_path / "d.json").exists()


def test_export_into_missing_folder(data_dir, tmp_path, capsys):
    assert run(data_dir, "export", "caseload", "-o", str(tmp_path / "no" / "c.csv")) == 1
    assert "bestaat niet" in capsys.readouterr().err


def test_demo_data_refuses_real_caseload(data_dir, tmp_path, capsys):
    f = tmp_path / "in.csv"
    f.write_text("\n".join([HEADER, GOOD]) + "\n", encoding="utf-8")
    assert run(data_dir, "import", "clients", str(f)) == 0
    assert run(data_dir, "demo-data", "--clients", "3") == 1
    assert "echte werkzoekenden" in capsys.readouterr().err
