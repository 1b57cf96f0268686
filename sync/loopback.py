"""Whether a host name is this machine: the one place plain `http://` (and an unprotected server) is allowed.

Standard library only: the start-up's early pull (sync/early.py) asks it before httpx is loaded."""

from __future__ import annotations

import ipaddress


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
