"""The command-line contract of DESIGN §5. Exit codes: 0 success, 1 the work failed, 2 bad usage."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from desktop import __version__, process
from desktop.errors import CommandFailed  # also importable from here, its old place
from desktop.i18n import translate

if TYPE_CHECKING:
    from desktop.store import Store

# Only argparse and the translation hook at import: `wijkdesk --help` answers without SQLAlchemy, the ORM
# mapping, the keyring or an HTTP client (tests/unit/test_lazy_start.py); each command imports its own.

# DESIGN §5a; kept here (not imported) so `--help` does not load reportlab. A test checks it
# against desktop.services.letters.KINDS.
LETTER_KINDS = ("contact-attempt", "werknl-registration", "werknl-binding-decision", "hearing-invitation",
                "decision", "reexamination-invitation", "rights-and-duties", "aftercare", "profile", "placement")

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

# Sub-commands register themselves here: name -> (configure parser, run(store, args) -> exit code)
Handler = Callable[["Store", argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="wijkdesk", description=translate(
        "Cli", "Wijkdesk: de caseload van de vaste begeleider, ook zonder verbinding."))
    p.add_argument("--data-dir", help=translate("Cli", "map met de (versleutelde) gegevens"))
    # The installer's smoke test asks for it; a standard flag (no help text of its own to translate).
    p.add_argument("--version", action="version", version=f"wijkdesk {__version__}", help=argparse.SUPPRESS)
    p.add_argument("--demo", action="store_true",
                   help=translate("Cli", "start met een wegwerpmap en demogegevens"))
    p.add_argument("--as", dest="demo_as", choices=("coach", "specialist"), default="coach",
                   help=translate("Cli", "met --demo: open de demo als de begeleider (standaard) of als de specialist"))
    p.add_argument("--lang", choices=("nl", "en"), default=os.environ.get("WIJKDESK_LANG"),
                   help=translate("Cli", "taal van de meldingen (nl of en)"))
    sub = p.add_subparsers(dest="command")
    sub.add_parser("gui", help=translate("Cli", "start de app (standaard)"))

    demo = sub.add_parser("demo-data", help=translate("Cli", "maak een oefencaseload zonder verbinding"))
    demo.add_argument("--clients", type=int, required=True)
    demo.add_argument("--seed", type=int, default=None)

    imp = sub.add_parser("import", help=translate("Cli", "lees gegevens in"))
    imp_sub = imp.add_subparsers(dest="what", required=True)
    ic = imp_sub.add_parser("clients", help=translate("Cli", "werkzoekenden uit een CSV-bestand"))
    ic.add_argument("file")
    ic.add_argument("--skip-invalid", action="store_true")
    ii = imp_sub.add_parser("instruments", help=translate("Cli", "de instrumentencatalogus uit een CSV-bestand"))
    ii.add_argument("file")

    exp = sub.add_parser("export", help=translate("Cli", "schrijf gegevens weg"))
    exp_sub = exp.add_subparsers(dest="what", required=True)
    ec = exp_sub.add_parser("caseload", help=translate("Cli", "de caseload als CSV"))
    ec.add_argument("-o", "--output", required=True)
    ed = exp_sub.add_parser("dossier", help=translate("Cli", "alles over een persoon (AVG art. 15) als JSON"))
    ed.add_argument("bsn")
    ed.add_argument("-o", "--output", required=True)
    er = exp_sub.add_parser("refused", help=translate("Cli", "geweigerde wijzigingen (met hun waarden) als JSON"))
    er.add_argument("-o", "--output", required=True)
    eu = exp_sub.add_parser("uwv", help=translate("Cli", "maandlijst voor UWV: wie kan worden uitgeschreven (CSV)"))
    eu.add_argument("--month", required=True, help="YYYY-MM")
    eu.add_argument("-o", "--output", required=True)

    pr = sub.add_parser("print", help=translate("Cli", "maak een PDF voor de werkzoekende"))
    pr_sub = pr.add_subparsers(dest="what", required=True)
    pc = pr_sub.add_parser("conversation", help=translate("Cli", "verslag van een gesprek"))
    pc.add_argument("id")
    pc.add_argument("-o", "--output", required=True)
    pl = pr_sub.add_parser("letter", help=translate("Cli", "een brief voor de werkzoekende"))
    pl.add_argument("kind", choices=LETTER_KINDS)
    pl.add_argument("--client", required=True, metavar="BSN")
    pl.add_argument("--for", dest="for_id", metavar="ID",
                    help=translate("Cli", "de stap waar de brief bij hoort (signaal, verzuim of inzet)"))
    pl.add_argument("--documents", default="",
                    help=translate("Cli", "heronderzoek: mee te nemen documenten, komma's ertussen"))
    pl.add_argument("-o", "--output", required=True)

    lg = sub.add_parser("login", help=translate("Cli", "meld dit apparaat aan bij de centrale opslag"))
    lg.add_argument("--server", required=True)
    lg.add_argument("--user", required=True)
    lg.add_argument("--token-stdin", action="store_true")
    lg.add_argument("--ca-bundle", metavar="FILE",
                    help=translate("Cli", "CA-certificaten (PEM) van de gemeente om de verbinding te controleren"))

    sy = sub.add_parser("sync", help=translate("Cli", "synchroniseer met de centrale opslag"))
    sy.add_argument("--json", action="store_true")
    return p


def _handler(command: str, what: str | None) -> Handler | None:
    # Imported lazily so `wijkdesk --help` and the GUI start do not pay for every command.
    if command == "demo-data":
        from desktop.commands.data import run_demo_data
        return run_demo_data
    if command == "import" and what == "clients":
        from desktop.commands.data import run_import_clients
        return run_import_clients
    if command == "import" and what == "instruments":
        from desktop.commands.catalogue import run_import_instruments
        return run_import_instruments
    if command == "export" and what == "caseload":
        from desktop.commands.data import run_export_caseload
        return run_export_caseload
    if command == "export" and what == "dossier":
        from desktop.commands.data import run_export_dossier
        return run_export_dossier
    if command == "export" and what == "refused":
        from desktop.commands.data import run_export_refused
        return run_export_refused
    if command == "export" and what == "uwv":
        from desktop.commands.uwv import run_export_uwv
        return run_export_uwv
    if command == "print" and what == "conversation":
        from desktop.commands.printing import run_print_conversation
        return run_print_conversation
    if command == "print" and what == "letter":
        from desktop.commands.printing import run_print_letter
        return run_print_letter
    if command in ("login", "sync"):
        # httpx loads its own command-line tool (click and rich, about a tenth of a second) whenever those
        # happen to be installed; Wijkdesk never runs it.
        sys.modules.setdefault("httpx._main", None)  # type: ignore[assignment]
        from desktop.commands import syncing
        return getattr(syncing, f"run_{command}")
    return None


def install_cli_translator(lang: str | None) -> None:
    if lang == "en":
        from desktop.ui.i18n import load_translator
        load_translator("en", install_qt=False)


def _early_lang(argv: list[str]) -> str | None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return os.environ.get("WIJKDESK_LANG")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # The language is needed before the parser is built: its help texts are translated too.
    install_cli_translator(_early_lang(argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command or "gui"
    if command == "gui":
        from desktop.ui.app import run_gui
        return run_gui(args)
    if command == "sync" and not args.demo:
        # Most syncs find nothing to do: that is answered without loading the sync machinery.
        from desktop.commands.sync_probe import nothing_to_do
        if (quick := nothing_to_do(args.data_dir)) is not None:
            return quick.report(args.json)
    handler = _handler(command, getattr(args, "what", None))
    if handler is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    if args.demo:
        print(translate("Cli", "--demo hoort bij het starten van de app, niet bij '{cmd}'.").format(cmd=command),
              file=sys.stderr)
        return EXIT_USAGE
    from desktop.models.keystore import UnlockError
    from desktop.models.migrate import MigrationError
    from desktop.paths import Paths
    from desktop.services.errors import ServiceError
    from desktop.store import open_store

    paths = Paths.resolve(args.data_dir)
    try:
        from desktop.logsetup import setup_logging
        setup_logging(paths.log_dir)
        store = open_store(paths)
    except (UnlockError, MigrationError) as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_FAILED
    process.started()
    try:
        return handler(store, args)
    except (CommandFailed, ServiceError) as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_FAILED
    finally:
        store.close()
