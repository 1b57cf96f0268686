"""How the desktop reaches the central store: TLS, verified (issue 13, point 8).

Tokens travel in every request, so plain `http://` is refused except to this machine (the demo's embedded
store, a developer's `wijkdesk-server serve`). Certificates are always verified; a municipality with its
own CA gives its bundle (PEM) with `wijkdesk login --ca-bundle FILE` (kept in the device's settings) or the
WIJKDESK_CA_BUNDLE environment variable.
"""

from __future__ import annotations

import os
import ssl
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from desktop.i18n import translate
from sync.loopback import is_loopback

CA_BUNDLE_ENV = "WIJKDESK_CA_BUNDLE"
TIMEOUT = httpx.Timeout(30.0, connect=5.0)


def url_problem(url: str) -> str | None:
    """Why this central-store address may not be used (Dutch, for the user), or None when it may."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        parts, host = None, ""
    if parts is None or parts.scheme not in ("http", "https") or not host:
        return translate("Sync", "Geef het adres van de centrale opslag met https://, bijvoorbeeld "
                                 "https://wijkdesk.rotterdam.nl.")
    if parts.scheme == "http" and not is_loopback(host):
        return translate("Sync", "Een onbeveiligde verbinding (http://) wordt alleen naar deze computer gebruikt. "
                                 "Gebruik https:// voor de centrale opslag.")
    return None


def verify_setting(ca_bundle: str | None = None) -> ssl.SSLContext | bool:
    """httpx's `verify`: the CA bundle (environment first, then the stored setting), else the default roots."""
    bundle = os.environ.get(CA_BUNDLE_ENV) or ca_bundle
    return ssl.create_default_context(cafile=str(Path(bundle))) if bundle else True


def ca_bundle_problem(path: str) -> str | None:
    if not Path(path).is_file():
        return translate("Sync", "Het CA-bestand {path} bestaat niet.").format(path=path)
    return None


def client(base_url: str, ca_bundle: str | None = None, timeout: httpx.Timeout | float = TIMEOUT) -> httpx.Client:
    """An HTTP client for the central store; raises ValueError (Dutch reason) for an address not allowed."""
    problem = url_problem(base_url)
    if problem:
        raise ValueError(problem)
    # Plain http (this machine only) uses no certificate: loading the default roots would cost 30-50 ms of every
    # command. It gets a context that trusts nothing, so a TLS connection made with this client by mistake
    # fails its verification instead of going unverified.
    verify = trusting_nothing() if urlsplit(base_url).scheme == "http" else verify_setting(ca_bundle)
    return httpx.Client(base_url=base_url, timeout=timeout, verify=verify)


def trusting_nothing() -> ssl.SSLContext:
    """A TLS client context that verifies host names and certificates and holds no roots to verify them by."""
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
