"""The typed SQLAlchemy 2.x models. One Alembic revision per change to this file."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    return Enum(cls, name=name, native_enum=False, length=32, validate_strings=True,
                values_callable=lambda members: [m.value for m in members])


class Role(str, enum.Enum):
    CASEWORKER = "caseworker"
    TEAM_LEAD = "team_lead"
    MANAGER = "manager"
    ADMIN = "admin"


class SiteKind(str, enum.Enum):
    CUSTODY_SUITE = "custody_suite"
    HOSPITAL_ED = "hospital_ed"
    OFFICE = "office"


class Nation(str, enum.Enum):
    ENGLAND = "england"
    WALES = "wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern_ireland"


class Team(Base):
    __tablename__ = "team"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Site(Base):
    __tablename__ = "site"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[SiteKind] = mapped_column(_enum(SiteKind, "site_kind"))
    local_authority: Mapped[str] = mapped_column(String(120))
    nation: Mapped[Nation] = mapped_column(_enum(Nation, "nation"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class User(Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(_enum(Role, "role"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"), index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    team: Mapped[Team | None] = relationship()
    # The administrator grant, separate from the case role (role "admin" = administrator, no case role).
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))

    __mapper_args__ = {"version_id_col": version}


class Person(Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(String(120))
    family_name: Mapped[str] = mapped_column(String(120))
    date_of_birth: Mapped[date] = mapped_column(Date)
    gender: Mapped[str | None] = mapped_column(String(40))
    home_local_authority: Mapped[str | None] = mapped_column(String(120))
    postcode: Mapped[str | None] = mapped_column(String(10))
    pnc_id: Mapped[str | None] = mapped_column(String(20), index=True)
    nhs_number: Mapped[str | None] = mapped_column(String(10), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Set when retention anonymised the person (every referral past its pathway's retention period).
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Contact.id"
    )

    __table_args__ = (
        Index("ix_person_name_dob", "family_name", "given_name", "date_of_birth"),
        Index("ix_person_dob", "date_of_birth"),
    )
    __mapper_args__ = {"version_id_col": version}


class Contact(Base):
    """A parent, carer or other contact of a young person."""

    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column("relationship", String(80))
    phone: Mapped[str | None] = mapped_column(String(40))
    is_parent_carer: Mapped[bool] = mapped_column(Boolean, default=False)

    person: Mapped[Person] = relationship(back_populates="contacts")


class Referral(Base):
    __tablename__ = "referral"

    id: Mapped[int] = mapped_column(primary_key=True)
    pathway: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(40))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"))
    assigned_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    stage: Mapped[str] = mapped_column(String(40))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    outcome: Mapped[str | None] = mapped_column(String(60))
    # The earliest unmet deadline among the referral's timers (overdue ones included) and its first
    # warning time: kept by the SLA cache in the same transaction, so caseloads sort on an index.
    next_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    next_warn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Set when retention erased the referral's record, leaving this anonymous row for the counts.
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Set by a spreadsheet import (its instant) unless it chose to track every clock: an SLA deadline at
    # or before it had passed before Casework held the referral, so it is "imported — not tracked".
    sla_untracked_before: Mapped[datetime | None] = mapped_column(UTCDateTime())

    person: Mapped[Person] = relationship()
    site: Mapped[Site | None] = relationship()
    team: Mapped[Team | None] = relationship()
    assigned_user: Mapped[User | None] = relationship()
    events: Mapped[list[Event]] = relationship(
        back_populates="referral", order_by="(Event.occurred_at, Event.id)"
    )

    __table_args__ = (
        Index("ix_referral_team_closed", "team_id", "closed_at"),
        Index("ix_referral_assigned_closed", "assigned_user_id", "closed_at"),
        Index("ix_referral_pathway_received", "pathway", "received_at"),
        Index("ix_referral_open_worker_due", "assigned_user_id", "next_due_at", "id", "person_id",
              sqlite_where=text("closed_at IS NULL"), postgresql_where=text("closed_at IS NULL")),
        Index("ix_referral_open_team_due", "team_id", "next_due_at", "id", "person_id",
              sqlite_where=text("closed_at IS NULL"), postgresql_where=text("closed_at IS NULL")),
        # The manager's view of every referral (or every open one) in next-deadline order.
        Index("ix_referral_due", "next_due_at", "id"),
        # (person_id last, in these three: a short name search walks them in order, revision 0016.)
        Index("ix_referral_open_due", "next_due_at", "id", "person_id",
              sqlite_where=text("closed_at IS NULL"), postgresql_where=text("closed_at IS NULL")),
        # A name search's people -> their open referrals, from the index alone (revision 0014).
        Index("ix_referral_open_person", "person_id", "closed_at", "next_due_at", "team_id", "assigned_user_id",
              sqlite_where=text("closed_at IS NULL"), postgresql_where=text("closed_at IS NULL")),
    )
    __mapper_args__ = {"version_id_col": version}


class Event(Base):
    """Something that happened to a referral. Events are the record; state is derived."""

    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referral.id"))
    kind: Mapped[str] = mapped_column(String(60))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    note: Mapped[str | None] = mapped_column(Text)
    # A mistaken event is voided, never deleted: it stays on the record but no longer counts.
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    void_reason: Mapped[str | None] = mapped_column(Text)
    # Indexed: deleting events (retention) checks that no correction still points at them.
    corrects_event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id"), index=True)

    referral: Mapped[Referral] = relationship(back_populates="events")
    recorded_by: Mapped[User] = relationship(foreign_keys=[recorded_by_id])

    __table_args__ = (Index("ix_event_referral_occurred", "referral_id", "occurred_at"),)


LIVE_TIMER_STATES = ("running", "warning")


class SlaTimer(Base):
    """Cache of the timer function for one rule on one referral, rewritten with every event.

    ``next_check_at`` is the next instant the timer changes state by itself (a warning threshold or
    the due time); the live sweep is one query on the partial index over it.
    """

    __tablename__ = "sla_timer"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referral.id"))
    rule_id: Mapped[str] = mapped_column(String(60))
    state: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    stopped_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    warn_times: Mapped[list[str]] = mapped_column(JSON, default=list)
    next_check_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    thresholds_passed: Mapped[int] = mapped_column(Integer, default=0)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime())

    referral: Mapped[Referral] = relationship()

    __table_args__ = (
        UniqueConstraint("referral_id", "rule_id", name="uq_sla_timer_referral_rule"),
        Index("ix_sla_timer_state_due", "state", "due_at"),
        Index("ix_sla_timer_live", "next_check_at", "id",
              sqlite_where=text("state IN ('running', 'warning')"),
              postgresql_where=text("state IN ('running', 'warning')")),
    )


class Alert(Base):
    """One alert per timer, threshold and person: the unique constraint makes concurrent sweeps safe."""

    __tablename__ = "alert"

    id: Mapped[int] = mapped_column(primary_key=True)
    timer_id: Mapped[int] = mapped_column(ForeignKey("sla_timer.id"))
    referral_id: Mapped[int] = mapped_column(ForeignKey("referral.id"))
    rule_id: Mapped[str] = mapped_column(String(60))
    threshold: Mapped[str] = mapped_column(String(20))
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (
        UniqueConstraint("timer_id", "threshold", "user_id", name="uq_alert_timer_threshold_user"),
        Index("ix_alert_user_created", "user_id", "created_at"),
    )


class Breach(Base):
    """A breached timer: the worker gives a reason, a team lead reviews it."""

    __tablename__ = "breach"

    id: Mapped[int] = mapped_column(primary_key=True)
    timer_id: Mapped[int] = mapped_column(ForeignKey("sla_timer.id"), unique=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referral.id"), index=True)
    pathway: Mapped[str] = mapped_column(String(40))
    rule_id: Mapped[str] = mapped_column(String(60))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime())
    rescinded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    reason_category: Mapped[str | None] = mapped_column(String(40))
    reason_text: Mapped[str | None] = mapped_column(Text)
    reason_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    reason_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    review_state: Mapped[str] = mapped_column(String(20), default="awaiting_reason")
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    review_comment: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (Index("ix_breach_team_state_due", "team_id", "review_state", "due_at"),)
    __mapper_args__ = {"version_id_col": version}


class AuditEntry(Base):
    """Who did what, when, to which record, with the values before and after.

    Append-only (database triggers refuse UPDATE and DELETE, except the audited redaction of
    ``details``) and hash-chained: ``seq`` numbers the entries 1, 2, 3 … with no gaps, each stores
    the previous entry's hash and its own, computed over a digest of its details
    (``casework.store.chain``). Entries are written by ``casework.services.audit`` only.
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    action: Mapped[str] = mapped_column(String(60))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))
    details_digest: Mapped[str] = mapped_column(String(64))
    details_salt: Mapped[str | None] = mapped_column(String(32))
    # Set once, by the audited redaction: the seq of the entry that recorded it.
    redacted_by_seq: Mapped[int | None] = mapped_column(BigInteger)

    __table_args__ = (
        Index("ix_audit_entity", "entity_type", "entity_id"),
        Index("ix_audit_user_seq", "user_id", "seq"),
        Index("ix_audit_at", "at"),
    )


class AuditChainHead(Base):
    """The chain's head: one row, locked by every append, so concurrent writers never fork the chain.

    It also lets verification notice entries cut off the end of the trail.
    """

    __tablename__ = "audit_chain"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger)
    last_hash: Mapped[str] = mapped_column(String(64))



# --- interventions, group programmes, follow-ups and the evaluation key (issue 6) ----------------------

class Programme(Base):
    """A named group programme (e.g. boxing sessions): its sessions, with participants from many referrals."""

    __tablename__ = "programme"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    pathway: Mapped[str | None] = mapped_column(String(40))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("team.id"))
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class PersonRiskFlag(Base):
    """A risk flag on a young person (county lines, weapon carrying …): who set it and when.

    Removing a flag stamps it removed (who, when, why); the row stays, so the history is kept.
    """

    __tablename__ = "person_risk_flag"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    flag: Mapped[str] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)
    set_at: Mapped[datetime] = mapped_column(UTCDateTime())
    set_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    removed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    removal_reason: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_person_risk_flag_person", "person_id", "removed_at"),)


class PersonMerge(Base):
    """Two person records merged into one, with all it takes to undo it exactly.

    ``kept_person_id`` is a foreign key, so the record is part of what is held about the kept person
    (subject access finds it, erasure takes it with them; a later merge of the kept person moves it
    and its undo moves it back). ``merged_person_id`` is a plain integer: that row is gone while the
    merge stands. ``details`` holds the kept person's values before and after, the merged person's
    whole row and which rows of which tables were moved.
    """

    __tablename__ = "person_merge"

    id: Mapped[int] = mapped_column(primary_key=True)
    kept_person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    merged_person_id: Mapped[int] = mapped_column(Integer, index=True)
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime())
    merged_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class Intervention(Base):
    """Work with one referral: 1-2-1 (with the child and/or parents or carers) or a place on a group programme."""

    __tablename__ = "intervention"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referral.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id"), index=True)
    with_child: Mapped[bool] = mapped_column(Boolean, default=True)
    with_parents: Mapped[bool] = mapped_column(Boolean, default=False)
    started_on: Mapped[date] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (
        # One place per referral on a programme.
        UniqueConstraint("referral_id", "programme_id", name="uq_intervention_referral_programme"),
    )
    __mapper_args__ = {"version_id_col": version}


class InterventionSession(Base):
    """A planned or held session of a 1-2-1 intervention: it belongs to the intervention (NOT NULL), so it goes
    with it when a referral is erased."""

    __tablename__ = "intervention_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    intervention_id: Mapped[int] = mapped_column(ForeignKey("intervention.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    minutes: Mapped[int] = mapped_column(Integer, default=60)
    location: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="planned")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ProgrammeSession(Base):
    """A planned or held session of a group programme, shared by everyone on its roster."""

    __tablename__ = "programme_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    minutes: Mapped[int] = mapped_column(Integer, default=60)
    location: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="planned")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (Index("ix_programme_session_programme_starts", "programme_id", "starts_at"),)
    __mapper_args__ = {"version_id_col": version}


class Attendance(Base):
    """Who came to a session: one row per participant (intervention), with the child and carers present.

    The session is a 1-2-1 one (``session_id``) or a group one (``programme_session_id``); the row belongs to
    the participant's intervention (NOT NULL), so it goes with the young person's referral, never with the
    shared group session."""

    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("intervention_session.id"))
    programme_session_id: Mapped[int | None] = mapped_column(ForeignKey("programme_session.id"))
    intervention_id: Mapped[int] = mapped_column(ForeignKey("intervention.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    child_attended: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))

    __table_args__ = (
        UniqueConstraint("session_id", "intervention_id", name="uq_attendance_session_intervention"),
        UniqueConstraint("programme_session_id", "intervention_id", name="uq_attendance_programme_session_intervention"),
    )


class FollowUp(Base):
    """A check 3, 6 or 12 months after closure, due on a London calendar date; cancelled if the closure is undone."""

    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    referral_id: Mapped[int] = mapped_column(ForeignKey("referral.id"), index=True)
    closure_event_id: Mapped[int] = mapped_column(ForeignKey("event.id"))
    months: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="due")
    further_police_contact: Mapped[bool | None] = mapped_column(Boolean)
    police_contact_on: Mapped[date | None] = mapped_column(Date)
    suspect_before: Mapped[int | None] = mapped_column(Integer)
    victim_before: Mapped[int | None] = mapped_column(Integer)
    suspect_after: Mapped[int | None] = mapped_column(Integer)
    victim_after: Mapped[int | None] = mapped_column(Integer)
    ed_reattendances: Mapped[int | None] = mapped_column(Integer)
    recorded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (
        UniqueConstraint("closure_event_id", "months", name="uq_follow_up_closure_months"),
        Index("ix_follow_up_status_due", "status", "due_on"),
    )
    __mapper_args__ = {"version_id_col": version}


class SecretKey(Base):
    """Keys made once and kept in the database (the evaluation export's pseudonym key): never exported."""

    __tablename__ = "secret_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    purpose: Mapped[str] = mapped_column(String(40), unique=True)
    key: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SignInThrottle(Base):
    """Failed sign-ins in a row for one typed user name, and the end of its lock-out.

    ``key`` is a salted SHA-256 digest of the name as typed (``casework.services.signin``), never the
    text: unknown names are counted like known ones, and a password typed into the name box by
    mistake is not stored.
    """

    __tablename__ = "sign_in_throttle"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PersonNotDuplicate(Base):
    """A reviewer's decision that two people who look alike are different people (twins, cousins).

    Kept out of the duplicates list from then on. Plain integer ids, lowest first, for the same
    reason as ``person_merge``.
    """

    __tablename__ = "person_not_duplicate"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_low_id: Mapped[int] = mapped_column(Integer)
    person_high_id: Mapped[int] = mapped_column(Integer)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("person_low_id", "person_high_id", name="uq_person_not_duplicate_pair"),)


__all__ = [
    "Alert", "AuditChainHead", "AuditEntry", "Base", "Breach", "Contact", "Event", "Nation", "Person", "Referral", "Role",
    "Site", "SiteKind", "SignInThrottle", "SlaTimer", "Team", "User",
    "Attendance", "FollowUp", "Intervention", "InterventionSession", "Programme", "ProgrammeSession", "SecretKey",
    "PersonMerge", "PersonNotDuplicate", "PersonRiskFlag",
]


# Name search matches the starts of lower-cased names (casework.services.caseload.search_condition):
# SQLite answers its range form from these, PostgreSQL its LIKE 'jon%' (text_pattern_ops makes the
# index usable for LIKE whatever the database's collation). On PostgreSQL each entry also carries the
# id and the name (0018), so a search's people come from index-only scans.
Index("ix_person_given_lower", func.lower(Person.__table__.c.given_name).label("given_lower"),
      postgresql_ops={"given_lower": "text_pattern_ops"}, postgresql_include=["id", "given_name"])
Index("ix_person_family_lower", func.lower(Person.__table__.c.family_name).label("family_lower"),
      postgresql_ops={"family_lower": "text_pattern_ops"}, postgresql_include=["id", "family_name"])


# Not mapped: on SQLite, name search reads ``person_name_fts``, an FTS5 index of ``person``'s names
# kept in step by triggers on ``person`` (revision 0014). SQLite's FTS5 keeps it in tables of its own
# (the virtual table and its shadow tables), which the models leave out: ``search_index_table``
# tells them apart (model comparisons and reflection skip them). A later migration that rebuilds
# ``person`` (an Alembic batch "move and copy") drops its triggers and must create them again
# (tests/core/test_name_search.py checks they are there at head).
SEARCH_INDEX_TABLES = ("person_name_fts",)


def search_index_table(name: str) -> bool:
    """Whether ``name`` is the FTS5 name index or one of its shadow tables (``person_name_fts_data``...)."""
    return any(name == table or name.startswith(table + "_") for table in SEARCH_INDEX_TABLES)


# SQLite only (revision 0017): ``referral.person_initials``, a bit for each letter a-z that the
# given or family name of the referral's person starts with (as the FTS5 index answers), kept by
# triggers; the open deadline indexes carry it as their last column there, so a one-letter search
# walks them and tests each entry (casework.services.caseload). Not in the models (PostgreSQL has
# neither): ``compared`` tells model comparisons (tests, Alembic's autogenerate) to skip them.
SQLITE_ONLY_COLUMNS = (("referral", "person_initials"),)
SQLITE_INITIALS_INDEXES = ("ix_referral_open_due", "ix_referral_open_team_due", "ix_referral_open_worker_due")


def compared(name: str | None, type_: str, parent_names: dict) -> bool:
    """Whether a comparison of the database with the models reads this table or column (Alembic's
    ``include_name``): not the FTS5 name index's tables, not the SQLite-only initials column."""
    if type_ == "table" and name and search_index_table(name):
        return False
    return not (type_ == "column" and (parent_names.get("table_name"), name) in SQLITE_ONLY_COLUMNS)


def compared_index(name: str | None, type_: str, dialect: str) -> bool:
    """Whether a comparison looks at this index (Alembic's ``include_object``, on the models' side and
    the database's): on SQLite, not the indexes that carry the initials column, whose columns differ
    from the models' there (tests/core/test_name_search.py checks them)."""
    return not (type_ == "index" and dialect == "sqlite" and name in SQLITE_INITIALS_INDEXES)
