"""The graph schema, as data: node labels, relationship types and their properties.

Both stores create their tables or constraints from these definitions, and
``kerjasama schema`` prints them, so the schema is written down once.

>>> NODES["Region"].key
'code'
>>> RELS["PARTY_TO"].start, RELS["PARTY_TO"].end
('Region', 'Agreement')
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Node:
    label: str
    key: str
    properties: dict[str, str]  # name -> type: STRING, DATE, INT64, STRING[]
    doc: str = ""


@dataclass(frozen=True)
class Rel:
    type: str
    start: str
    end: str
    properties: dict[str, str] = field(default_factory=dict)
    doc: str = ""


NODES: dict[str, Node] = {
    n.label: n
    for n in [
        Node("Region", "code",
             {"code": "STRING", "name": "STRING", "kind": "STRING", "province": "STRING"},
             "A province, kabupaten or kota; code is the Kemendagri code ('13', '13.02')."),
        Node("Official", "id",
             {"id": "STRING", "name": "STRING", "title": "STRING", "region": "STRING"},
             "A person holding an office of a regional government; id is region|name."),
        Node("Agreement", "id",
             {"id": "STRING", "kind": "STRING", "signed_on": "DATE", "parties": "STRING[]",
              "sectors": "STRING[]", "title": "STRING", "sources": "INT64",
              "number": "STRING", "status": "STRING", "duration_months": "INT64",
              "ends_on": "DATE", "conflicts": "STRING[]"},
             "A plan, MoU (Kesepakatan Bersama) or PKS between two or more regions; number, "
             "status, duration_months and ends_on come from registers; conflicts lists the "
             "values sources disagree on, each with its sources."),
        Node("Sector", "slug",
             {"slug": "STRING", "name": "STRING", "category": "STRING"},
             "An urusan pemerintahan of UU 23/2014 or a supporting function."),
        Node("Source", "id",
             {"id": "STRING", "path": "STRING", "url": "STRING", "title": "STRING",
              "published": "DATE", "extractor": "STRING"},
             "An article or register the facts came from; id is the content hash."),
    ]
}

RELS: dict[str, Rel] = {
    r.type: r
    for r in [
        Rel("PARTY_TO", "Region", "Agreement", {}, "The region is a party to the agreement."),
        Rel("COVERS", "Agreement", "Sector", {}, "The agreement's object includes the sector."),
        Rel("SIGNED", "Official", "Agreement", {}, "The official signed the agreement."),
        Rel("SERVES", "Official", "Region", {}, "The official serves the region's government."),
        Rel("IN_PROVINCE", "Region", "Region", {}, "A kabupaten or kota lies in the province."),
        Rel("REPORTED_IN", "Agreement", "Source",
            {"sentence": "STRING", "signed_on": "DATE", "sectors": "STRING[]"},
            "The source reports the agreement; sentence is the evidence, signed_on and "
            "sectors what this source says (they may differ between sources)."),
        Rel("MENTIONS", "Source", "Official", {"sentence": "STRING"},
            "The source names the official with an office."),
    ]
}

KINDS = ("plan", "mou", "pks")
