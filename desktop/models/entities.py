"""Every entity of DESIGN §2 as typed SQLAlchemy 2.0 models.

Enumerations are stored as short strings (validated in the services) so that a newer central
store can add a value without breaking an older desktop's schema.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from sync.ids import new_mutation_id

from .base import Base, SyncMixin, utcnow

# --- vocabularies (validated in services) ------------------------------------------------------
ROLES = ("coach", "specialist", "team_lead", "absence_team", "admin")
BENEFIT_STATUSES = ("applicant", "active", "aftercare", "ended")
CONVERSATION_KINDS = ("intake", "progress", "review", "phone", "home_visit", "evaluation", "aftercare")
CHANNELS = ("in_person", "phone", "video", "home")
AGREEMENT_PARTIES = ("client", "coach", "specialist")
AGREEMENT_STATUSES = ("open", "done", "missed", "cancelled")
TAXONOMY_DOMAINS = ("quality", "skill", "attention", "circumstance", "direction")
PROFILE_SOURCES = ("self", "test", "game", "coach")
PLACEMENT_STATUSES = ("proposed", "active", "completed", "stopped")
PLACEMENT_OUTCOMES = ("work", "education", "next_instrument", "none")
SIGNAL_KINDS = ("duty_to_inform", "income_decision", "other")
SIGNAL_STATUSES = ("open", "closed")
SIGNAL_RESULTS = ("no_action", "corrected", "explained", "warning", "fine_investigation")


class Team(SyncMixin, Base):
    __tablename__ = "team"
    CENTRAL = True  # maintained by the central store; never pushed from a desktop
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    location: Mapped[str | None] = mapped_column(String(120))


class User(SyncMixin, Base):
    """A coach, specialist or team lead known on this device."""

    __tablename__ = "user"
    CENTRAL = True
    username: Mapped[str] = mapped_column(String(80), nullable=False, index=True)
    display_name: Mapped[str] = mapped_column(String(160), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False, default="coach")
    team_id: Mapped[str | None] = mapped_column(ForeignKey("team.id"))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    reachable: Mapped[str | None] = mapped_column(String(200))  # "ma-do 9-17 uur"
    organisation: Mapped[str | None] = mapped_column(String(120))


class Client(SyncMixin, Base):
    __tablename__ = "client"
    bsn: Mapped[str] = mapped_column(String(9), nullable=False, index=True)
    first_name: Mapped[str] = mapped_column(String(100), nullable=False)
    name_prefix: Mapped[str | None] = mapped_column(String(30))
    last_name: Mapped[str] = mapped_column(String(150), nullable=False)
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    street: Mapped[str | None] = mapped_column(String(150))
    house_number: Mapped[str | None] = mapped_column(String(10))
    house_number_suffix: Mapped[str | None] = mapped_column(String(10))
    postcode: Mapped[str | None] = mapped_column(String(7))
    city: Mapped[str | None] = mapped_column(String(100))
    preferred_language: Mapped[str] = mapped_column(String(5), nullable=False, default="nl")
    coach_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"), index=True)
    team_id: Mapped[str | None] = mapped_column(ForeignKey("team.id"))
    benefit_status: Mapped[str] = mapped_column(String(20), nullable=False, default="active")
    benefit_start: Mapped[date | None] = mapped_column(Date)
    benefit_end: Mapped[date | None] = mapped_column(Date)
    aftercare_until: Mapped[date | None] = mapped_column(Date)
    werknl_registered_on: Mapped[date | None] = mapped_column(Date)
    werknl_expires_on: Mapped[date | None] = mapped_column(Date)
    werknl_exempt: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    werknl_letter_sent_on: Mapped[date | None] = mapped_column(Date)  # written to about registering
    werknl_called_back_on: Mapped[date | None] = mapped_column(Date)
    # The binding decision path of seed 003 (sync/policy/werknl.py): phone follow-up of a non-responder,
    # the binding decision with its deadline, the hearing offered, the sanction.
    werknl_phoned_on: Mapped[date | None] = mapped_column(Date)
    werknl_binding_decision_on: Mapped[date | None] = mapped_column(Date)
    werknl_binding_deadline: Mapped[date | None] = mapped_column(Date)
    werknl_hearing_offered_on: Mapped[date | None] = mapped_column(Date)
    werknl_sanction_on: Mapped[date | None] = mapped_column(Date)
    werknl_sanction_percentage: Mapped[int | None] = mapped_column(Integer)
    # An exemption request: who called, why, and the decision (granted | refused).
    werknl_exemption_requested_by: Mapped[str | None] = mapped_column(String(160))
    werknl_exemption_reason: Mapped[str | None] = mapped_column(Text)
    werknl_exemption_decision: Mapped[str | None] = mapped_column(String(20))
    work_duty_exemption: Mapped[str | None] = mapped_column(String(200))
    work_duty_exemption_until: Mapped[date | None] = mapped_column(Date)
    # Issue 17 (sync/policy/aftercare.py, exemption.py): the exemption's first day; a restart of the benefit
    # within six months of the previous end (flagged, same coach); whether the work lasted after aftercare;
    # the contact rhythm in weeks (None: the default four).
    work_duty_exemption_from: Mapped[date | None] = mapped_column(Date)
    previous_benefit_end: Mapped[date | None] = mapped_column(Date)
    benefit_restarted_on: Mapped[date | None] = mapped_column(Date)
    aftercare_outcome: Mapped[str | None] = mapped_column(String(20))  # lasted | not_lasted
    aftercare_outcome_on: Mapped[date | None] = mapped_column(Date)
    contact_every_weeks: Mapped[int | None] = mapped_column(Integer)
    # A re-examination (heronderzoek, seed 000): who selected it and why, in words (no model, no proxies);
    # the friendly invitation letter's day (sync/policy/reexamination.py).
    reexamination_selected_on: Mapped[date | None] = mapped_column(Date)
    reexamination_selected_by: Mapped[str | None] = mapped_column(String(160))
    reexamination_reason: Mapped[str | None] = mapped_column(Text)
    reexamination_invited_on: Mapped[date | None] = mapped_column(Date)
    # Client satisfaction at the end of aftercare (seed 001): 1-5 and a remark, in the words of the client.
    aftercare_satisfaction: Mapped[int | None] = mapped_column(Integer)
    aftercare_satisfaction_remark: Mapped[str | None] = mapped_column(Text)
    # The absence approach (seed 004), its first step: the coach proposes with reasons (codes, space-separated)
    # and a written note; a team lead admits or excludes, with the reason (sync/policy/absence_approach.py).
    approach_proposed_on: Mapped[date | None] = mapped_column(Date)
    approach_reasons: Mapped[str | None] = mapped_column(String(120))
    approach_note: Mapped[str | None] = mapped_column(Text)
    approach_decision: Mapped[str | None] = mapped_column(String(20))  # admitted | excluded
    approach_decision_reason: Mapped[str | None] = mapped_column(Text)
    approach_decided_on: Mapped[date | None] = mapped_column(Date)
    approach_decided_by: Mapped[str | None] = mapped_column(String(160))
    approach_group_id: Mapped[str | None] = mapped_column(String(36))  # the group the team lead placed them in


class Conversation(SyncMixin, Base):
    __tablename__ = "conversation"
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), nullable=False, index=True)
    coach_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="progress")
    channel: Mapped[str] = mapped_column(String(20), nullable=False, default="in_person")
    held_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    # A planned meeting is a conversation that has not been held yet.
    planned: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    place: Mapped[str | None] = mapped_column(String(150))
    summary_for_client: Mapped[str] = mapped_column(Text, nullable=False, default="")
    internal_notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    next_meeting_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The duty to inform (seeds 000, 004): discussed in this conversation or call; the rights-and-duties folder
    # handed over or discussed (sync/policy/duty_to_inform.py).
    duty_to_inform_discussed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    rights_folder: Mapped[str | None] = mapped_column(String(20))  # handed_over | discussed


class Agreement(SyncMixin, Base):
    __tablename__ = "agreement"
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), nullable=False, index=True)
    conversation_id: Mapped[str | None] = mapped_column(ForeignKey("conversation.id"), index=True)
    placement_id: Mapped[str | None] = mapped_column(ForeignKey("placement.id"))
    description: Mapped[str] = mapped_column(Text, nullable=False)
    party: Mapped[str] = mapped_column(String(20), nullable=False, default="client")
    specialist_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="open")
    status_date: Mapped[date | None] = mapped_column(Date)
    shared_with_specialists: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)


class TaxonomyItem(SyncMixin, Base):
    __tablename__ = "taxonomy_item"
    CENTRAL = True
    code: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    domain: Mapped[str] = mapped_column(String(20), nullable=False)
    label_nl: Mapped[str] = mapped_column(String(150), nullable=False)
    label_en: Mapped[str] = mapped_column(String(150), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class ProfileEntry(SyncMixin, Base):
    """One assessment; history is append-only."""

    __tablename__ = "profile_entry"
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), nullable=False, index=True)
    taxonomy_code: Mapped[str] = mapped_column(String(40), nullable=False)
    level: Mapped[int] = mapped_column(Integer, nullable=False)
    target_level: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(10), nullable=False, default="coach")
    assessed_on: Mapped[date] = mapped_column(Date, nullable=False)
    client_recognises: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # The day the client said they recognise this assessment, set only by ProfileService.record_recognition
    # (seed 001: the client decides); a re-assessment never carries it over (sync/policy/profile.py).
    recognised_on: Mapped[date | None] = mapped_column(Date)
    placement_id: Mapped[str | None] = mapped_column(ForeignKey("placement.id"))


class Instrument(SyncMixin, Base):
    __tablename__ = "instrument"
    CENTRAL = True
    code: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    provider: Mapped[str] = mapped_column(String(100), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="")
    target_codes: Mapped[str] = mapped_column(Text, nullable=False, default="")  # space-separated codes
    min_age: Mapped[int | None] = mapped_column(Integer)
    max_age: Mapped[int | None] = mapped_column(Integer)
    duration_weeks: Mapped[int | None] = mapped_column(Integer)
    places_left: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)


class Placement(SyncMixin, Base):
    __tablename__ = "placement"
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), nullable=False, index=True)
    instrument_id: Mapped[str] = mapped_column(ForeignKey("instrument.id"), nullable=False)
    specialist_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"), index=True)
    reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    goal_codes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), nullable=False, default="proposed")
    outcome: Mapped[str | None] = mapped_column(String(20))
    rating_client: Mapped[int | None] = mapped_column(Integer)
    rating_supervisor: Mapped[int | None] = mapped_column(Integer)
    rating_employer: Mapped[int | None] = mapped_column(Integer)
    client_remark: Mapped[str | None] = mapped_column(Text)  # the client's remark with rating_client (seed 001)
    progress_notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    specialist_evaluation: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Signal(SyncMixin, Base):
    __tablename__ = "signal"
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    signalled_on: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open")
    culpable: Mapped[bool | None] = mapped_column(Boolean)
    letter_sent_on: Mapped[date | None] = mapped_column(Date)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime)
    result: Mapped[str | None] = mapped_column(String(20))
    result_reason: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[date | None] = mapped_column(Date)
    # An income decision not explained by phone: why calling was impossible (sync/policy/signals.py).
    call_impossible_reason: Mapped[str | None] = mapped_column(Text)


class CallAttempt(SyncMixin, Base):
    __tablename__ = "call_attempt"
    signal_id: Mapped[str] = mapped_column(ForeignKey("signal.id"), nullable=False, index=True)
    # Denormalised so the central store can scope the row like every other client row.
    client_id: Mapped[str | None] = mapped_column(String(36), index=True)
    attempted_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    reached: Mapped[bool] = mapped_column(Boolean, nullable=False)
    by_user_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Absence(SyncMixin, Base):
    __tablename__ = "absence"
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), nullable=False, index=True)
    activity: Mapped[str] = mapped_column(String(200), nullable=False)
    missed_on: Mapped[date] = mapped_column(Date, nullable=False)
    notified: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    door_visit_on: Mapped[date | None] = mapped_column(Date)
    door_visit_findings: Mapped[str | None] = mapped_column(Text)
    followup_conversation_id: Mapped[str | None] = mapped_column(ForeignKey("conversation.id"))
    explained_by_circumstances: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    sanction_considered_on: Mapped[date | None] = mapped_column(Date)
    # The circumstances checked before a sanction is considered: JSON {item: {"answer", "note"}}
    # for children, debts, housing, health (sync/policy/absences.py).
    circumstances: Mapped[str | None] = mapped_column(Text)
    hearing_offered_on: Mapped[date | None] = mapped_column(Date)  # the day the hearing invitation was sent
    hearing_deadline: Mapped[date | None] = mapped_column(Date)  # the client's response deadline
    hearing_outcome: Mapped[str | None] = mapped_column(String(20))  # heard | written_view | no_response
    hearing_outcome_on: Mapped[date | None] = mapped_column(Date)
    hearing_client_view: Mapped[str | None] = mapped_column(Text)
    sanction_decision: Mapped[str | None] = mapped_column(String(20))  # sanction | no_sanction
    sanction_percentage: Mapped[int | None] = mapped_column(Integer)
    sanction_months: Mapped[int | None] = mapped_column(Integer)
    decision_reason: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[date | None] = mapped_column(Date)


class Referral(SyncMixin, Base):
    """A referral to the wijkteam or VraagWijzer (seed 004) with the reason and a follow-up date
    (sync/policy/referrals.py)."""

    __tablename__ = "referral"
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), nullable=False, index=True)
    referred_to: Mapped[str] = mapped_column(String(20), nullable=False)  # wijkteam | vraagwijzer
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    referred_on: Mapped[date] = mapped_column(Date, nullable=False)
    follow_up_on: Mapped[date] = mapped_column(Date, nullable=False)
    followed_up_on: Mapped[date | None] = mapped_column(Date)
    follow_up_note: Mapped[str | None] = mapped_column(Text)
    by_user_id: Mapped[str | None] = mapped_column(ForeignKey("user.id"))


class ApproachGroup(SyncMixin, Base):
    """A group of the absence approach (seed 004: ~20-25 admitted clients), kept by the team lead."""

    __tablename__ = "approach_group"
    team_id: Mapped[str | None] = mapped_column(String(36), index=True)
    name: Mapped[str] = mapped_column(String(120), nullable=False)
    starts_on: Mapped[date] = mapped_column(Date, nullable=False)


class ApproachSession(SyncMixin, Base):
    """One group meeting (cv training, application training, ...) of an absence-approach group."""

    __tablename__ = "approach_session"
    group_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    team_id: Mapped[str | None] = mapped_column(String(36))  # the group's team: the store scopes by it
    topic: Mapped[str] = mapped_column(String(20), nullable=False)  # cv | application | motivation
    starts_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    place: Mapped[str | None] = mapped_column(String(150))


class ApproachAttendance(SyncMixin, Base):
    """A participant's attendance at one session: present, called off or no-show. A no-show without calling
    off opens an absence (absence_id) for the absence team's door visit."""

    __tablename__ = "approach_attendance"
    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), nullable=False, index=True)
    session_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(20), nullable=False)  # present | called_off | no_show
    absence_id: Mapped[str | None] = mapped_column(String(36))
    recorded_by: Mapped[str | None] = mapped_column(String(160))


class AuditEvent(SyncMixin, Base):
    """Who did what to which client's data (append-only; pushed to the central store)."""

    __tablename__ = "audit_event"
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow, index=True)
    user_id: Mapped[str | None] = mapped_column(String(36))
    username: Mapped[str] = mapped_column(String(80), nullable=False)
    device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    action: Mapped[str] = mapped_column(String(20), nullable=False)  # view, create, update, delete, export, print
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    entity_id: Mapped[str | None] = mapped_column(String(36))
    client_id: Mapped[str | None] = mapped_column(String(36), index=True)
    purpose: Mapped[str | None] = mapped_column(String(200))
    fields: Mapped[str | None] = mapped_column(Text)  # names of changed fields, never their values


# --- local, not synced -----------------------------------------------------------------------


class OutboxMutation(Base):
    """A local change waiting to be pushed, written in the same transaction as the change."""

    __tablename__ = "outbox"
    __table_args__ = (UniqueConstraint("device_id", "seq"),)
    mutation_id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_mutation_id)
    device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    table_name: Mapped[str] = mapped_column(String(40), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    op: Mapped[str] = mapped_column(String(10), nullable=False)  # insert | update
    fields_json: Mapped[str] = mapped_column(Text, nullable=False)
    base_version: Mapped[int] = mapped_column(Integer, nullable=False)
    schema_version: Mapped[str] = mapped_column(String(40), nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    state: Mapped[str] = mapped_column(String(12), nullable=False, default="pending")  # pending|rejected
    reject_reason: Mapped[str | None] = mapped_column(Text)


class LocalSetting(Base):
    """Domain settings and device state kept in the (encrypted) database."""

    __tablename__ = "local_setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class SyncConflict(Base):
    """A field where the central store kept another value than ours; the user resolves it."""

    __tablename__ = "sync_conflict"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the server's conflict id
    table_name: Mapped[str] = mapped_column(String(40), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False)
    field: Mapped[str] = mapped_column(String(60), nullable=False)
    mine_json: Mapped[str] = mapped_column(Text, nullable=False)
    theirs_json: Mapped[str] = mapped_column(Text, nullable=False)
    server_version: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(String(10))  # mine | theirs | edited
    # who made the central value (display name) and when the central store received it (naive UTC), when the
    # central store says (POST /sync/push?authors=1)
    theirs_author: Mapped[str | None] = mapped_column(String(160))
    theirs_changed_at: Mapped[datetime | None] = mapped_column(DateTime)


SYNCED_MODELS: tuple[type[SyncMixin], ...] = (
    Team, User, Client, Conversation, Agreement, TaxonomyItem, ProfileEntry, Instrument,
    Placement, Signal, CallAttempt, Absence, Referral, ApproachGroup, ApproachSession, ApproachAttendance,
    AuditEvent,
)
TABLES: dict[str, type[SyncMixin]] = {m.__tablename__: m for m in SYNCED_MODELS}  # type: ignore[attr-defined]
