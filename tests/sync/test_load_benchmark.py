"""`benchmarks/load.py` (issue 19) runs as the README says: a few devices, paced (--interval), each device
pulls back exactly what it pushed. Figures are the benchmark's business; this only shows the command works."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.postgres
def test_the_paced_load_benchmark_runs_and_every_device_converges(pg_database):
    # pg_database: skipped (or failed with WIJKDESK_REQUIRE_PG=1) without PostgreSQL; load.py makes its own db
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "load.py"), "--devices", "3", "--mutations",
                          "20", "--batch", "10", "--processes", "1", "--interval", "0.2", "--deadline", "120"],
                         capture_output=True, text=True, timeout=180, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-2000:]
    rows = [line.split() for line in out.stdout.splitlines() if line.split()[:1] == ["1"]]
    assert len(rows) == 1
    offered = rows[0][1]
    converged = [cell for cell in rows[0] if re.fullmatch(r"\d+/\d+", cell)]
    assert offered == "150/s"  # 3 devices × 10 mutations every 0.2 s
    assert converged == ["3/3"]


def test_the_load_benchmark_refuses_an_unbounded_run():
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "load.py"), "--interval", "0.001"],
                         capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert out.returncode == 2 and "bounded" in out.stderr
