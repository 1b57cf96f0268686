"""Errors the UI and CLI show to the user as they are (already translated)."""

from __future__ import annotations


class ServiceError(Exception):
    """Base class: the message is meant for the user."""

    def for_user(self, sep: str = " ") -> str:
        """The text to show a person (a validation error: its field messages, without field names)."""
        return str(self)


class ValidationError(ServiceError):
    """One or more fields are invalid; `errors` maps field name -> message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))

    def for_user(self, sep: str = " ") -> str:
        return sep.join(self.errors.values())


class NotFound(ServiceError):
    pass


class NotAllowed(ServiceError):
    pass
