"""The central store's own tables (SQLAlchemy 2.0, portable between SQLite and PostgreSQL).

The synced domain rows are kept generically in `record` (one row per table/row id, the fields as JSON
text); everything else is the server's own bookkeeping: users, devices, deputies, transfers, the change
sequence, idempotency and conflicts. Datetimes are naive UTC. JSON is stored as TEXT on both databases.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DDL, BigInteger, Boolean, DateTime, Index, Integer, MetaData, String, Text, event, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sync.clock import utcnow
from sync.ids import new_id

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

ROLES = ("coach", "specialist", "team_lead", "absence_team", "admin")
CHANGE_COUNTER = "change"


def key_text(length: int) -> String:
    """An id or table name: compared byte by byte on PostgreSQL (COLLATE "C"). Ids are ASCII, so the order is
    the same as in any other collation, but each comparison is a memcmp instead of the locale's string
    collation: the indexes a push fills (random ids) compare some twenty times per row."""
    return String(length).with_variant(String(length, collation="C"), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Team(Base):
    __tablename__ = "team"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class User(Base):
    __tablename__ = "user"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(160))
    role: Mapped[str] = mapped_column(String(20))
    team_id: Mapped[str | None] = mapped_column(String(36), index=True)
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    reachable: Mapped[str | None] = mapped_column(String(200))
    organisation: Mapped[str | None] = mapped_column(String(120))
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    # A disabled user cannot sign in and every device of theirs is told it was revoked (users.py).
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime)


class Device(Base):
    __tablename__ = "device"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36), index=True)
    name: Mapped[str] = mapped_column(String(120))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class Deputy(Base):
    """`deputy_id` deputises for (*neemt waar voor*) `coach_id` while `ended_at` is null."""

    __tablename__ = "deputy"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    coach_id: Mapped[str] = mapped_column(String(36), index=True)
    deputy_id: Mapped[str] = mapped_column(String(36), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)


class TransferLog(Base):
    __tablename__ = "transfer_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    client_id: Mapped[str] = mapped_column(String(36), index=True)
    from_user_id: Mapped[str | None] = mapped_column(String(36), index=True)
    to_user_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Record(Base):
    """One synced row of any table in TABLE_FIELDS.

    client_id: the scope key (client rows: their own id; rows of CLIENT_TABLES: their client_id).
    owner_id: client rows: the coach; placements: the specialist. team_id: client rows: their team.
    shared: agreements: shared_with_specialists. field_versions: {field: version it last changed in}.
    version_devices: {version: device id that made it} for the versions field_versions still points at, so
    a device's own later edit of a field it changed itself is never a conflict with itself.
    origin_device: the device whose copy of the row is exactly this version (it pushed the change onto a
    version it held, see push.py); its own pulls leave the row out (no echo). Null: no device is known to
    hold this version (admin changes, merges with another device's change, rows re-sent to a new scope).
    """

    __tablename__ = "record"

    table_name: Mapped[str] = mapped_column(key_text(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(key_text(36), primary_key=True)
    client_id: Mapped[str | None] = mapped_column(key_text(36), index=True)
    owner_id: Mapped[str | None] = mapped_column(key_text(36))
    team_id: Mapped[str | None] = mapped_column(key_text(36))
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True, index=True)
    data: Mapped[str] = mapped_column(Text)
    field_versions: Mapped[str] = mapped_column(Text)
    version_devices: Mapped[str] = mapped_column(Text)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    origin_device: Mapped[str | None] = mapped_column(String(36))

    # Only client and placement rows have an owner: a partial index keeps the other 90 % of the rows (random
    # UUID keys) out of it, so a push dirties far fewer index pages. Queries on it say `owner_id IS NOT NULL`
    # or compare owner_id with = / IN, from which both databases know the index applies.
    __table_args__ = (
        Index("ix_record_owner", "table_name", "owner_id", "row_id",
              sqlite_where=text("owner_id IS NOT NULL"), postgresql_where=text("owner_id IS NOT NULL")),
    )


class ScopeRemoval(Base):
    """A row left `user_id`'s scope at `seq`: their next pull gets a "remove" for it."""

    __tablename__ = "scope_removal"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    user_id: Mapped[str] = mapped_column(key_text(36))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))

    __table_args__ = (Index("ix_scope_removal_user_seq", "user_id", "seq"),)


class SeqCounter(Base):
    """The single change sequence; its row is locked by every writing transaction until commit."""

    __tablename__ = "seq_counter"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)


class StoreMeta(Base):
    """Facts about this store itself: its epoch (see epoch.py) and the identity of the database it was in."""

    __tablename__ = "store_meta"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class AppliedMutation(Base):
    __tablename__ = "applied_mutation"

    mutation_id: Mapped[str] = mapped_column(key_text(36), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    payload_hash: Mapped[str] = mapped_column(String(64))
    result_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Conflict(Base):
    __tablename__ = "conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    losing_value: Mapped[str] = mapped_column(Text)
    server_value: Mapped[str] = mapped_column(Text)
    server_version: Mapped[int] = mapped_column(Integer)
    mutation_id: Mapped[str] = mapped_column(String(36))
    user_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)


class AuditLog(Base):
    """The central audit trail (audit.py): one row per audit event a device pushed. Who, from which device and
    `received_at` come from the token and the server clock, never from the device; `at` is when the device
    says it happened. Rows are never updated or deleted (triggers refuse it on both databases)."""

    __tablename__ = "audit_log"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    received_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    at: Mapped[datetime | None] = mapped_column(DateTime)
    user_id: Mapped[str] = mapped_column(String(36), index=True)
    username: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(20))
    device_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str | None] = mapped_column(String(20))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(36))
    client_id: Mapped[str | None] = mapped_column(String(36), index=True)
    purpose: Mapped[str | None] = mapped_column(String(200))
    fields: Mapped[str | None] = mapped_column(Text)
    mutation_id: Mapped[str] = mapped_column(String(36))


class ParkedChange(Base):
    """A pushed change refused because the sender's access to the client ended (transfer, deputyship ended):
    kept here so the client's coach or team lead can apply or dismiss it (parked.py). Nothing is lost."""

    __tablename__ = "parked_change"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True)
    user_id: Mapped[str] = mapped_column(String(36))
    device_id: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36))
    client_id: Mapped[str | None] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(10))
    fields: Mapped[str] = mapped_column(Text)
    base_version: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(36))
    resolution: Mapped[str | None] = mapped_column(String(20))


class LoginFailure(Base):
    """A failed sign-in, per user name and per address (hardening.py counts them for the rate limit)."""

    __tablename__ = "login_failure"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    key: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_login_failure_key_at", "key", "at"),)


T_AUDIT = AuditLog.__table__
T_PARKED = ParkedChange.__table__
T_LOGIN_FAILURE = LoginFailure.__table__
class PolicySetting(Base):
    """A policy number set with `wijkdesk-server settings set` (sync/policy/settings.py); absent = the default."""

    __tablename__ = "policy_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


T_RECORD = Record.__table__
T_REMOVAL = ScopeRemoval.__table__
T_COUNTER = SeqCounter.__table__
T_META = StoreMeta.__table__
T_APPLIED = AppliedMutation.__table__
T_CONFLICT = Conflict.__table__
T_USER = User.__table__
T_TEAM = Team.__table__
T_DEVICE = Device.__table__
T_DEPUTY = Deputy.__table__
T_TRANSFER = TransferLog.__table__


# The audit trail is append-only in the database itself, not only in the code that writes it.
AUDIT_GUARD_SQLITE = [
    f"CREATE TRIGGER audit_log_no_{what} BEFORE {what.upper()} ON audit_log "
    f"BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    for what in ("update", "delete")]
AUDIT_GUARD_POSTGRESQL = [
    "CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$",
    "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()",
]
for _sql in AUDIT_GUARD_SQLITE:
    event.listen(T_AUDIT, "after_create", DDL(_sql).execute_if(dialect="sqlite"))
for _sql in AUDIT_GUARD_POSTGRESQL:
    event.listen(T_AUDIT, "after_create", DDL(_sql).execute_if(dialect="postgresql"))
T_POLICY_SETTING = PolicySetting.__table__
