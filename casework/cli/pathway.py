"""pathway list / show: what a pathway's stages, moves, event kinds, fields and outcomes are.

These read the pathway files only; they need no database and no sign-in.
"""

from __future__ import annotations

import argparse
import textwrap
from typing import Any

from ..pathways import EventKind, FieldSpec, Pathway
from . import output
from .session import Invocation


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    pathway = sub.add_parser("pathway", help="the pathways and their stages, events and outcomes").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    p = pathway.add_parser("list", parents=[common], help="list the pathways")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=pathway_list)
    p = pathway.add_parser("show", parents=[common], help="stages, allowed moves, event kinds, fields, outcomes")
    p.add_argument("id", metavar="ID", help="pathway id, e.g. act_now")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=pathway_show)


def field_json(spec: FieldSpec) -> dict[str, Any]:
    return {"name": spec.name, "label": spec.label, "type": spec.type, "required": spec.required,
            "options": list(spec.options)}


def kind_json(kind: EventKind) -> dict[str, Any]:
    return {"id": kind.id, "label": kind.label, "system": kind.system, "fields": [field_json(f) for f in kind.fields]}


def summary_json(p: Pathway) -> dict[str, Any]:
    return {"id": p.id, "label": p.label, "sources": list(p.sources), "age": {"min": p.age_min, "max": p.age_max},
            "initial_stage": p.initial_stage}


def pathway_json(p: Pathway) -> dict[str, Any]:
    return {
        "id": p.id, "label": p.label, "description": p.description, "sources": list(p.sources),
        "first_event": dict(p.first_event), "age": {"min": p.age_min, "max": p.age_max},
        "service_area": list(p.service_area), "initial_stage": p.initial_stage,
        "stages": [{"id": s.id, "label": s.label, "next": list(s.next)} for s in p.stages],
        "event_kinds": [kind_json(k) for k in p.event_kinds],
        "outcomes": list(p.outcomes),
        "file": p.file,
    }


def pathway_list(inv: Invocation) -> int:
    pathways = list(inv.pathways)
    if inv.json:
        output.print_json([summary_json(p) for p in pathways])
    else:
        output.print_table(["ID", "LABEL", "SOURCES", "AGES", "FIRST STAGE"],
                           [(p.id, p.label, list(p.sources), f"{p.age_min}-{p.age_max}", p.initial_stage)
                            for p in pathways])
    return 0


def _field_text(spec: FieldSpec) -> str:
    kind = spec.type
    if spec.options:
        kind += " (" + "|".join(spec.options) + ")"
    required = ", required" if spec.required else ""
    return f"{spec.name}: {kind}{required} - {spec.label}"


def pathway_show(inv: Invocation) -> int:
    p = inv.pathways.get(inv.args.id)
    if inv.json:
        output.print_json(pathway_json(p))
        return 0
    print(f"{p.id}: {p.label}")
    if p.description:
        print(textwrap.fill(" ".join(p.description.split()), width=96, initial_indent="  ", subsequent_indent="  "))
    print()
    sources = [f"{s} (first event: {p.first_event[s]})" if s in p.first_event else s for s in p.sources]
    output.print_fields([
        ("Sources", ", ".join(sources)),
        ("Ages", f"{p.age_min}-{p.age_max} when referred"),
        ("Service area", ", ".join(p.service_area)),
        ("Outcomes", ", ".join(p.outcomes)),
        ("File", p.file),
    ])
    print()
    print(f"Stages (a referral starts in {p.initial_stage}; `closed` is reached by `referral close`):")
    output.print_table(["  STAGE", "LABEL", "MAY MOVE TO"],
                       [(f"  {s.id}", s.label, ", ".join(s.next) or "-") for s in p.stages])
    print()
    print("Event kinds (`casework referral event ID KIND --field name=value`):")
    for kind in p.event_kinds:
        if kind.system:
            continue
        print(f"  {kind.id}: {kind.label}")
        for spec in kind.fields:
            print(f"      {_field_text(spec)}")
    system = [k.id for k in p.event_kinds if k.system]
    if system:
        print()
        print(f"Recorded by `referral move`, `assign` and `close`, not typed in: {', '.join(system)}")
    return 0
