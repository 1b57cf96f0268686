"""Small-cell suppression (issue 16): outside a coach's own caseload a cell counting 1 to N-1 people shows
"<N" (N = the `report_small_cell` policy setting, default 5), so nobody can be picked out of a report.
A zero stays 0 (it identifies nobody). An average over fewer than N people is not shown either."""

from __future__ import annotations

from typing import Any


def suppress(rows: list[dict[str, Any]], counts: tuple[str, ...], means: dict[str, str], small: int
             ) -> list[dict[str, Any]]:
    """counts: the columns that count people or cases; means: average column -> the count column it rests on."""
    mark = f"<{small}"
    out = []
    for row in rows:
        row = dict(row)
        for mean, base in means.items():
            n = row.get(base)
            if isinstance(n, int) and 0 < n < small:
                row[mean] = mark
        for col in counts:
            n = row.get(col)
            if isinstance(n, int) and 0 < n < small:
                row[col] = mark
        out.append(row)
    return out
