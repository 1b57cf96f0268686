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
