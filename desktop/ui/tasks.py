"""Background work off the UI thread, and the app-wide change notifications views listen to."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Job(QRunnable):
    def __init__(self, runner: TaskRunner, job_id: int, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps the Python object until the result is delivered
        self._runner, self._id, self._fn, self._args = runner, job_id, fn, args

    def run(self) -> None:
        try:
            result = self._fn(*self._args)
        except BaseException as exc:  # noqa: BLE001 - reported to the UI thread
            self._runner._finished.emit(self._id, False, exc)
        else:
            self._runner._finished.emit(self._id, True, result)


class TaskRunner(QObject):
    """`run(fn, *args, on_done=..., on_error=...)`: fn runs on a QThreadPool, callbacks on the UI thread."""

    # Emitted from a worker thread; delivered (queued) to this object, which lives on the UI thread.
    _finished = Signal(int, bool, object)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._ids = itertools.count(1)
        self._jobs: dict[int, tuple[_Job, Callable[[Any], None] | None, Callable[[BaseException], None] | None]] = {}
        self._finished.connect(self._deliver)

    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> int:
        job_id = next(self._ids)
        job = _Job(self, job_id, fn, args)
        self._jobs[job_id] = (job, on_done, on_error)
        self.pool.start(job)
        return job_id

    def pending(self) -> int:
        return len(self._jobs)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job has run (shutdown, tests). Results are delivered by the event loop."""
        return self.pool.waitForDone(msecs)

    @Slot(int, bool, object)
    def _deliver(self, job_id: int, ok: bool, payload: object) -> None:
        _job, on_done, on_error = self._jobs.pop(job_id, (None, None, None))
        if ok:
            if on_done is not None:
                on_done(payload)
        elif on_error is not None:
            on_error(payload)  # type: ignore[arg-type]
        else:
            log.error("background task failed: %s", type(payload).__name__)
            raise payload  # type: ignore[misc]  # reaches sys.excepthook -> error dialog


class DataBus(QObject):
    """One per application: `changed(entity, id)` after any change; views reload what they show."""

    changed = Signal(str, str)
