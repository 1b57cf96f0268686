"""reexamination-invitation: a friendly invitation, asking only for the documents the coach ticked."""

from __future__ import annotations

from ..language import Translate
from ..model import Body, Context
from .common import call_coach

# The short list the coach ticks from (codes are stable; the texts are per language).
DOCUMENTS = ("id", "bank", "rent", "income", "allowances", "debts")


def document_texts(translate: Translate) -> dict[str, str]:
    return {
        "id": translate("LetterReexamination", "Uw identiteitsbewijs (paspoort, ID-kaart of verblijfsdocument)"),
        "bank": translate("LetterReexamination", "Uw bankafschriften van de laatste maand"),
        "rent": translate("LetterReexamination", "Uw huurcontract of een brief over uw huur"),
        "income": translate("LetterReexamination", "Uw loonstroken van de laatste 3 maanden, als u werkt"),
        "allowances": translate("LetterReexamination", "Brieven over uw toeslagen van de Belastingdienst"),
        "debts": translate("LetterReexamination", "Brieven over schulden of een betalingsregeling"),
    }


def compose(c: Context, translate: Translate) -> Body:
    d = c.data
    texts = document_texts(translate)
    when = (c.moment(d["meeting_at"]) if d.get("meeting_at") else
            translate("LetterReexamination", "Wij bellen u om samen een dag en tijd te kiezen."))
    facts = [(translate("LetterReexamination", "Wanneer"), when)]
    if d.get("place"):
        facts.append((translate("LetterReexamination", "Waar"), d["place"]))
    blocks = [
        ("p", translate("LetterReexamination", "Wij willen graag met u praten over hoe het met u gaat. "
                        "En of uw uitkering nog goed past bij uw situatie.")),
        ("p", translate("LetterReexamination", "Dit gesprek heet een heronderzoek. Wij doen het met veel mensen "
                        "met een uitkering. Het is een gewoon gesprek.")),
        ("facts", facts),
        ("h", translate("LetterReexamination", "Wat neemt u mee?")),
    ]
    chosen = [texts[code] for code in DOCUMENTS if code in d.get("documents", ())]
    if chosen:
        blocks += [("ul", chosen),
                   ("p", translate("LetterReexamination", "Meer hoeft u niet mee te nemen."))]
    else:
        blocks.append(("p", translate("LetterReexamination", "U hoeft geen papieren mee te nemen.")))
    blocks += [
        ("p", translate("LetterReexamination", "Past de dag of tijd niet? Of heeft u een vraag? "
                        "Neem dan contact op.") + " " + call_coach(c, translate)),
    ]
    return Body(translate("LetterReexamination", "Uitnodiging voor een gesprek"), blocks)
