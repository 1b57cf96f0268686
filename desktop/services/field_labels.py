"""Readable names for stored fields, for screens that talk about a field (sync conflicts)."""

from __future__ import annotations

from desktop.i18n import translate


def field_labels() -> dict[str, str]:
    return {
        "bsn": translate("Fields", "BSN"),
        "first_name": translate("Fields", "Voornaam"),
        "name_prefix": translate("Fields", "Tussenvoegsel"),
        "last_name": translate("Fields", "Achternaam"),
        "date_of_birth": translate("Fields", "Geboortedatum"),
        "preferred_language": translate("Fields", "Voorkeurstaal"),
        "phone": translate("Fields", "Telefoon"),
        "email": translate("Fields", "E-mail"),
        "street": translate("Fields", "Straat"),
        "house_number": translate("Fields", "Huisnummer"),
        "house_number_suffix": translate("Fields", "Toevoeging"),
        "postcode": translate("Fields", "Postcode"),
        "city": translate("Fields", "Plaats"),
        "benefit_status": translate("Fields", "Uitkeringsstatus"),
        "benefit_start": translate("Fields", "Begin uitkering"),
        "benefit_end": translate("Fields", "Einde uitkering"),
        "aftercare_until": translate("Fields", "Nazorg tot"),
        "kind": translate("Fields", "Soort"),
        "channel": translate("Fields", "Hoe"),
        "held_at": translate("Fields", "Datum en tijd"),
        "place": translate("Fields", "Plaats"),
        "summary_for_client": translate("Fields", "Samenvatting voor de werkzoekende"),
        "internal_notes": translate("Fields", "Interne notities"),
        "next_meeting_at": translate("Fields", "Volgend gesprek"),
        "description": translate("Fields", "Wat is afgesproken"),
        "party": translate("Fields", "Wie"),
        "due_date": translate("Fields", "Uiterlijk"),
        "status": translate("Fields", "Status"),
        "status_date": translate("Fields", "Datum status"),
        "shared_with_specialists": translate("Fields", "Gedeeld met specialisten"),
        "planned": translate("Fields", "Gepland"),
    }


def field_label(field: str) -> str:
    """The field's readable name; an unknown field as words rather than a code."""
    return field_labels().get(field) or field.replace("_", " ").capitalize()
