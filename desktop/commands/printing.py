"""`wijkdesk --data-dir DIR print conversation ID -o FILE.pdf`: the client's conversation summary."""

from __future__ import annotations

import argparse
import sys

from desktop.services.errors import ServiceError
from desktop.services.printing import ConversationPrinter
from desktop.store import Store


def run_print_conversation(store: Store, args: argparse.Namespace) -> int:
    try:
        path = ConversationPrinter(store.db, store.actor()).write(args.id, args.output)
    except ServiceError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(path)
    return 0


def run_print_letter(store: Store, args: argparse.Namespace) -> int:
    """`print letter KIND --client BSN [--for ID] -o FILE.pdf`: written, then recorded as sent."""
    from desktop.services.errors import ValidationError
    from desktop.services.letters import LetterService

    service = LetterService(store.db, store.actor())
    documents = [d.strip() for d in args.documents.split(",") if d.strip()]
    try:
        client_id = service.client_by_bsn(args.client)
        path = service.write(args.kind, client_id, args.output, args.for_id, documents=documents)
    except ValidationError as exc:
        print(exc.for_user("\n"), file=sys.stderr)
        return 1
    except ServiceError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(path)
    return 0
