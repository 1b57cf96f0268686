"""Translation hook usable without Qt: the one in sync/i18n.py, so the policy rules the desktop and the
central store share (sync/policy) speak the desktop's language too.

Services and the command line mark user-visible text with `translate(context, text)`, which
pyside6-lupdate recognises. The Qt layer (or the CLI) installs a translator with
`set_translator`; without one the Dutch source text is used.
"""

from __future__ import annotations

from sync.i18n import current_language, set_translator, translate

__all__ = ["current_language", "set_translator", "translate"]
