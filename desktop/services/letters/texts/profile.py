"""profile: your Perspectief op Maat profile in words, and the instruments that fit with their reason."""

from __future__ import annotations

from ..language import Translate
from ..model import Body, Context


def compose(c: Context, translate: Translate) -> Body:
    d = c.data
    blocks = [
        ("p", translate("LetterProfile", "Samen hebben wij gekeken naar wat u kunt en wat u wilt. "
                        "Dat heet uw profiel. Hieronder leest u wat wij samen zagen.")),
    ]
    if d["strengths"]:
        blocks += [("h", translate("LetterProfile", "Hier bent u goed in")), ("ul", list(d["strengths"]))]
    if d["work_on"]:
        blocks += [
            ("h", translate("LetterProfile", "Hier wilt u aan werken")),
            ("p", translate("LetterProfile", "Wij geven een cijfer van 1 tot 5. Het doel is het cijfer dat u "
                            "samen met uw begeleider koos.")),
            ("ul", [translate("LetterProfile", "{item}: nu {level}, doel {target}").format(
                item=item, level=level, target=target) for item, level, target in d["work_on"]]),
        ]
    if d["directions"]:
        blocks += [("h", translate("LetterProfile", "Dit werk past bij u")), ("ul", list(d["directions"]))]
    blocks.append(("h", translate("LetterProfile", "Wat kan u helpen?")))
    if d["instruments"]:
        blocks.append(("p", translate("LetterProfile", "Deze trajecten passen bij uw profiel. "
                                      "U kiest samen met uw begeleider.")))
        for name, provider, weeks, reasons in d["instruments"]:
            lines = [translate("LetterProfile", "Van: {provider}.").format(provider=provider)]
            if reasons:
                lines.append(translate("LetterProfile", "Dit past bij u, want u werkt hieraan: {items}.")
                             .format(items=", ".join(reasons)))
            if weeks:
                lines.append(translate("LetterProfile", "Het duurt ongeveer {n} weken.").format(n=weeks))
            blocks.append(("item", (name, " ".join(lines))))
    else:
        blocks.append(("p", translate("LetterProfile", "Op dit moment past er geen traject. "
                                      "Uw begeleider zoekt samen met u verder.")))
    blocks.append(("p", translate("LetterProfile", "Klopt er iets niet? Of wilt u meer weten? "
                                  "Neem dan contact op met uw begeleider.")))
    return Body(translate("LetterProfile", "Uw profiel en wat bij u past"), blocks)
