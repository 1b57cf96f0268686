"""Why a rule refuses something: a stable code with its parameters, and the text in the user's language.

The desktop shows `text(refusals)` before saving; the central store rejects a push with
`wire_reason(refusals)`: the Dutch text followed by the codes and parameters in brackets, from which
`localise_reason` on the desktop writes the same text again in the desktop's language (English too).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sync.i18n import translate


@dataclass(frozen=True)
class Refusal:
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        return text([self])


def day_text(day: date) -> str:
    return f"{day:%d-%m-%Y}"


def _needs() -> dict[str, str]:
    """Parts of "Nog nodig: …" for the tenzij route (signals)."""
    return {
        "attempts": translate("Policy", "{n} mislukte belpogingen die ten minste {gap} minuten uit elkaar liggen "
                                        "(nu {count})"),
        "days": translate("Policy", "belpogingen op ten minste {days} verschillende dagen (nu {count})"),
        "letter": translate("Policy", "een verstuurde brief"),
        "letter_early": translate("Policy", "een brief verstuurd op of na de dag van de laatste belpoging ({day})"),
        "wait": translate("Policy", "de wachttijd na de brief: dit kan vanaf {day}"),
        "call_attempt": translate("Policy", "ten minste één belpoging"),
    }


def _sentences() -> dict[str, str]:
    return {
        # signals
        "tenzij": translate("Policy", "Geen boete, tenzij…: bel eerst. Nog nodig: {what}."),
        "income_route": translate("Policy", "Een besluit dat het inkomen verandert legt u telefonisch uit. "
                                            "Nog nodig: {what}, of een geschreven reden waarom bellen niet kon."),
        "income_needs_call": translate("Policy", "Een besluit dat het inkomen verandert legt u telefonisch uit. "
                                                 "Nog nodig: ten minste één belpoging."),
        "blame_income": translate("Policy", "Bij een besluit dat het inkomen verandert hoort geen waarschuwing of "
                                            "boete-onderzoek: leg het besluit uit."),
        "income_only_explained": translate("Policy", "Een besluit dat het inkomen verandert sluit u af met "
                                                     "'uitgelegd'."),
        "explained_only_income": translate("Policy", "'Uitgelegd' hoort bij een besluit dat het inkomen "
                                                     "verandert."),
        "not_culpable": translate("Policy", "Geen boete, tenzij…: de werkzoekende is bereikt en het is niet "
                                            "verwijtbaar. Een waarschuwing of boete-onderzoek kan niet meer."),
        "culpable_unjudged": translate("Policy", "Nog nodig: uw oordeel of de schending verwijtbaar is "
                                                "(de werkzoekende is bereikt)."),
        "culpable_without_contact": translate("Policy", "Of iets verwijtbaar is beoordeelt u pas na een gesprek met "
                                                        "de werkzoekende. Nog nodig: een belpoging waarbij de "
                                                        "werkzoekende is bereikt."),
        "closed_without_result": translate("Policy", "Een afgesloten signaal heeft een resultaat met een reden."),
        "unknown_result": translate("Policy", "Onbekend resultaat: {result}."),
        "withdraw_late": translate("Policy", "Een belpoging kan alleen binnen {minutes} minuten worden ingetrokken, "
                                             "door wie haar vastlegde."),
        # absences
        "door_visit_not_needed": translate("Policy", "De werkzoekende had zich afgemeld: een voordeurbezoek is niet "
                                                     "nodig."),
        "door_visit_before_absence": translate("Policy", "Het voordeurbezoek ligt voor het verzuim."),
        "conversation_missing": translate("Policy", "Het vervolggesprek is geen gehouden gesprek met deze "
                                                    "werkzoekende."),
        "conversation_before_door_visit": translate("Policy", "Het vervolggesprek wordt gehouden na het "
                                                              "voordeurbezoek. Nog nodig: eerst het voordeurbezoek."),
        "consider_missing": translate("Policy", "Een maatregel overwegen kan pas na het voordeurbezoek, het "
                                                "vervolggesprek en de toets van de omstandigheden. Nog nodig: "
                                                "{what}."),
        "consider_too_early": translate("Policy", "De maatregeloverweging ligt voor het vervolggesprek."),
        "hearing_without_consideration": translate("Policy", "Horen hoort bij een maatregeloverweging. Nog nodig: "
                                                             "eerst de maatregel overwegen."),
        "hearing_deadline": translate("Policy", "Bij de uitnodiging om gehoord te worden hoort een reactietermijn "
                                                "na de uitnodiging."),
        "hearing_outcome_early": translate("Policy", "De uitkomst van het horen volgt op de uitnodiging."),
        "hearing_view_missing": translate("Policy", "Schrijf de zienswijze van de werkzoekende op."),
        "decision_missing": translate("Policy", "Een maatregel kan pas na {what}."),
        "decision_before_deadline": translate("Policy", "Een besluit kan pas na de uitkomst van het horen of na de "
                                                        "reactietermijn (tot en met {day})."),
        "decision_reason": translate("Policy", "Schrijf op waarom dit het besluit is."),
        "sanction_percentage": translate("Policy", "Het percentage van de maatregel ligt tussen {low} en {high}."),
        "sanction_months": translate("Policy", "Een maatregel geldt 1 tot en met {high} maanden."),
        "closed_without_decision": translate("Policy", "Een afgesloten verzuim heeft een besluit."),
        # werk.nl
        "werknl_decision_missing": translate("Policy", "Een bindende afspraak om in te schrijven op werk.nl kan "
                                                       "pas na {what}."),
        "werknl_deadline": translate("Policy", "Een bindende afspraak heeft een termijn van ten minste {days} "
                                               "dagen."),
        "werknl_sanction_missing": translate("Policy", "Een maatregel voor werk.nl kan pas na {what}."),
        "werknl_sanction_early": translate("Policy", "Een maatregel voor werk.nl kan pas na de termijn van de "
                                                     "bindende afspraak (tot en met {day})."),
        "werknl_registered_in_time": translate("Policy", "De werkzoekende schreef zich binnen de termijn in: "
                                                         "geen maatregel."),
        "werknl_sanction_percentage": translate("Policy", "De maatregel voor werk.nl is 1 tot en met {high} "
                                                          "procent."),
        "werknl_exemption": translate("Policy", "Bij een verzoek om ontheffing horen wie belde, de reden en het "
                                                "besluit (toegekend of afgewezen)."),
        # aftercare (seeds 001, 002)
        "aftercare_before_end": translate("Policy", "De nazorg loopt niet af voor het einde van de uitkering "
                                                    "({day})."),
        "aftercare_outcome": translate("Policy", "Leg vast of het werk standhield (ja of nee) en op welke dag."),
        "aftercare_outcome_no_end": translate("Policy", "Of het werk standhield legt u vast als de uitkering is "
                                                        "beëindigd."),
        "aftercare_outcome_early": translate("Policy", "Of het werk standhield legt u vast aan het einde van de "
                                                       "nazorg (vanaf {day})."),
        "restart_flag": translate("Policy", "Een herstart van de uitkering telt alleen binnen zes maanden na het "
                                            "vorige einde."),
        "restart_not_flagged": translate("Policy", "De uitkering start opnieuw binnen zes maanden na het einde "
                                                   "({day}): leg de herstart vast (geen nieuwe zoektermijn van vier "
                                                   "weken voor wie ouder is dan 27)."),
        "restart_keeps_coach": translate("Policy", "Bij een herstart binnen zes maanden houdt de werkzoekende "
                                                   "dezelfde klantmanager."),
        # re-examination
        "reexam_reason": translate("Policy", "Bij een heronderzoek horen wie het selecteerde en waarom, in woorden "
                                             "(ten minste {n} woorden; geen score of model)."),
        "reexam_invite_unselected": translate("Policy", "Een uitnodiging voor een heronderzoek volgt op de "
                                                        "selectie: leg eerst vast wie het selecteerde en waarom."),
        # referrals
        "referral_to": translate("Policy", "Verwijs naar het wijkteam of naar VraagWijzer."),
        "referral_incomplete": translate("Policy", "Bij een verwijzing horen de reden en een datum om na te gaan "
                                                   "hoe het ging, op of na de dag van verwijzen."),
        "referral_follow_up": translate("Policy", "Schrijf op hoe het ging met de verwijzing (na de dag van "
                                                  "verwijzen)."),
        # the absence approach
        "approach_proposal": translate("Policy", "Een voorstel voor de verzuimaanpak noemt de reden (afspraken "
                                                 "gemist, verplichtingen niet nagekomen, vaak ziek gemeld) en een "
                                                 "toelichting in woorden."),
        "approach_decision": translate("Policy", "Bij toelaten of uitsluiten horen een voorstel, wie besliste, de "
                                                 "datum en de reden (bijvoorbeeld ernstige belemmeringen)."),
        "exempt_no_absence_approach": translate("Policy", "De werkzoekende is ontheven van de "
                                                          "arbeidsverplichting (tot en met {day}): geen "
                                                          "verzuimaanpak."),
        "approach_group_unadmitted": translate("Policy", "Alleen een toegelaten werkzoekende komt in een groep van "
                                                         "de verzuimaanpak."),
        "approach_group": translate("Policy", "Een groep van de verzuimaanpak heeft een naam, een team en een "
                                              "startdatum."),
        "approach_group_full": translate("Policy", "Deze groep is vol ({n} deelnemers)."),
        "approach_session": translate("Policy", "Een bijeenkomst heeft een groep, een onderwerp (cv-training, "
                                                "sollicitatietraining, motivatie) en een tijdstip."),
        "approach_attendance": translate("Policy", "Aanwezigheid is: aanwezig, afgemeld of niet verschenen, bij "
                                                   "een bijeenkomst."),
        "approach_not_admitted": translate("Policy", "Aanwezigheid houdt u bij voor toegelaten deelnemers."),
        "approach_no_show_absence": translate("Policy", "Niet verschenen zonder afmelding opent een verzuim voor "
                                                        "het voordeurbezoek; bij aanwezig of afgemeld hoort geen "
                                                        "verzuim."),
        # the client decides about the profile (seed 001)
        "recognition_by_client": translate("Policy", "Of de werkzoekende zich in het profiel herkent, zegt de "
                                                     "werkzoekende zelf: leg dat vast met de dag waarop het werd "
                                                     "gezegd, op of na de beoordeling (niet overgenomen)."),
        # client satisfaction
        "satisfaction_rating": translate("Policy", "Een waardering is een cijfer van 1 tot en met 5."),
        "satisfaction_remark": translate("Policy", "Een opmerking van de werkzoekende hoort bij een waardering."),
        "satisfaction_aftercare": translate("Policy", "De waardering aan het einde van de nazorg hoort bij de "
                                                      "vraag of het werk standhield."),
        # the duty to inform
        "rights_folder_unknown": translate("Policy", "De map rechten en plichten is overhandigd of besproken."),
        "inform_planned": translate("Policy", "De informatieplicht bespreekt u in een gehouden gesprek, niet in "
                                              "een afspraak die nog moet komen."),
        # the work-duty exemption
        "exemption_incomplete": translate("Policy", "Een ontheffing van de arbeidsverplichting heeft een reden en "
                                                    "een einddatum."),
        "exemption_dates": translate("Policy", "De einddatum van de ontheffing ligt voor de begindatum."),
        "exempt_no_binding_decision": translate("Policy", "De werkzoekende is ontheven van de arbeidsverplichting "
                                                          "(tot en met {day}): geen bindende afspraak voor "
                                                          "werk.nl."),
        "exempt_no_werknl_sanction": translate("Policy", "De werkzoekende is ontheven van de arbeidsverplichting "
                                                         "(tot en met {day}): geen maatregel voor werk.nl."),
    }


def _parts() -> dict[str, str]:
    """Named steps used in "{what}" lists (absences)."""
    return {
        "door_visit": translate("Policy", "het voordeurbezoek"),
        "conversation": translate("Policy", "het vervolggesprek met de werkzoekende"),
        "circumstances": translate("Policy", "de toets van de omstandigheden (kinderen, schulden, wonen, "
                                             "gezondheid)"),
        "consideration": translate("Policy", "een maatregeloverweging"),
        "hearing": translate("Policy", "een uitnodiging om gehoord te worden"),
        "werknl_letter": translate("Policy", "een brief met uitleg en telefoonnummer"),
        "werknl_call": translate("Policy", "telefonisch contact na de brief"),
        "werknl_decision": translate("Policy", "een bindende afspraak met termijn"),
    }


def join(parts: Sequence[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return translate("Policy", "{a} en {b}").format(a=", ".join(parts[:-1]), b=parts[-1])


def _one(r: Refusal) -> str:
    template = _sentences().get(r.code)
    if template is None:
        return r.code
    params = dict(r.params)
    if "needs" in params:  # [[code, params], ...] of _needs()
        needs = _needs()
        params["what"] = join([needs.get(c, c).format(**p) for c, p in params.pop("needs")])
    if "steps" in params:  # [code, ...] of _parts()
        parts = _parts()
        params["what"] = join([parts.get(c, c) for c in params.pop("steps")])
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def text(refusals: Sequence[Refusal]) -> str:
    """The refusals as one text in the current language ("" when there are none)."""
    return " ".join(_one(r) for r in refusals)


_TAG = " [policy:"
_TAG_RE = re.compile(r" \[policy:(\[.*\])\]$", re.S)


def wire_reason(refusals: Sequence[Refusal]) -> str:
    """The central store's rejection reason: Dutch text, then the codes (for localise_reason)."""
    codes = json.dumps([[r.code, r.params] for r in refusals], ensure_ascii=False, separators=(",", ":"))
    return f"{text(refusals)}{_TAG}{codes}]"


def localise_reason(reason: str) -> str:
    """A rejection reason as the user should read it: a policy reason in the current language, any other as is."""
    m = _TAG_RE.search(reason or "")
    if not m:
        return reason
    try:
        items = json.loads(m.group(1))
        return text([Refusal(str(c), dict(p)) for c, p in items])
    except (ValueError, TypeError):
        return reason[:m.start()]
