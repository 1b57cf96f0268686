"""No echo (issue 18): a device does not pull back what it just pushed.

`record.origin_device` names the device whose own copy of a row is exactly the row's latest version. A
pull that asks for it (`skip_own`) leaves those rows out, and its cursor still moves past them: they were
skipped on purpose, not lost. A full restore does not ask, and so receives everything.

When is a device's copy exactly the new version? The device applied its change locally before it pushed
it, so its copy is the server's row plus the change when
- the row is new (an insert), or
- the change was made on the version the server still has (base version = current version), or
- the current version is itself one whose copy the device holds (its earlier change in the same queue of
  offline edits, pushed on the same base).
Otherwise another device changed the row in between, the merged version holds something the device has
not seen, and the device must pull the whole row. Any other change or re-send of a row clears the origin
(`Rec.stamp`, `touch_keys`): an admin's change, a transfer, a row re-sent to someone who gained it.
"""

from __future__ import annotations

from .records import Rec


def echo_origin(rec: Rec, base: int, device: str) -> str | None:
    """The origin of `rec`'s next version when `device` changes it on base version `base` (call before
    the change is applied): `device` when its copy will equal the new version, else None."""
    return device if (rec.version == base or rec.origin == device) else None
