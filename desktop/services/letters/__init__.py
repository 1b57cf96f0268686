"""Letters for the client: every letter the policy needs, in the summary's house layout.

`LetterService` (service.py) gathers and records; `texts/` holds one small module of texts per
kind; `layout.py` lays a letter out with the shared letterhead of `desktop.services.print_layout`.
"""

from .service import DOCUMENTS, KINDS, MAILING_MAX, LetterService, kind_labels

__all__ = ["DOCUMENTS", "KINDS", "MAILING_MAX", "LetterService", "kind_labels"]
