"""The contract both sides keep, without the message models (sync/protocol.py): the synced tables and their
field types, who may write what, the schema revisions, headers and limits, and the value checks.

Apart so that a desktop command that moves no pydantic messages (a restore reads its pages as plain data) need
not load pydantic; sync.protocol re-exports all of it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

PROTOCOL_VERSION = 1
# The oldest desktop schema revision the server still accepts (one version behind keeps syncing).
MAX_PUSH_BATCH = 1000
MAX_PULL_PAGE = 2000
MAX_BODY_BYTES = 8 * 1024 * 1024

# Field types per synced table: the contract for what may travel. `strN` is a string of at most N
# characters, `text` any string; every field may be null.
TABLE_FIELDS: dict[str, dict[str, str]] = {
    "team": {"name": "str120", "location": "str120", "deleted_at": "datetime"},
    "user": {"username": "str80", "display_name": "str160", "role": "str20", "team_id": "str36", "phone": "str40",
             "email": "str200", "reachable": "str200", "organisation": "str120", "deleted_at": "datetime"},
    "client": {"bsn": "str9", "first_name": "str100", "name_prefix": "str30", "last_name": "str150",
               "date_of_birth": "date", "phone": "str40", "email": "str200", "street": "str150",
               "house_number": "str10", "house_number_suffix": "str10", "postcode": "str7", "city": "str100",
               "preferred_language": "str5", "coach_id": "str36", "team_id": "str36", "benefit_status": "str20",
               "benefit_start": "date", "benefit_end": "date", "aftercare_until": "date",
               "werknl_registered_on": "date", "werknl_expires_on": "date", "werknl_exempt": "bool",
               "werknl_letter_sent_on": "date", "werknl_called_back_on": "date",
               "werknl_phoned_on": "date", "werknl_binding_decision_on": "date", "werknl_binding_deadline": "date",
               "werknl_hearing_offered_on": "date", "werknl_sanction_on": "date", "werknl_sanction_percentage": "int",
               "werknl_exemption_requested_by": "str160", "werknl_exemption_reason": "text",
               "werknl_exemption_decision": "str20",
               "work_duty_exemption": "str200", "work_duty_exemption_until": "date",
               "work_duty_exemption_from": "date", "previous_benefit_end": "date", "benefit_restarted_on": "date",
               "aftercare_outcome": "str20", "aftercare_outcome_on": "date", "contact_every_weeks": "int",
               "reexamination_selected_on": "date", "reexamination_selected_by": "str160",
               "reexamination_reason": "text", "reexamination_invited_on": "date",
               "aftercare_satisfaction": "int", "aftercare_satisfaction_remark": "text",
               "approach_proposed_on": "date", "approach_reasons": "str120", "approach_note": "text",
               "approach_decision": "str20", "approach_decision_reason": "text", "approach_decided_on": "date",
               "approach_decided_by": "str160", "approach_group_id": "str36",
               "deleted_at": "datetime"},
    "conversation": {"client_id": "str36", "coach_id": "str36", "kind": "str20", "channel": "str20",
                     "held_at": "datetime", "planned": "bool", "place": "str150", "summary_for_client": "text",
                     "internal_notes": "text", "next_meeting_at": "datetime", "duty_to_inform_discussed": "bool",
                     "rights_folder": "str20", "deleted_at": "datetime"},
    "agreement": {"client_id": "str36", "conversation_id": "str36", "placement_id": "str36", "description": "text",
                  "party": "str20", "specialist_id": "str36", "due_date": "date", "status": "str20",
                  "status_date": "date", "shared_with_specialists": "bool", "deleted_at": "datetime"},
    "taxonomy_item": {"code": "str40", "domain": "str20", "label_nl": "str150", "label_en": "str150",
                      "active": "bool", "deleted_at": "datetime"},
    "profile_entry": {"client_id": "str36", "taxonomy_code": "str40", "level": "int", "target_level": "int",
                      "source": "str10", "assessed_on": "date", "client_recognises": "bool",
                      "recognised_on": "date", "placement_id": "str36", "deleted_at": "datetime"},
    "instrument": {"code": "str40", "name": "str200", "provider": "str100", "description": "text",
                   "target_codes": "text", "min_age": "int", "max_age": "int", "duration_weeks": "int",
                   "places_left": "int", "active": "bool", "deleted_at": "datetime"},
    "placement": {"client_id": "str36", "instrument_id": "str36", "specialist_id": "str36", "reason": "text",
                  "goal_codes": "text", "start_date": "date", "end_date": "date", "status": "str20",
                  "outcome": "str20", "rating_client": "int", "rating_supervisor": "int", "rating_employer": "int",
                  "client_remark": "text", "progress_notes": "text", "specialist_evaluation": "text",
                  "deleted_at": "datetime"},
    "signal": {"client_id": "str36", "kind": "str20", "description": "text", "signalled_on": "date",
               "status": "str10", "culpable": "bool", "letter_sent_on": "date", "next_attempt_at": "datetime",
               "result": "str20", "result_reason": "text", "closed_on": "date", "call_impossible_reason": "text",
               "deleted_at": "datetime"},
    "call_attempt": {"signal_id": "str36", "client_id": "str36", "attempted_at": "datetime", "reached": "bool",
                     "by_user_id": "str36", "note": "text", "deleted_at": "datetime"},
    "absence": {"client_id": "str36", "activity": "str200", "missed_on": "date", "notified": "bool",
                "door_visit_on": "date", "door_visit_findings": "text", "followup_conversation_id": "str36",
                "explained_by_circumstances": "bool", "sanction_considered_on": "date",
                "circumstances": "text", "hearing_offered_on": "date", "hearing_deadline": "date",
                "hearing_outcome": "str20", "hearing_outcome_on": "date", "hearing_client_view": "text",
                "sanction_decision": "str20", "sanction_percentage": "int",
                "sanction_months": "int", "decision_reason": "text", "closed_on": "date", "deleted_at": "datetime"},
    "referral": {"client_id": "str36", "referred_to": "str20", "reason": "text", "referred_on": "date",
                 "follow_up_on": "date", "followed_up_on": "date", "follow_up_note": "text", "by_user_id": "str36",
                 "deleted_at": "datetime"},
    "approach_group": {"team_id": "str36", "name": "str120", "starts_on": "date", "deleted_at": "datetime"},
    "approach_session": {"group_id": "str36", "team_id": "str36", "topic": "str20", "starts_at": "datetime",
                         "place": "str150", "deleted_at": "datetime"},
    "approach_attendance": {"client_id": "str36", "session_id": "str36", "status": "str20", "absence_id": "str36",
                            "recorded_by": "str160", "deleted_at": "datetime"},
    "audit_event": {"at": "datetime", "user_id": "str36", "username": "str80", "device_id": "str36",
                    "action": "str20", "entity": "str40", "entity_id": "str36", "client_id": "str36",
                    "purpose": "str200", "fields": "text", "deleted_at": "datetime"},
}

# Tables only the central store changes; desktops receive them read-only.
CENTRAL_TABLES = frozenset({"team", "user", "taxonomy_item", "instrument"})
# Tables whose rows belong to one client (scope follows the client).
CLIENT_TABLES = frozenset({"conversation", "agreement", "profile_entry", "placement", "signal", "call_attempt",
                           "absence", "referral", "approach_attendance", "audit_event"})
# Tables whose rows belong to one team (the absence approach's groups and their sessions): scope follows team_id.
TEAM_TABLES = frozenset({"approach_group", "approach_session"})
# What a specialist may see (DESIGN §1): only these fields of their placements' clients.
SPECIALIST_CLIENT_FIELDS = frozenset({"first_name", "name_prefix", "last_name", "phone", "email",
                                      "preferred_language", "deleted_at"})
SPECIALIST_AGREEMENT_FIELDS = frozenset({"client_id", "placement_id", "description", "party", "specialist_id",
                                         "due_date", "status", "status_date", "shared_with_specialists",
                                         "deleted_at"})
# What a specialist may change: their own record of progress and evaluation.
SPECIALIST_WRITABLE = {"placement": frozenset({"progress_notes", "specialist_evaluation"})}
# The absence approach's admission (seed 004), a team lead's own record on a client row.
APPROACH_DECISION_FIELDS = frozenset({"approach_decision", "approach_decision_reason", "approach_decided_on",
                                      "approach_decided_by", "approach_group_id"})
# What a team lead sees of the clients of their team: caseload metadata (DESIGN §1), plus what the coordinator
# needs to admit a client to the absence approach: the name and the coach's proposal (seed 004).
TEAM_LEAD_CLIENT_FIELDS = frozenset({"coach_id", "team_id", "benefit_status", "benefit_start", "benefit_end",
                                     "aftercare_until", "deleted_at", "first_name", "name_prefix", "last_name",
                                     "work_duty_exemption_until", "work_duty_exemption_from",
                                     "approach_proposed_on", "approach_reasons", "approach_note"}
                                    | APPROACH_DECISION_FIELDS)
# What a team lead may change (their own records, for clients of their team): the admission on the client row,
# the groups, sessions and attendance, and the no-show absence attendance opens (not its follow-up).
TEAM_LEAD_WRITABLE = {"client": APPROACH_DECISION_FIELDS,
                      "absence": frozenset({"client_id", "activity", "missed_on", "notified", "deleted_at"}),
                      "approach_group": frozenset(TABLE_FIELDS["approach_group"]),
                      "approach_session": frozenset(TABLE_FIELDS["approach_session"]),
                      "approach_attendance": frozenset(TABLE_FIELDS["approach_attendance"])}
# The absence team (seed 004, team verzuim): whom to visit, and the door visit they record on an absence.
ABSENCE_TEAM_CLIENT_FIELDS = frozenset({"first_name", "name_prefix", "last_name", "phone", "street", "house_number",
                                        "house_number_suffix", "postcode", "city", "team_id", "coach_id",
                                        "preferred_language", "deleted_at"})
ABSENCE_TEAM_ABSENCE_FIELDS = frozenset({"client_id", "activity", "missed_on", "notified", "door_visit_on",
                                         "door_visit_findings", "closed_on", "deleted_at"})
ABSENCE_TEAM_WRITABLE = {"absence": frozenset({"door_visit_on", "door_visit_findings"})}

# Desktop schema revisions in order. The server accepts the newest and the one before it (DESIGN §4.7);
# an older desktop gets 426 ErrorBody(error="too_old"). Sent as header SCHEMA_HEADER on /sync/* requests.
DESKTOP_SCHEMAS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008")
KNOWN_SCHEMAS = frozenset(DESKTOP_SCHEMAS)
SCHEMA_HEADER = "X-Wijkdesk-Schema"
# Every answer of the central store carries its epoch: a new one after a restore from backup (server/epoch.py).
EPOCH_HEADER = "X-Wijkdesk-Epoch"
SEQ_HEADER = "X-Wijkdesk-Seq"  # on the handshake: the store's highest change number


def schema_accepted(revision: str) -> bool:
    """True when a desktop with this schema revision may still sync (the newest or the one before). An unknown
    revision is not accepted either: the server cannot know what its rows mean (the central store is updated
    before the desktops)."""
    if revision in DESKTOP_SCHEMAS:
        return DESKTOP_SCHEMAS.index(revision) >= len(DESKTOP_SCHEMAS) - 2
    return False


# Dates and times the store accepts: nothing in a caseload lies outside these years, and anything outside them
# would not survive the conversion to UTC or the databases' own ranges.
MIN_YEAR, MAX_YEAR = 1900, 2999


PLAIN_LINE = "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"  # what plain_line_problem accepts, for the OpenAPI document


def plain_line_problem(text: str) -> str | None:
    """Why a one-line name (a device or user name) is not acceptable: control characters (NUL included)."""
    if any(ord(ch) < 32 or 127 <= ord(ch) < 160 for ch in text):
        return "must not contain control characters"
    return None if is_unicode(text) else "not valid Unicode (an unpaired surrogate)"


def revision_known(revision: str) -> bool:
    """A desktop schema revision this server knows (older ones are then answered too_old, not bad_request)."""
    return revision in KNOWN_SCHEMAS


def is_unicode(text: str) -> bool:
    """False when `text` holds a lone surrogate: JSON can escape one ("\\ud800"), UTF-8 and databases can't."""
    if text.isascii():
        return True
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


def check_value(kind: str, value: Any) -> str | None:
    """None when `value` fits `kind`, else the reason (English; the server's reasons are for logs and users)."""
    if value is None:
        return None
    if kind.startswith("str") or kind == "text":
        if not isinstance(value, str):
            return "expected a string"
        limit = 100_000 if kind == "text" else int(kind[3:])
        if len(value) > limit:
            return f"longer than {limit} characters"
        if "\x00" in value:
            return "contains a NUL character"
        return None if is_unicode(value) else "not valid Unicode (an unpaired surrogate)"
    if kind == "bool":
        return None if isinstance(value, bool) else "expected true or false"
    if kind == "int":
        ok = isinstance(value, int) and not isinstance(value, bool) and -(2**31) <= value < 2**31
        return None if ok else "expected a whole number"
    if kind in ("date", "datetime"):
        if not isinstance(value, str):
            return f"expected a {kind} as ISO text"
        try:
            parsed = (date.fromisoformat if kind == "date" else datetime.fromisoformat)(value)
            if isinstance(parsed, datetime) and parsed.tzinfo is not None:
                parsed = parsed.astimezone(UTC)  # the store keeps UTC: it must exist there too
        except (ValueError, OverflowError):
            return f"not a valid {kind}"
        if not MIN_YEAR <= parsed.year <= MAX_YEAR:
            return f"{kind} outside the years {MIN_YEAR}-{MAX_YEAR}"
        return None
    return "unknown field type"
