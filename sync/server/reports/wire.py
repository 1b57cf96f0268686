"""The answer of `GET /reports/{name}` (pydantic, for the OpenAPI document and the desktop)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ReportName = Literal["telephone-first", "absence-approach", "werknl", "instruments", "caseload"]


class ReportBody(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    report: ReportName
    from_: str = Field(alias="from", description="first day, YYYY-MM-DD")
    to: str = Field(description="last day, YYYY-MM-DD (included)")
    team: str | None = Field(description="the team's name; null: every team in the asker's scope")
    small_cell: int | None = Field(description='cells counting fewer people show "<N"; null: nothing suppressed')
    columns: list[str]
    rows: list[dict[str, str | int | float | None]] = Field(
        description='one object per row, keys are the columns (stored codes); a suppressed cell is "<5"')
