"""Figures from the central store (issue 16): a team lead's Beeld ▸ Cijfers asks `GET /reports/NAME` and keeps
the last answer per report in the device's encrypted store, so the view works offline and says how old it is.

The device's own copy holds only its user's caseload (a team lead's holds no signals or absences at all), so
team figures come from the central store only. The answers hold counts, never a name or BSN."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from desktop.i18n import translate
from desktop.models.entities import Team
from desktop.models.outbox import get_setting, set_setting
from sync import clock
from sync.credentials import load_token

from .context import Service
from .errors import ServiceError
from .report_labels import ValueLabels, column_label, csv_cell

REPORT_NAMES = ("telephone-first", "absence-approach", "werknl", "instruments", "caseload")
CACHE_KEY = "central_report:{name}"


def report_labels() -> dict[str, str]:
    return {"telephone-first": translate("CentralFigures", "Telefoon eerst (signalen)"),
            "absence-approach": translate("CentralFigures", "Verzuimaanpak per groep"),
            "werknl": translate("CentralFigures", "Inschrijving werk.nl per maand"),
            "instruments": translate("CentralFigures", "Instrumenten: plaatsingen en ervaringen"),
            "caseload": translate("CentralFigures", "Caseload per coach")}


class CentralUnavailable(ServiceError):
    """The central store could not answer (offline, not signed in, refused); the message says why (Dutch)."""


class CentralUnreachable(CentralUnavailable):
    """No answer at all (offline, not signed in): the last fetched copy is shown instead, when there is one."""


@dataclass(frozen=True)
class FetchedReport:
    body: dict[str, Any]  # the answer of GET /reports/NAME: report, from, to, team, small_cell, columns, rows
    fetched_at: datetime  # naive UTC
    offline: bool  # True: the last fetched copy, the central store did not answer now
    problem: str | None = None  # why the central store did not answer (offline copies)

    @property
    def columns(self) -> list[str]:
        return list(self.body.get("columns") or [])

    @property
    def rows(self) -> list[dict[str, Any]]:
        return list(self.body.get("rows") or [])

    def age(self) -> timedelta:
        return max(clock.utcnow() - self.fetched_at, timedelta())


def age_text(age: timedelta) -> str:
    minutes = int(age.total_seconds() // 60)
    if minutes < 1:
        return translate("CentralFigures", "zojuist")
    if minutes < 120:
        return translate("CentralFigures", "{n} minuten geleden").format(n=minutes)
    if minutes < 48 * 60:
        return translate("CentralFigures", "{n} uur geleden").format(n=minutes // 60)
    return translate("CentralFigures", "{n} dagen geleden").format(n=minutes // (24 * 60))


class CentralReportService(Service):
    http: httpx.Client | None = None  # a client to use instead of a new one per request (tests, an open session)

    def fetch(self, name: str, start: date, end: date, team: str | None = None,
              http: httpx.Client | None = None) -> FetchedReport:
        """The report from the central store; when it cannot answer, the last fetched copy (offline=True), or
        CentralUnavailable when there is none."""
        if name not in REPORT_NAMES:
            raise CentralUnavailable(translate("CentralFigures", "Onbekend rapport."))
        if end < start:
            raise CentralUnavailable(translate("CentralFigures", "Het einde van de periode ligt voor het begin."))
        try:
            body = self._ask(name, start, end, team, http or self.http)
        except CentralUnreachable as exc:
            cached = self.cached(name)
            if cached is None:
                raise
            return FetchedReport(cached.body, cached.fetched_at, True, str(exc))
        now = clock.utcnow()
        with self.db.session() as s:
            set_setting(s, CACHE_KEY.format(name=name),
                        json.dumps({"fetched_at": now.isoformat(), "body": body}, ensure_ascii=False))
        return FetchedReport(body, now, False)

    def teams(self) -> list[str]:
        """The names of the teams this device knows (the central store decides which of them the user may see)."""
        with self.db.session() as s:
            return list(s.scalars(select(Team.name).where(Team.deleted_at.is_(None)).order_by(Team.name)))

    def cached(self, name: str) -> FetchedReport | None:
        with self.db.session() as s:
            raw = get_setting(s, CACHE_KEY.format(name=name))
        if not raw:
            return None
        try:
            stored = json.loads(raw)
            return FetchedReport(stored["body"], datetime.fromisoformat(stored["fetched_at"]), True)
        except (ValueError, KeyError, TypeError):
            return None  # an unreadable copy is as good as none

    def _ask(self, name: str, start: date, end: date, team: str | None, http: httpx.Client | None
             ) -> dict[str, Any]:
        from sync import transport

        with self.db.session() as s:
            server, ca_bundle = get_setting(s, "server_url"), get_setting(s, "ca_bundle")
        token = load_token(self.db)
        if not server or not token:
            raise CentralUnreachable(translate("CentralFigures", "Dit apparaat is niet aangemeld bij de centrale "
                                                                 "opslag."))
        params = {"from": start.isoformat(), "to": end.isoformat(), **({"team": team} if team else {})}
        try:
            own = http is None
            client = transport.client(server, ca_bundle) if own else http
            try:
                resp = client.get(f"/reports/{name}", params=params, headers={"Authorization": f"Bearer {token}"})
            finally:
                if own:
                    client.close()
        except (httpx.HTTPError, ValueError, OSError) as exc:
            raise CentralUnreachable(translate("CentralFigures", "De centrale opslag is niet bereikbaar.")) from exc
        if resp.status_code == 403:
            raise CentralUnavailable(translate("CentralFigures", "U mag deze cijfers niet zien."))
        if resp.status_code != 200:
            try:
                detail = resp.json().get("detail") or resp.text
            except ValueError:
                detail = resp.text
            raise CentralUnavailable(translate("CentralFigures", "De centrale opslag weigerde: {reason}").format(
                reason=str(detail)[:200]))
        return resp.json()


def export_csv(report: FetchedReport, path: Path, labels: ValueLabels) -> int:
    """The report as CSV for people (UTF-8 with BOM, semicolons): a label for every column and code value, decimals
    as the chosen language writes them; returns the number of rows. The codes themselves: the server's
    `report --format csv`."""
    from .transfer import write_private

    def write(fh: Any) -> None:
        w = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        w.writerow(column_label(c) for c in report.columns)
        for row in report.rows:
            w.writerow(csv_cell(c, row.get(c), labels) for c in report.columns)

    write_private(path, write, bom=True)
    return len(report.rows)
