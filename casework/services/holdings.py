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
  (an event that corrects another, a session of an intervention, a record that points back to
  where it came from). It belongs after all when it is theirs alone: neither it nor anything
  hanging from it links to any other case row (another person's referral, their attendance…).
  Otherwise (a group session other young people attend) it is reported but not followed further,
  and retention only removes its pointer;
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
            referral_ids: Sequence[int] = (), include_person_referrals: bool = True,
            person_ids: Sequence[int] = ()) -> Holdings:
    """Every row that belongs to, or mentions, the given people and/or referrals.

    With ``person_id`` (or several, ``person_ids``) the person's row, rows hanging from it, and
    (``include_person_referrals``) all their referrals with theirs. With ``referral_ids`` those
    referrals and what hangs from them.
    """
    held = Holdings()
    person_t = metadata.tables["person"]
    referral_t = metadata.tables["referral"]
    frontier: list[tuple[Table, list[Held]]] = []
    people = ([person_id] if person_id is not None else []) + list(person_ids)

    if people:
        found_people = []
        for chunk in _chunks(people):
            for row in session.execute(select(person_t).where(person_t.c.id.in_(list(chunk)))
                                       .order_by(person_t.c.id)).mappings():
                item = Held("person", key_of(person_t, dict(row)), dict(row), None, True, "person")
                if held._add(item):
                    found_people.append(item)
        if found_people:
            frontier.append((person_t, found_people))
    queries = []
    if people and include_person_referrals:
        queries += [select(referral_t).where(referral_t.c.person_id.in_(list(chunk))) for chunk in _chunks(people)]
    if referral_ids:
        queries += [select(referral_t).where(referral_t.c.id.in_(list(chunk))) for chunk in _chunks(list(referral_ids))]
    new = []
    for query in queries:
        for row in session.execute(query.order_by(referral_t.c.id)).mappings():
            values = dict(row)
            item = Held("referral", key_of(referral_t, values), values, values["id"], True, "referral")
            if held._add(item):
                new.append(item)
    if new:
        frontier.append((referral_t, new))

    _walk(session, metadata, held, frontier)
    case_tables = _case_tables(metadata)
    while True:
        promoted = _promote_exclusive(session, metadata, held, case_tables)
        if not promoted:
            break
        _walk(session, metadata, held, promoted)
    return held


def _walk(session: Session, metadata: MetaData, held: Holdings, frontier: list[tuple[Table, list[Held]]]) -> None:
    """Follow foreign keys down from the rows in ``frontier`` until nothing new belongs."""
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


def _case_tables(metadata: MetaData) -> set[str]:
    """Tables whose rows are part of someone's case: person, referral, and any with a key path to them."""
    case = set(ROOT_TABLES)
    grew = True
    while grew:
        grew = False
        for table in metadata.sorted_tables:
            if table.name not in case and any(fk.referred_table.name in case for fk in table.foreign_key_constraints):
                case.add(table.name)
                grew = True
    return case


def _promote_exclusive(session: Session, metadata: MetaData, held: Holdings, case_tables: set[str],
                       limit: int = 10_000) -> list[tuple[Table, list[Held]]]:
    """Rows that only mention the subject but are theirs alone become theirs.

    A row reached through a nullable foreign key (a 1-2-1 session of an intervention, a record
    started from an event) belongs after all when neither it nor anything hanging from it links to
    another part of anyone's case: every case-table row it or its dependants point at is already
    held. A group session attended by other young people links to their records, so it stays a mention.
    """
    promoted: dict[str, list[Held]] = {}
    for table_name, rows in list(held.rows.items()):
        table = metadata.tables[table_name]
        for mention in list(rows.values()):
            if mention.belongs or table_name in ROOT_TABLES:
                continue
            closure = _dependants(session, metadata, held, table, mention, limit)
            if closure is None or not _exclusive(metadata, held, closure, case_tables):
                continue
            for item_table, item in closure:
                item.referral_id = mention.referral_id
                item.belongs = True
                if held._add(item) or item is mention:
                    promoted.setdefault(item_table.name, []).append(held.rows[item_table.name][item.key])
    return [(metadata.tables[name], items) for name, items in promoted.items()]


def _dependants(session: Session, metadata: MetaData, held: Holdings, table: Table, root: Held,
                limit: int) -> list[tuple[Table, Held]] | None:
    """``root`` and every row hanging from it through NOT NULL keys (None when there are too many)."""
    closure: list[tuple[Table, Held]] = [(table, root)]
    seen = {(table.name, root.key)}
    queue = [(table, root)]
    while queue:
        parent, row = queue.pop()
        for child, fk in _children_edges(metadata, parent):
            local = [element.parent for element in fk.elements]
            if any(c.nullable for c in local):
                continue
            value = tuple(row.values[element.column.name] for element in fk.elements)
            if any(v is None for v in value):
                continue
            query = select(child).where(*[c == v for c, v in zip(local, value)])
            for found in session.execute(query).mappings():
                values = dict(found)
                key = key_of(child, values)
                if (child.name, key) in seen:
                    continue
                existing = held.rows.get(child.name, {}).get(key)
                if existing is not None and existing.belongs:
                    continue
                seen.add((child.name, key))
                item = Held(child.name, key, values, root.referral_id, False, f"{child.name}.{local[0].name}")
                closure.append((child, item))
                queue.append((child, item))
                if len(closure) > limit:
                    return None
    return closure


def _exclusive(metadata: MetaData, held: Holdings, closure: list[tuple[Table, Held]], case_tables: set[str]) -> bool:
    inside = {(table.name, item.key) for table, item in closure}
    for table, item in closure:
        for fk in table.foreign_key_constraints:
            target = fk.referred_table
            if target.name not in case_tables:
                continue
            value = tuple(item.values[element.parent.name] for element in fk.elements)
            if any(v is None for v in value):
                continue
            if [element.column for element in fk.elements] != primary_key(target):
                return False  # a key to something other than a primary key: be safe, call it shared
            if (target.name, value) in inside:
                continue
            other = held.rows.get(target.name, {}).get(value)
            if other is None or not other.belongs:
                return False
    return True


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
