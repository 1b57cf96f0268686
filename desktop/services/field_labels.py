"""Readable names for stored fields, for screens that talk about a field (sync conflicts)."""

from __future__ import annotations

from desktop.i18n import translate


def field_labels() -> dict[str, str]:
    t = lambda text: translate("Fields", text)  # noqa: E731 - a short alias keeps the table readable
    return {
        "bsn": t("BSN"), "first_name": t("Voornaam"), "name_prefix": t("Tussenvoegsel"),
        "last_name": t("Achternaam"), "date_of_birth": t("Geboortedatum"), "preferred_language": t("Voorkeurstaal"),
        "phone": t("Telefoon"), "email": t("E-mail"), "street": t("Straat"), "house_number": t("Huisnummer"),
        "house_number_suffix": t("Toevoeging"), "postcode": t("Postcode"), "city": t("Plaats"),
        "benefit_status": t("Uitkeringsstatus"), "benefit_start": t("Begin uitkering"),
        "benefit_end": t("Einde uitkering"), "aftercare_until": t("Nazorg tot"),
        "kind": t("Soort"), "channel": t("Hoe"), "held_at": t("Datum en tijd"), "place": t("Plaats"),
        "summary_for_client": t("Samenvatting voor de werkzoekende"), "internal_notes": t("Interne notities"),
        "next_meeting_at": t("Volgend gesprek"), "description": t("Wat is afgesproken"), "party": t("Wie"),
        "due_date": t("Uiterlijk"), "status": t("Status"), "status_date": t("Datum status"),
        "shared_with_specialists": t("Gedeeld met specialisten"), "planned": t("Gepland"),
    }


def field_label(field: str) -> str:
    """The field's readable name; an unknown field as words rather than a code."""
    return field_labels().get(field) or field.replace("_", " ").capitalize()
