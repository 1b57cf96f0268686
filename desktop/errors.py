"""The error a command (and the sign-in the CLI and the window share) raises when the work failed.

It imports nothing, so every layer can raise or catch it without an import circle: it used to live in
desktop/cli.py, which imports the commands and the UI that raise it (tests/unit/test_layering.py)."""


class CommandFailed(Exception):
    """The work failed; the message is for the user."""
