"""The catalogue CSV parser (sync.catalogue_csv, reached from the desktop through parse_instrument_csv):
every malformed line is named with its column and reason."""

from __future__ import annotations

import pytest

from desktop import i18n
from desktop.services import catalogue, taxonomy
from desktop.services.catalogue import filter_instruments, parse_instrument_csv
from desktop.services.errors import ServiceError
from desktop.services.taxonomy import DEMO_INSTRUMENTS_CSV, TAXONOMY_CSV, parse_taxonomy_csv
from desktop.services.transfer import TransferError
from sync import catalogue_csv

KNOWN = {"s.digital", "s.applying", "a.work_rhythm", "d.logistics"}
HEADER = "code,name,provider,description,target_codes,min_age,max_age,duration_weeks,places_left,active\n"


def test_shipped_resources_parse_cleanly():
    taxonomy = parse_taxonomy_csv(TAXONOMY_CSV.read_text("utf-8"))
    assert 38 <= len(taxonomy) <= 48
    assert {t.domain for t in taxonomy} == {"quality", "skill", "attention", "circumstance", "direction"}
    assert all(t.label_en for t in taxonomy)
    parsed = parse_instrument_csv(DEMO_INSTRUMENTS_CSV.read_text("utf-8"), {t.code for t in taxonomy})
    assert parsed.errors == []
    assert len(parsed.rows) >= 15
    assert {r.provider for _, r in parsed.rows} == {"W&I", "Rotterdam Inclusief", "Jongerenloket", "Prestatie010"}


def test_a_valid_file_semicolons_any_column_order():
    text = ("name;code;provider;target_codes;min_age;max_age;places_left;active\n"
            "Digitaal vaardig;wi.digi;W&I;s.digital  s.applying;18;67;;ja\n"
            "Oud;wi.oud;W&I;s.digital;;;0;nee\n")
    parsed = parse_instrument_csv(text, KNOWN)
    assert parsed.errors == []
    (l1, r1), (l2, r2) = parsed.rows
    assert (l1, l2) == (2, 3)
    assert r1.target_codes == ("s.digital", "s.applying") and r1.places_left is None and r1.active
    assert r2.places_left == 0 and not r2.active and r2.min_age is None


def test_each_malformed_line_is_named_with_column_and_reason():
    text = HEADER + "\n".join([
        "wi.ok,Goed,W&I,,s.digital,18,67,8,5,ja",                  # 2 fine
        ",Zonder code,W&I,,s.digital,18,67,8,5,ja",               # 3 code missing
        "wi.x,,W&I,,s.digital,18,67,8,5,ja",                      # 4 name missing
        "wi.y,Naam,,,s.digital,18,67,8,5,ja",                     # 5 provider missing
        "wi.z,Naam,W&I,,s.onbekend,18,67,8,5,ja",                 # 6 unknown target
        "wi.a,Naam,W&I,,,18,67,8,5,ja",                           # 7 no targets
        "wi.b,Naam,W&I,,s.digital,achttien,67,8,5,ja",            # 8 age not a number
        "wi.c,Naam,W&I,,s.digital,30,20,8,5,ja",                  # 9 min > max
        "wi.d,Naam,W&I,,s.digital,18,67,0,5,ja",                  # 10 duration 0
        "wi.e,Naam,W&I,,s.digital,18,67,8,-1,ja",                 # 11 negative places
        "wi.f,Naam,W&I,,s.digital,18,67,8,5,misschien",           # 12 active?
        "wi.ok,Dubbel,W&I,,s.digital,18,67,8,5,ja",               # 13 duplicate code
        "wi.g,Naam, met komma,W&I,,s.digital,18,67,8,5,ja",       # 14 too many fields
        "WI G!,Naam,W&I,,s.digital,18,67,8,5,ja",                 # 15 bad code
    ]) + "\n"
    parsed = parse_instrument_csv(text, KNOWN, "cat.csv")
    assert [code for _, code in [(1, r.code) for _, r in parsed.rows]] == ["wi.ok"]
    found = {(e.line, e.column) for e in parsed.errors}
    assert found == {(3, "code"), (4, "name"), (5, "provider"), (6, "target_codes"), (7, "target_codes"),
                     (8, "min_age"), (9, "max_age"), (10, "duration_weeks"), (11, "places_left"), (12, "active"),
                     (13, "code"), (14, None), (15, "code")}
    by = {(e.line, e.column): str(e) for e in parsed.errors}
    assert by[(6, "target_codes")] == "regel 6, target_codes: onbekend in de taxonomie: s.onbekend."
    assert "regel 13" in by[(13, "code")] and "regel 2" in by[(13, "code")]
    assert "11 velden" in by[(14, None)]
    assert "'achttien' is geen heel getal" in by[(8, "min_age")]


def test_empty_lines_are_skipped_but_counted_in_line_numbers():
    text = HEADER + "\n" + "wi.a,Naam,W&I,,s.bad,,,,,\n"
    parsed = parse_instrument_csv(text, KNOWN)
    assert [(e.line, e.column) for e in parsed.errors] == [(3, "target_codes")]


@pytest.mark.parametrize("text, fragment", [
    ("", "leeg"),
    (HEADER, "alleen een kopregel"),
    ("code,name,target_codes\nwi.a,Naam,s.digital\n", "ontbrekende kolommen: provider"),
    ("code,name,provider,target_codes,kleur\nwi.a,N,W&I,s.digital,rood\n", "onbekende kolommen: kleur"),
])
def test_unusable_files(text, fragment):
    with pytest.raises(TransferError, match=fragment):
        parse_instrument_csv(text, KNOWN)


def test_unknown_targets_are_only_checked_with_a_taxonomy():
    parsed = parse_instrument_csv(HEADER + "wi.a,Naam,W&I,,x.new,,,,,\n", None)
    assert parsed.errors == [] and parsed.rows[0][1].target_codes == ("x.new",)


def test_desktop_and_server_share_one_parser():
    assert catalogue.InstrumentRow is catalogue_csv.InstrumentRow
    assert catalogue.split_codes is catalogue_csv.split_codes
    assert not hasattr(catalogue, "_parse_row") and not hasattr(catalogue, "CODE_RE")
    text = DEMO_INSTRUMENTS_CSV.read_text("utf-8") + "wi.x,,W&I,,s.nope,,,,,\n"
    known = {t.code for t in parse_taxonomy_csv(TAXONOMY_CSV.read_text("utf-8"))}
    desk, central = parse_instrument_csv(text, known), catalogue_csv.parse_instruments(text, known)
    assert desk.rows == central.rows and desk.lines == central.lines
    assert [(e.line, e.column, e.message) for e in desk.errors] == \
           [(e.line, e.column, e.message) for e in central.errors] == \
           [(19, "name", "de naam is verplicht."), (19, "target_codes", "onbekend in de taxonomie: s.nope.")]


def test_ids_are_derived_from_codes_the_same_way_on_both_sides():
    assert taxonomy.ID_NAMESPACE is catalogue_csv.ID_NAMESPACE
    assert taxonomy.stable_id("taxonomy", "s.digital") == catalogue_csv.taxonomy_id("s.digital")
    assert taxonomy.stable_id("instrument", "wi.werkfit") == catalogue_csv.instrument_id("wi.werkfit")
    assert catalogue_csv.taxonomy_id("s.digital") != catalogue_csv.instrument_id("s.digital")


def test_messages_in_the_chosen_language():
    english = {"de naam is verplicht.": "the name is required.", "regel {line}, {column}: {message}":
               "line {line}, {column}: {message}",
               "{file} bevat alleen een kopregel, geen instrumenten.": "{file} holds only a header, no instruments."}
    i18n.set_translator(lambda _ctx, text: english.get(text, ""))
    try:
        parsed = parse_instrument_csv(HEADER + "wi.a,,W&I,,s.digital,,,,,\n", KNOWN)
        assert [str(e) for e in parsed.errors] == ["line 2, name: the name is required."]
        with pytest.raises(TransferError, match="x.csv holds only a header"):
            parse_instrument_csv(HEADER, KNOWN, "x.csv")
    finally:
        i18n.set_translator(None)


def test_a_broken_taxonomy_resource_names_its_line():
    with pytest.raises(ServiceError, match="regel 3"):
        parse_taxonomy_csv("code,domain,label_nl,label_en\nq.a,quality,A,A\nq.b,nonsense,B,B\n")


def test_filters():
    rows = [r for _, r in parse_instrument_csv(DEMO_INSTRUMENTS_CSV.read_text("utf-8")).rows]
    from desktop.services.catalogue import InstrumentData
    data = [InstrumentData(**r.__dict__, id=r.code) for r in rows]
    assert all(r.provider == "Jongerenloket" for r in filter_instruments(data, provider="Jongerenloket"))
    assert all("s.digital" in r.target_codes for r in filter_instruments(data, code="s.digital"))
    for r in filter_instruments(data, age=45):
        assert (r.max_age or 200) >= 45 and (r.min_age or 0) <= 45
    assert all((r.places_left is None or r.places_left > 0) for r in filter_instruments(data, with_places=True))
    assert all(r.active for r in filter_instruments(data, active_only=True))
    assert all((r.duration_weeks or 999) <= 8 for r in filter_instruments(data, max_weeks=8))
    assert [r.code for r in filter_instruments(data, text="heftruck")] == ["wi.logistiek"]


def test_cli_import_instruments(tmp_path, capsys):
    from desktop.cli import main

    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "import", "instruments", str(DEMO_INSTRUMENTS_CSV)]) == 0
    assert "17 instrumenten ingelezen" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_text("code,name,provider,target_codes\nwi.a,Naam,W&I,s.digital\nwi.b,,W&I,s.nope\n", "utf-8")
    assert main(["--data-dir", data, "import", "instruments", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "regel 3, name: de naam is verplicht." in err and "regel 3, target_codes" in err
    assert "niets geïmporteerd" in err
