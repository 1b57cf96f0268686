from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.models.entities import AuditEvent, Client, OutboxMutation
from desktop.services.caseload import CaseloadService
from desktop.services.transfer import IMPORT_COLUMNS, TransferError, import_clients

HEADER = ",".join(IMPORT_COLUMNS)
GOOD = [
    "111222333,Jan,van den,Berg,1980-02-01,06-12345678,jan@example.nl,Hoogstraat,12,,3011ab,Rotterdam,active,2024-01-01,",
    "123456782,Ayşe,,Yılmaz,15-06-1990,,,Beijerlandselaan,7,B,3074 EK,Rotterdam,applicant,,",
]


def write(tmp_path: Path, lines: list[str], *, name="in.csv", encoding="utf-8", header=HEADER) -> Path:
    path = tmp_path / name
    path.write_text("\n".join([header, *lines]) + "\n", encoding=encoding)
    return path


def _bsns(store):
    with store.db.session() as s:
        return sorted(s.scalars(select(Client.bsn)))


def test_valid_file_imports_everything(store, actor, tmp_path):
    result = import_clients(store.db, actor, write(tmp_path, GOOD), skip_invalid=False)
    assert (result.rows, result.imported, result.errors) == (2, 2, [])
    assert result.summary() == "2 geïmporteerd, 0 overgeslagen"
    details = CaseloadService(store.db, actor).find_by_bsn("123456782")
    assert (details.first_name, details.last_name, str(details.date_of_birth)) == ("Ayşe", "Yılmaz", "1990-06-15")
    assert details.postcode == "3074 EK" and details.house_number_suffix == "B" and details.coach_id == actor.user_id
    with store.db.session() as s:
        assert len(s.scalars(select(OutboxMutation).where(OutboxMutation.table_name == "client")).all()) == 2
        assert {e.purpose for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "create"))} == {"import"}


@pytest.mark.parametrize(("cells", "column", "fragment"), [
    ({0: "123456789"}, "bsn", "geen geldig BSN"),
    ({0: ""}, "bsn", "verplicht"),
    ({1: ""}, "first_name", "verplicht"),
    ({3: "B3rg"}, "last_name", "cijfers"),
    ({4: "31-02-1980"}, "date_of_birth", "datum"),
    ({4: "01-01-2090"}, "date_of_birth", "toekomst"),
    ({5: "bel me"}, "phone", "telefoonnummer"),
    ({6: "jan@"}, "email", "e-mailadres"),
    ({8: "12a"}, "house_number", "huisnummer"),
    ({10: "3011"}, "postcode", "1234 AB"),
    ({12: "misschien"}, "benefit_status", "uitkeringsstatus"),
    ({13: "2024-05-01", 14: "2024-01-01"}, "benefit_end", "voor de begindatum"),
])
def test_each_rule_reported_with_line_and_field(store, actor, tmp_path, cells, column, fragment):
    cols = GOOD[1].split(",")
    for i, v in cells.items():
        cols[i] = v
    path = write(tmp_path, [GOOD[0], ",".join(cols)])
    result = import_clients(store.db, actor, path, skip_invalid=False)
    assert [(e.line, e.column) for e in result.errors] == [(3, column)]
    assert fragment in result.errors[0].message
    assert str(result.errors[0]).startswith(f"regel 3, {column}: ")
    assert _bsns(store) == []  # all or nothing


def test_all_errors_of_all_rows_listed(store, actor, tmp_path):
    bad1 = "123456789,Piet,,Jansen,1980-13-01,,,,,,,,,,"
    bad2 = "111222334,,,Visser,,,,,,,99,,,,"
    result = import_clients(store.db, actor, write(tmp_path, [bad1, GOOD[0], "", bad2]), skip_invalid=False)
    assert [(e.line, e.column) for e in result.errors] == [
        (2, "bsn"), (2, "date_of_birth"), (5, "bsn"), (5, "first_name"), (5, "postcode")]
    assert result.imported == 0 and _bsns(store) == []


def test_skip_invalid_imports_valid_rows(store, actor, tmp_path):
    bad = "123456789,Piet,,Jansen,,,,,,,,,,,"
    result = import_clients(store.db, actor, write(tmp_path, [GOOD[0], bad, GOOD[1]]), skip_invalid=True)
    assert result.imported == 2 and [e.line for e in result.errors] == [3]
    assert result.summary() == "2 geïmporteerd, 1 overgeslagen"
    assert _bsns(store) == ["111222333", "123456782"]


def test_semicolons_dd_mm_yyyy_and_bom(store, actor, tmp_path):
    lines = [";".join(["111222333", "Anouk", "de", "Vries", "03-04-1985", "", "", "Slinge", "5", "", "3085 AB",
                       "Rotterdam", "lopend", "01-09-2023", ""])]
    path = write(tmp_path, lines, encoding="utf-8-sig", header=";".join(IMPORT_COLUMNS))
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    result = import_clients(store.db, actor, path, skip_invalid=False)
    assert result.imported == 1 and not result.errors
    c = CaseloadService(store.db, actor).find_by_bsn("111222333")
    assert (c.name_prefix, str(c.date_of_birth), c.benefit_status, str(c.benefit_start)) == \
        ("de", "1985-04-03", "active", "2023-09-01")


def test_commas_inside_quotes_and_crlf(store, actor, tmp_path):
    path = tmp_path / "excel.csv"
    row = '111222333,Jan,,Berg,,,,"Straat, achterhuis",1,,,Rotterdam,,,'
    path.write_bytes(("\r\n".join([HEADER, row]) + "\r\n").encode())
    result = import_clients(store.db, actor, path, skip_invalid=False)
    assert result.imported == 1
    assert CaseloadService(store.db, actor).find_by_bsn("111222333").street == "Straat, achterhuis"


def test_duplicate_bsn_in_file_and_in_caseload(store, actor, tmp_path):
    CaseloadService(store.db, actor).create({"bsn": "123456782", "first_name": "Al", "last_name": "Bestaand"})
    again = GOOD[0].replace("Jan", "Johan")
    result = import_clients(store.db, actor, write(tmp_path, [GOOD[0], GOOD[1], again]), skip_invalid=True)
    assert [(e.line, e.column) for e in result.errors] == [(3, "bsn"), (4, "bsn")]
    assert "caseload" in result.errors[0].message and "regel 2" in result.errors[1].message
    assert result.imported == 1 and result.summary() == "1 geïmporteerd, 2 overgeslagen"


def test_wrong_number_of_fields(store, actor, tmp_path):
    result = import_clients(store.db, actor, write(tmp_path, [GOOD[0] + ",extra"]), skip_invalid=False)
    assert [(e.line, e.column) for e in result.errors] == [(2, None)]
    assert str(result.errors[0]).startswith("regel 2: deze regel heeft 16 velden")


@pytest.mark.parametrize(("header", "names"), [
    (HEADER.replace(",email", ""), ["ontbrekende kolommen: email"]),
    (HEADER + ",opmerking", ["onbekende kolommen: opmerking"]),
    (HEADER.replace("first_name", "voornaam"), ["onbekende kolommen: voornaam", "ontbrekende kolommen: first_name"]),
    (HEADER + ",bsn", ["dubbele kolommen: bsn"]),
])
def test_bad_header_names_the_columns(store, actor, tmp_path, header, names):
    path = write(tmp_path, [GOOD[0]], header=header)
    with pytest.raises(TransferError) as err:
        import_clients(store.db, actor, path, skip_invalid=False)
    for name in names:
        assert name in str(err.value)
    assert _bsns(store) == []


def test_header_is_case_and_space_tolerant(store, actor, tmp_path):
    header = ", ".join(c.upper() for c in IMPORT_COLUMNS)
    assert import_clients(store.db, actor, write(tmp_path, GOOD, header=header), skip_invalid=False).imported == 2


@pytest.mark.parametrize(("content", "fragment"), [
    (b"", "leeg"),
    (b"\xef\xbb\xbf\r\n  \n", "leeg"),
    (HEADER.encode() + b"\n", "alleen een kopregel"),
    (HEADER.encode() + b"\n111222333,J\xe9r\xf4me,,Berg,,,,,,,,,,,\n", "UTF-8"),
    (b"%PDF-1.4\x00\x01\x02binary", "geen CSV"),
    (b"Dit is gewoon een brief.\nMet zinnen.\n", "geen CSV"),
])
def test_unusable_files(store, actor, tmp_path, content, fragment):
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(TransferError) as err:
        import_clients(store.db, actor, path, skip_invalid=True)
    assert fragment in str(err.value)


def test_missing_file(store, actor, tmp_path):
    with pytest.raises(TransferError, match="bestaat niet"):
        import_clients(store.db, actor, tmp_path / "nope.csv", skip_invalid=False)
