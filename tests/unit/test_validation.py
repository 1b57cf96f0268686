from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.services.caseload import add_months, match_rows, phase_of, validate_client
from desktop.services.errors import ValidationError
from desktop.services.validation import (
    FieldError,
    age_on,
    bsn_checksum_ok,
    clean_email,
    clean_name,
    clean_phone,
    clean_prefix,
    display_name,
    normalize_bsn,
    normalize_postcode,
    parse_date,
    sort_key,
    sort_name,
)

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize("raw,expected", [
    ("111222333", "111222333"),
    ("11122 2333", "111222333"),
    ("123456782", "123456782"),
    ("12345672", "012345672"),  # eight digits get a leading zero
])
def test_valid_bsn(raw, expected):
    assert normalize_bsn(raw) == expected


@pytest.mark.parametrize("raw,fragment", [
    ("", "verplicht"),
    ("12345678a", "cijfers"),
    ("1234567", "9 cijfers"),
    ("1234567890", "9 cijfers"),
    ("123456789", "geen geldig BSN"),
    ("000000000", "geen geldig BSN"),
])
def test_invalid_bsn(raw, fragment):
    with pytest.raises(FieldError, match=fragment):
        normalize_bsn(raw)


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_bsn_accepts_exactly_the_elfproef(digits):
    try:
        assert normalize_bsn(digits) == digits
        assert bsn_checksum_ok(digits)
    except FieldError:
        assert digits == "000000000" or not bsn_checksum_ok(digits)


@pytest.mark.parametrize("raw,expected", [("3011ab", "3011 AB"), (" 3072  CD ", "3072 CD"), ("", None)])
def test_postcode_normalised(raw, expected):
    assert normalize_postcode(raw) == expected


@pytest.mark.parametrize("raw", ["0123 AB", "301 AB", "3011 A", "3011 SS", "ABCD 12", "30111AB"])
def test_postcode_rejected(raw):
    with pytest.raises(FieldError, match="1234 AB"):
        normalize_postcode(raw)


def test_dates_both_dutch_forms():
    assert parse_date("2024-03-31") == date(2024, 3, 31)
    assert parse_date("31-03-2024") == date(2024, 3, 31)
    assert parse_date("31/03/2024") == date(2024, 3, 31)
    assert parse_date("") is None
    with pytest.raises(FieldError):
        parse_date("31-02-2024")
    with pytest.raises(FieldError):
        parse_date("morgen")
    with pytest.raises(FieldError, match="verplicht"):
        parse_date("", required=True)


def test_names():
    assert clean_name("  Zoë   Ayşe ", required=True) == "Zoë Ayşe"
    assert clean_prefix("Van Der") == "van der"
    with pytest.raises(FieldError, match="verplicht"):
        clean_name("  ", required=True)
    with pytest.raises(FieldError, match="cijfers"):
        clean_name("Jan2", required=True)
    with pytest.raises(FieldError, match="te lang"):
        clean_name("x" * 101, required=True)


def test_contact_fields():
    assert clean_email("a@b.nl") == "a@b.nl"
    assert clean_phone("06-12345678") == "06-12345678"
    with pytest.raises(FieldError):
        clean_email("geen-mail")
    with pytest.raises(FieldError):
        clean_phone("bel me")


def test_dutch_name_display_and_sorting():
    assert display_name("Jan", "van den", "Berg") == "Jan van den Berg"
    assert sort_name("Jan", "van den", "Berg") == "Berg, Jan van den"
    names = [("Piet", "de", "Vries"), ("Anna", None, "Bakker"), ("Jan", "van den", "Berg"), ("Ayşe", None, "Çelik"),
             ("Kees", None, "Dijkstra")]
    ordered = sorted(names, key=lambda n: sort_key(*n))
    # "van den Berg" sorts under B, "Çelik" with C, "de Vries" under V
    assert [n[2] for n in ordered] == ["Bakker", "Berg", "Çelik", "Dijkstra", "Vries"]


def test_validate_client_reports_every_field_at_once():
    with pytest.raises(ValidationError) as err:
        validate_client({"bsn": "123", "first_name": "", "last_name": "X", "postcode": "abc",
                         "date_of_birth": "2030-01-01", "email": "nope"}, TODAY)
    assert set(err.value.errors) == {"bsn", "first_name", "postcode", "date_of_birth", "email"}
    assert "toekomst" in err.value.errors["date_of_birth"]


def test_validate_client_benefit_dates_and_status():
    with pytest.raises(ValidationError) as err:
        validate_client({"bsn": "111222333", "first_name": "A", "last_name": "B", "benefit_start": "2024-05-01",
                         "benefit_end": "2024-01-01"}, TODAY)
    assert "benefit_end" in err.value.errors
    with pytest.raises(ValidationError) as err:
        validate_client({"bsn": "111222333", "first_name": "A", "last_name": "B", "benefit_status": "weg"}, TODAY)
    assert "benefit_status" in err.value.errors
    ok = validate_client({"bsn": "111222333", "first_name": "A", "last_name": "B", "benefit_status": "Lopend"}, TODAY)
    assert ok["benefit_status"] == "active"


def test_unknown_field_rejected():
    with pytest.raises(ValidationError) as err:
        validate_client({"coach_id": "x"}, TODAY, partial=True)
    assert "coach_id" in err.value.errors


def test_age_and_phase_and_months():
    assert age_on(date(2000, 11, 27), TODAY) == 25
    assert age_on(date(2000, 11, 26), TODAY) == 26
    assert phase_of("active", None, TODAY) == "benefit"
    assert phase_of("ended", date(2026, 12, 1), TODAY) == "aftercare"
    assert phase_of("ended", date(2026, 11, 25), TODAY) == "ended"
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)


def test_search_words_and_postcode():
    from desktop.services.caseload import ClientRow, row_search_text

    def row(first, prefix, last, bsn, pc):
        return ClientRow(id=bsn, bsn=bsn, display_name="", sort_name="", sort_key="", age=None, postcode=pc,
                         phase="benefit", next_meeting=None, open_agreements=0, overdue_agreements=0,
                         search_text=row_search_text(bsn, first, prefix, last, pc))

    rows = [row("Ayşe", None, "Çelik", "111222333", "3011 AB"), row("Jan", "van den", "Berg", "123456782", "3072 CD")]
    assert [r.bsn for r in match_rows(rows, "celik")] == ["111222333"]
    assert [r.bsn for r in match_rows(rows, "van den berg")] == ["123456782"]
    assert [r.bsn for r in match_rows(rows, "3072 cd")] == ["123456782"]
    assert [r.bsn for r in match_rows(rows, "3072cd")] == ["123456782"]
    assert [r.bsn for r in match_rows(rows, "1234567")] == ["123456782"]
    assert len(match_rows(rows, "  ")) == 2
    assert match_rows(rows, "jan celik") == []


def test_bsn_message_is_plain_words_not_jargon():
    with pytest.raises(FieldError) as err:
        normalize_bsn("123456789")
    assert str(err.value) == "Dit is geen geldig BSN. Controleer de cijfers."
    assert "elfproef" not in str(err.value)


@pytest.mark.parametrize("text", ["31-02-2024 14:30", "2023-02-29T09:00", "30-02-2024 09:00"])
def test_a_date_and_time_on_a_day_that_does_not_exist_says_so(text):
    from desktop.services.conversations import parse_datetime
    with pytest.raises(FieldError, match="bestaat niet: die maand heeft"):
        parse_datetime(text)


def test_a_date_and_time_in_the_wrong_form_gets_the_format_message():
    from desktop.services.conversations import parse_datetime
    with pytest.raises(FieldError, match="Schrijf datum en tijd"):
        parse_datetime("morgen om tien")
