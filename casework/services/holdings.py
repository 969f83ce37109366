"""Everything held about a person, found from the schema rather than listed by hand.

Subject access (export all of it) and retention (erase it) need the same answer: which rows, in
which tables, belong to this person or to these referrals. Both take it from the SQLAlchemy
metadata, so a table added later (risk flags, interventions, follow-ups…) is covered the day it is
added, with no change here:

* the **roots** are rows of ``person`` and ``referral`` (the subject's own, never anyone else's);
* a row **belongs** to the roots when it references a row that belongs (or a root) through a
  NOT NULL foreign key: it cannot exist without it (events and timers of a referral, alerts and
  breaches of a timer, contacts of a person). Belonging is followed down, recursively;
* a row that references a belonging row only through a **nullable** foreign key *mentions* it
  (an event that corrects another, a record that points back to where it came from). It is
  reported, but not followed further: it may be shared with other people (a group session that
  one child's referral led to), so what hangs below it is not theirs;
* rows of ``person`` and ``referral`` are never reached as children: another person's record is
  never entered, whatever points where.

Foreign keys *from* a belonging row to shared tables (the worker in ``app_user``, the ``team``,
the ``site``) are not followed either; they are turned into a readable label (the referenced row's
``display_name``, ``name`` or ``code``) for people reading the export.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, ForeignKeyConstraint, MetaData, Table, select, tuple_
from sqlalchemy.orm import Session

ROOT_TABLES = ("person", "referral")
LABEL_COLUMNS = ("display_name", "name", "code", "label", "username")
CHUNK = 500

Key = tuple[Any, ...]


@dataclass
class Held:
    """One row: its values by column name, the referral it hangs under (None: the person's own),
    and whether it belongs (would be erased with its parent) or only mentions the subject."""

    table: str
    key: Key
    values: dict[str, Any]
    referral_id: int | None
    belongs: bool
    via: str
    """How it was found, e.g. ``event.referral_id`` (the root rows: ``person`` / ``referral``)."""


@dataclass
class Holdings:
    rows: dict[str, dict[Key, Held]] = field(default_factory=dict)
    """Table name -> primary key -> row, in the order they were found."""

    def table_rows(self, table: str) -> list[Held]:
        return list(self.rows.get(table, {}).values())

    def tables(self) -> list[str]:
        return [name for name, rows in self.rows.items() if rows]

    def count(self) -> int:
        return sum(len(rows) for rows in self.rows.values())

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items() if rows}

    def _add(self, held: Held) -> bool:
        """Add or upgrade a row; True when it is new or newly belongs (so its children are to be found)."""
        table = self.rows.setdefault(held.table, {})
        existing = table.get(held.key)
        if existing is None:
            table[held.key] = held
            return held.belongs
        if held.belongs and not existing.belongs:
            existing.belongs = True
            existing.via = held.via
            if existing.referral_id is None:
                existing.referral_id = held.referral_id
            return True
        return False


def primary_key(table: Table) -> list[Column]:
    """The primary key columns, or every column for a table without one."""
    return list(table.primary_key.columns) or list(table.columns)


def key_of(table: Table, values: dict[str, Any]) -> Key:
    return tuple(values[c.name] for c in primary_key(table))


def _children_edges(metadata: MetaData, parent: Table) -> list[tuple[Table, ForeignKeyConstraint]]:
    edges = []
    for table in metadata.sorted_tables:
        if table.name in ROOT_TABLES:
            continue
        for fk in table.foreign_key_constraints:
            if fk.referred_table is parent:
                edges.append((table, fk))
    return edges


def _chunks(values: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def collect(session: Session, metadata: MetaData, *, person_id: int | None = None,
            referral_ids: Sequence[int] = (), include_person_referrals: bool = True) -> Holdings:
    """Every row that belongs to, or mentions, the given person and/or referrals.

    With ``person_id`` the person's row, rows hanging from it, and (``include_person_referrals``)
    all their referrals with theirs. With ``referral_ids`` only those referrals and what hangs from them.
    """
    held = Holdings()
    person_t = metadata.tables["person"]
    referral_t = metadata.tables["referral"]
    frontier: list[tuple[Table, list[Held]]] = []

    if person_id is not None:
        row = session.execute(select(person_t).where(person_t.c.id == person_id)).mappings().first()
        if row is not None:
            item = Held("person", key_of(person_t, dict(row)), dict(row), None, True, "person")
            held._add(item)
            frontier.append((person_t, [item]))
    query = None
    if person_id is not None and include_person_referrals:
        query = select(referral_t).where(referral_t.c.person_id == person_id)
    elif referral_ids:
        query = select(referral_t).where(referral_t.c.id.in_(list(referral_ids)))
    if query is not None:
        new = []
        for row in session.execute(query.order_by(referral_t.c.id)).mappings():
            values = dict(row)
            item = Held("referral", key_of(referral_t, values), values, values["id"], True, "referral")
            if held._add(item):
                new.append(item)
        if new:
            frontier.append((referral_t, new))

    while frontier:
        parent, parents = frontier.pop(0)
        for table, fk in _children_edges(metadata, parent):
            local = [element.parent for element in fk.elements]
            remote = [element.column for element in fk.elements]
            nullable = any(c.nullable for c in local)
            # The parent rows by the values the foreign key points at, to know each child's referral.
            by_value: dict[Key, Held] = {}
            for item in parents:
                value = tuple(item.values[c.name] for c in remote)
                if all(v is not None for v in value):
                    by_value.setdefault(value, item)
            if not by_value:
                continue
            via = f"{table.name}.{','.join(c.name for c in local)}"
            found: list[Held] = []
            for chunk in _chunks(list(by_value)):
                if len(local) == 1:
                    condition = local[0].in_([v[0] for v in chunk])
                else:
                    condition = tuple_(*local).in_(list(chunk))
                pk = primary_key(table)
                for row in session.execute(select(table).where(condition).order_by(*pk)).mappings():
                    values = dict(row)
                    parent_item = by_value[tuple(values[c.name] for c in local)]
                    item = Held(table.name, key_of(table, values), values, parent_item.referral_id, not nullable, via)
                    if held._add(item):
                        found.append(held.rows[table.name][item.key])
            if found:
                frontier.append((table, found))
    return held


def reference_labels(session: Session, metadata: MetaData, holdings: Holdings) -> dict[tuple[str, str], dict[Any, str]]:
    """For each (table, column) that points at a shared table (a worker, team, site), the referenced
    rows' readable names by id: ``{("event", "recorded_by_id"): {3: "Casey Worker"}}``."""
    wanted: dict[tuple[str, str], tuple[Table, Column, Column, set[Any]]] = {}
    for table_name in holdings.tables():
        table = metadata.tables[table_name]
        for fk in table.foreign_key_constraints:
            target = fk.referred_table
            if target.name in ROOT_TABLES or len(fk.elements) != 1:
                continue
            label = next((target.c[name] for name in LABEL_COLUMNS if name in target.c), None)
            if label is None:
                continue
            local = fk.elements[0].parent
            remote = fk.elements[0].column
            values = {row.values[local.name] for row in holdings.table_rows(table_name)
                      if row.values.get(local.name) is not None}
            if values:
                wanted[(table_name, local.name)] = (target, remote, label, values)
    result: dict[tuple[str, str], dict[Any, str]] = {}
    cache: dict[tuple[str, str, str], dict[Any, str]] = {}
    for spot, (target, remote, label, values) in wanted.items():
        known = cache.setdefault((target.name, remote.name, label.name), {})
        missing = [v for v in values if v not in known]
        for chunk in _chunks(missing):
            for ref, text in session.execute(select(remote, label).where(remote.in_(list(chunk)))):
                known[ref] = str(text)
        result[spot] = {v: known[v] for v in values if v in known}
    return result


__all__ = ["Held", "Holdings", "ROOT_TABLES", "collect", "key_of", "primary_key", "reference_labels"]
