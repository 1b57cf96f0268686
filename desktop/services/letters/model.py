"""What a letter is made of: a detached context in, a title and blocks of plain text out.

The text modules (texts/) turn a `Context` into a `Body`; `layout.py` puts a `Body` on paper.
Blocks hold plain text only (escaped at layout), so nothing a coach typed can inject markup.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop.services import print_texts as pt
from desktop.services.print_layout import CoachContact

# (kind, content): "h" heading, "p" paragraph, "box" highlighted paragraph (a deadline),
# "ul" bullet list, "ol" numbered steps, "facts" label/value rows, "contact" a person's details.
Block = tuple[str, Any]


@dataclass(frozen=True)
class Context:
    kind: str
    lang: str
    letter_date: date
    client_name: str
    coach: CoachContact | None
    team_name: str | None
    data: Mapping[str, Any] = field(default_factory=dict)

    def date(self, day: date) -> str:
        return pt.format_date(self.lang, day)

    def moment(self, moment: datetime) -> str:
        if moment.hour == 0 and moment.minute == 0:
            return pt.format_date(self.lang, moment.date(), weekday=True)
        return pt.format_moment(self.lang, moment)

    @property
    def coach_phone(self) -> str | None:
        return self.coach.phone if self.coach and self.coach.phone else None


@dataclass(frozen=True)
class Body:
    title: str
    blocks: list[Block]
    formal: bool = False  # a formal decision (beschikking): the BSN is printed, objection text follows


@dataclass(frozen=True)
class Letter:
    """Everything the printed letter shows — and only that."""

    kind: str
    lang: str
    letter_date: date
    reference: str
    client_name: str
    address: tuple[str, ...]
    body: Body
    coach: CoachContact | None
    team_name: str | None
    bsn: str | None = None
