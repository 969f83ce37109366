"""Young people and their parents, carers and other contacts."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from .. import identifiers
from ..errors import Conflict, NotFound, ValidationError
from ..sla.cache import refresh_timers
from ..store.models import Contact, Person, Referral
from ..timeutil import to_local
from ..validation import clean_text, valid_id
from . import access, audit
from .actor import Actor
from .context import Context
from .views import ContactView, PersonView
from ..i18n import _

GENDERS = ("female", "male", "non_binary", "other", "not_known", "prefer_not_to_say")
EDITABLE = ["given_name", "family_name", "date_of_birth", "gender", "home_local_authority", "postcode",
            "pnc_id", "nhs_number"]


@dataclass(frozen=True)
class ContactInput:
    name: str
    relationship: str
    phone: str | None = None
    is_parent_carer: bool = False


@dataclass(frozen=True)
class PersonInput:
    given_name: str
    family_name: str
    date_of_birth: date | None
    gender: str | None = None
    home_local_authority: str | None = None
    postcode: str | None = None
    pnc_id: str | None = None
    nhs_number: str | None = None
    contacts: tuple[ContactInput, ...] = field(default=())


def _text(value: str | None, field_name: str, limit: int, *, required: bool = False) -> str | None:
    return clean_text(value, field_name, limit, required=required)


def clean_person(data: PersonInput, today: date) -> PersonInput:
    """Validate and normalise; raises ValidationError naming the first bad field."""
    given = _text(data.given_name, "given_name", 120, required=True)
    family = _text(data.family_name, "family_name", 120, required=True)
    if data.date_of_birth is None:
        raise ValidationError("date_of_birth", "required", _("date of birth is required"))
    if not isinstance(data.date_of_birth, date) or isinstance(data.date_of_birth, datetime):
        raise ValidationError("date_of_birth", "date_format", _("date of birth must be a date"))
    if data.date_of_birth > today:
        raise ValidationError("date_of_birth", "in_future", _("date of birth cannot be in the future"))
    if data.date_of_birth.year < 1900:
        raise ValidationError("date_of_birth", "implausible", _("date of birth is before 1900"))
    gender = _text(data.gender, "gender", 40)
    if gender is not None and gender not in GENDERS:
        raise ValidationError("gender", "choice", _("gender must be one of {genders}").format(genders=", ".join(GENDERS)))
    contacts = []
    for index, contact in enumerate(data.contacts):
        prefix = f"contacts[{index}]"
        contacts.append(ContactInput(
            name=_text(contact.name, f"{prefix}.name", 200, required=True) or "",
            relationship=_text(contact.relationship, f"{prefix}.relationship", 80, required=True) or "",
            phone=identifiers.phone(contact.phone, f"{prefix}.phone") if (contact.phone or "").strip() else None,
            is_parent_carer=bool(contact.is_parent_carer),
        ))
    return PersonInput(
        given_name=given or "",
        family_name=family or "",
        date_of_birth=data.date_of_birth,
        gender=gender,
        home_local_authority=_text(data.home_local_authority, "home_local_authority", 120),
        postcode=identifiers.postcode(data.postcode) if (data.postcode or "").strip() else None,
        pnc_id=identifiers.pnc_id(data.pnc_id) if (data.pnc_id or "").strip() else None,
        nhs_number=identifiers.nhs_number(data.nhs_number) if (data.nhs_number or "").strip() else None,
        contacts=tuple(contacts),
    )


def add_person(session: Session, actor: Actor, data: PersonInput, now) -> Person:
    """Insert an already cleaned person with contacts, audited. Caller owns the transaction."""
    person = Person(
        given_name=data.given_name, family_name=data.family_name, date_of_birth=data.date_of_birth,
        gender=data.gender, home_local_authority=data.home_local_authority, postcode=data.postcode,
        pnc_id=data.pnc_id, nhs_number=data.nhs_number, created_at=now, updated_at=now,
        contacts=[Contact(name=c.name, relation=c.relationship, phone=c.phone, is_parent_carer=c.is_parent_carer)
                  for c in data.contacts],
    )
    session.add(person)
    session.flush()
    audit.record(session, actor, now, "create", "person", person.id,
                 after={**audit.snapshot(person, EDITABLE), "contacts": len(data.contacts)})
    return person


def person_view(person: Person) -> PersonView:
    return PersonView(
        id=person.id, given_name=person.given_name, family_name=person.family_name,
        date_of_birth=person.date_of_birth, gender=person.gender,
        home_local_authority=person.home_local_authority, postcode=person.postcode, pnc_id=person.pnc_id,
        nhs_number=person.nhs_number, version=person.version,
        contacts=[ContactView(c.id, c.name, c.relation, c.phone, c.is_parent_carer) for c in person.contacts],
    )


def get_person(ctx: Context, actor: Actor, person_id: int, *, view: str | None = "open") -> PersonView:
    """One person with their contacts; audited as a view of the person unless ``view`` is None."""
    access.require(ctx, actor, "read_cases", entity_type="person", entity_id=person_id)
    with ctx.read() as s:
        person = s.get(Person, person_id) if valid_id(person_id) else None
        if person is None:
            raise NotFound("person", person_id)
        access.require_read_person(ctx, s, actor, person_id)
        result = person_view(person)
    if view is not None:
        audit.record_view(ctx, actor, "person", person_id, via=view)
    return result


def update_person(ctx: Context, actor: Actor, person_id: int, expected_version: int, *,
                  contacts: tuple[ContactInput, ...] | list[ContactInput] | None = None, **changes) -> PersonView:
    """Change a person's details and, when ``contacts`` is given, replace their contacts with it.

    A stale ``expected_version`` raises Conflict and writes nothing. The timers of the person's open
    referrals are re-timed in the same transaction (the home local authority decides whether the
    MASH rule applies).
    """
    access.require(ctx, actor, "write_cases", entity_type="person", entity_id=person_id)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "unknown_field", _("not a field of a person"))
    now = ctx.clock.now()
    with ctx.write() as s:
        person = s.get(Person, person_id, with_for_update={"key_share": True}) if valid_id(person_id) else None
        if person is None:
            raise NotFound("person", person_id)
        access.require_change_person(ctx, s, actor, person_id, action="update_person")
        if person.erased_at is not None:
            raise ValidationError("person", "erased", _("person {id} was anonymised under retention; their details cannot "
                                                        "be filled in again").format(id=person_id))
        if person.version != expected_version:
            raise Conflict("person", person_id, expected_version, person.version)
        current = PersonInput(**{f.name: getattr(person, f.name) for f in fields(PersonInput) if f.name != "contacts"})
        cleaned = clean_person(replace(current, contacts=tuple(contacts or ()), **changes), to_local(now).date())
        before = audit.snapshot(person, EDITABLE)
        after_extra: dict = {}
        if contacts is not None:
            before["contacts"] = [_contact_snapshot(c) for c in person.contacts]
            person.contacts = [Contact(name=c.name, relation=c.relationship, phone=c.phone,
                                       is_parent_carer=c.is_parent_carer) for c in cleaned.contacts]
            after_extra["contacts"] = [_contact_snapshot(c) for c in person.contacts]
        for name in EDITABLE:
            setattr(person, name, getattr(cleaned, name))
        person.updated_at = now
        flag_modified(person, "updated_at")  # every save moves the version, contacts-only ones too
        s.flush()
        audit.record(s, actor, now, "update", "person", person.id, before=before,
                     after={**audit.snapshot(person, EDITABLE), **after_extra})
        open_referrals = s.scalars(select(Referral.id).where(Referral.person_id == person.id,
                                                            Referral.closed_at.is_(None))).all()
        for referral_id in open_referrals:
            refresh_timers(s, ctx.pathways, referral_id, now)
        return person_view(person)


def _contact_snapshot(contact: Contact) -> dict:
    return {"name": contact.name, "relationship": contact.relation, "phone": contact.phone,
            "is_parent_carer": contact.is_parent_carer}
