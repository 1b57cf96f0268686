"""Command-line sub-commands; each takes an opened Store and parsed args and returns an exit code."""
