"""The wire format shared by the desktop and the central store (DESIGN §4). No Qt, no desktop imports.

Both sides validate every message with these pydantic models; the server rejects anything else
with a 4xx and a reason.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from sync.contract import (  # noqa: F401 - re-exported: the whole contract is importable from here
    ABSENCE_TEAM_ABSENCE_FIELDS,
    ABSENCE_TEAM_CLIENT_FIELDS,
    ABSENCE_TEAM_WRITABLE,
    APPROACH_DECISION_FIELDS,
    CENTRAL_TABLES,
    CLIENT_TABLES,
    DESKTOP_SCHEMAS,
    EPOCH_HEADER,
    KNOWN_SCHEMAS,
    MAX_BODY_BYTES,
    MAX_PULL_PAGE,
    MAX_PUSH_BATCH,
    MAX_YEAR,
    MIN_YEAR,
    PLAIN_LINE,
    PROTOCOL_VERSION,
    SCHEMA_HEADER,
    SEQ_HEADER,
    SPECIALIST_AGREEMENT_FIELDS,
    SPECIALIST_CLIENT_FIELDS,
    SPECIALIST_WRITABLE,
    TABLE_FIELDS,
    TEAM_LEAD_CLIENT_FIELDS,
    TEAM_LEAD_WRITABLE,
    TEAM_TABLES,
    check_value,
    is_unicode,
    plain_line_problem,
    revision_known,
    schema_accepted,
)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# A UUID as the desktop and the store write it (lowercase, hyphenated), kept as text: the store uses the ids as
# text, and a pattern checked by pydantic's core costs less than making a uuid.UUID and turning it back into text
# (about 3 ms of a 1,000-mutation push batch). Other spellings of a UUID are refused, not normalised.
UUID_TEXT = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
UuidText = Annotated[str, StringConstraints(pattern=UUID_TEXT), Field(json_schema_extra={"format": "uuid"})]


class Mutation(Strict):
    mutation_id: UuidText
    device_id: UuidText
    seq: int = Field(ge=0)
    table: str = Field(max_length=40)
    row_id: UuidText
    op: Literal["insert", "update"]
    fields: dict[str, Any]
    base_version: int = Field(ge=0)
    # Checked against the known revisions by PushRequest, once per batch (a validator here ran 1,000 times).
    schema_version: str = Field(max_length=40, json_schema_extra={"enum": list(DESKTOP_SCHEMAS)})


class PushRequest(Strict):
    protocol: int = Field(default=PROTOCOL_VERSION, json_schema_extra={"enum": [PROTOCOL_VERSION]})
    schema_version: str = Field(max_length=40, json_schema_extra={"enum": list(DESKTOP_SCHEMAS[-2:])})
    mutations: list[Mutation] = Field(max_length=MAX_PUSH_BATCH)

    @model_validator(mode="after")
    def _known_revisions(self) -> PushRequest:
        unknown = {m.schema_version for m in self.mutations} - KNOWN_SCHEMAS
        if unknown:
            raise ValueError(f"unknown desktop schema revision {sorted(unknown)[0]!r} in a mutation "
                             f"(known: {', '.join(DESKTOP_SCHEMAS)})")
        return self


class FieldConflict(Strict):
    conflict_id: UUID
    table: str
    row_id: UUID
    field: str
    mine: Any
    theirs: Any
    server_version: int
    # Only with POST /sync/push?authors=1: who made the central value (display name), and when the central
    # store received it when known (None: an older change of the field).
    author: str | None = None
    changed_at: datetime | None = None


class MutationResult(Strict):
    mutation_id: UUID
    status: Literal["applied", "conflict", "rejected"]
    version: int | None = None
    reason: str | None = None
    conflicts: list[FieldConflict] = []


class PushResponse(Strict):
    results: list[MutationResult]
    applied: int
    conflicted: int
    rejected: int


class Change(Strict):
    seq: int
    table: str
    row_id: UUID
    op: Literal["upsert", "remove"]
    version: int = 0
    fields: dict[str, Any] | None = None


class PullResponse(Strict):
    changes: list[Change]
    cursor: int
    has_more: bool
    # Only on the last page: rows in scope per table, for the client's integrity check.
    counts: dict[str, int] | None = None


class Handshake(Strict):
    protocol: int
    schema_version: str
    server_time: datetime
    user: str
    role: str
    display_name: str
    user_id: UUID
    team_id: UUID | None = None
    # The most mutations one push may carry. Servers from before this field took at most 500.
    max_push_batch: int = 500
    # The policy numbers set centrally (sync/policy/settings.py); a desktop keeps them for offline use.
    policy: dict[str, int] | None = None


class LoginRequest(Strict):
    username: str = Field(max_length=80, json_schema_extra={"pattern": PLAIN_LINE})
    device_id: UUID
    device_name: str = Field(max_length=120, json_schema_extra={"pattern": PLAIN_LINE})

    @field_validator("username", "device_name")
    @classmethod
    def _one_plain_line(cls, value: str) -> str:
        problem = plain_line_problem(value)
        if problem:
            raise ValueError(problem)
        return value


class LoginResponse(Strict):
    device_token: str
    user_id: UUID
    role: str


class ErrorBody(Strict):
    error: Literal["bad_request", "unauthorized", "revoked", "forbidden", "too_old", "too_large", "stale_cursor",
                   "not_found", "too_many_requests", "conflict"]
    detail: str
