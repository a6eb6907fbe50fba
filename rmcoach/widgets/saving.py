"""Saves off the UI thread: every form's save runs its store work in a thread worker.

Another process can hold the store's lock for seconds (an import, a sync, a long
``rmcoach log``); a save on the UI thread would freeze the screen meanwhile.  So a
screen hands its store work to :meth:`Saves.start` (the app offers it as
``self.rm.save``): the work runs in a thread with a store of its own (the app's store
is read by the UI thread, and is never shared with a worker), a quiet line says
"Saving..." and, while another rmcoach holds the lock, "Waiting for another rmcoach to
finish...".  The outcome comes back on the UI thread: ``done`` closes the form,
notifies or refreshes; a refusal (:class:`StoreError`) leaves the form open with its
text and shows the one sentence.  A second save of the same screen while one runs is
ignored, and a screen that closed meanwhile is left alone (the outcome is a toast).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Generic, TypeVar

from rich.text import Text
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Static

from rmcoach.storage.store import Store, StoreError

if TYPE_CHECKING:
    from rmcoach.app import RMCoachApp

T = TypeVar("T")

SAVING = "Saving..."
WAITING = "Waiting for another rmcoach to finish..."
POLL = 0.2  # how often the waiting line looks at the worker's store


def _alive(screen: Screen[Any]) -> bool:
    """The screen is still open (in the stack of some mode), not dismissed or closed."""
    return screen.is_attached and not screen._closing and not screen._closed


class _Pending(Generic[T]):
    """A save in flight (a plain class: a dataclass's code generation cost the launch)."""

    def __init__(self, screen: Screen[Any], store: Store, done: Callable[[T], object], status: Static | None,
                 failed: Callable[[Exception], bool] | None) -> None:
        self.screen = screen
        self.store = store
        self.done = done
        self.status = status
        self.failed = failed
        self.timer: Timer | None = None
        self.waited = False


class Saves:
    """The app's saves in flight, one at most per screen."""

    def __init__(self, app: RMCoachApp) -> None:
        self.app = app
        self._pending: dict[int, _Pending[Any]] = {}

    @property
    def busy(self) -> bool:
        """A save is running (the app's watcher then does not report it as an outside change)."""
        return bool(self._pending)

    def saving(self, screen: Screen[Any]) -> bool:
        return id(screen) in self._pending

    def start(self, screen: Screen[Any], work: Callable[[Store], T], done: Callable[[T], object], *,
              status: Static | None = None, failed: Callable[[Exception], bool] | None = None) -> bool:
        """Run ``work(store)`` in a thread, then ``done(result)`` on the UI thread.

        ``work`` must not touch widgets (read the form before calling).  ``failed``
        sees any exception ``work`` raised and returns True when it dealt with it (a
        field's error); otherwise a :class:`StoreError` is shown on ``status`` (or as a
        toast), and anything else (a bug) as one sentence in the same place.
        Returns False, doing nothing, while the same screen's previous save runs."""
        key = id(screen)
        if key in self._pending:
            return False
        pending: _Pending[T] = _Pending(screen, Store(self.app.data_dir), done, status, failed)
        self._pending[key] = pending
        self._show(pending, SAVING)
        pending.timer = self.app.set_interval(POLL, lambda: self._watch(pending))

        def run() -> None:
            outcome: tuple[bool, Any]
            try:
                outcome = (True, work(pending.store))
            except Exception as exc:  # noqa: BLE001 - handed to the UI thread, which decides
                outcome = (False, exc)
            try:
                self.app.call_from_thread(self._finish, key, outcome)
            except RuntimeError:  # the app closed meanwhile: the save itself is done
                pass

        self.app.run_worker(run, thread=True, group="save", exit_on_error=False)
        return True

    def _show(self, pending: _Pending[Any], line: str) -> None:
        if pending.status is not None and _alive(pending.screen):
            pending.status.update(Text(line, style="italic"))

    def _watch(self, pending: _Pending[Any]) -> None:
        if pending.store.waiting_for_lock and not pending.waited:
            pending.waited = True
            if pending.status is not None and _alive(pending.screen):
                self._show(pending, WAITING)
            else:
                self.app.notify(WAITING, timeout=4)

    def _finish(self, key: int, outcome: tuple[bool, Any]) -> None:
        pending = self._pending.pop(key)
        if pending.timer is not None:
            pending.timer.stop()
        try:  # read our own save now, so the watcher does not call it an outside change
            self.app.store.raw()
        except StoreError:
            pass
        ok, value = outcome
        alive = _alive(pending.screen)
        if ok:
            if alive:
                self._show(pending, "")
                pending.done(value)
            else:
                self.app.notify("Saved.", timeout=2)
                self.app.refresh_screen()
            return
        if alive:
            self._show(pending, "")
        if alive and pending.failed is not None and pending.failed(value):
            return
        if not isinstance(value, StoreError):  # a bug: one sentence, never a traceback
            value = StoreError(f"This was not saved: something unexpected went wrong ({type(value).__name__}); "
                               "what you typed is still here.")
        if alive and pending.status is not None:
            pending.status.update(Text(str(value)))
        else:
            self.app.save_failed(value)


def shown_on(status: Static, *kinds: type[Exception]) -> Callable[[Exception], bool]:
    """A ``failed`` for :meth:`Saves.start`: a refusal of these kinds (a feature's own
    validation, raised inside the work) is shown on ``status`` as one sentence."""

    def failed(exc: Exception) -> bool:
        if isinstance(exc, kinds):
            status.update(Text(str(exc)))
            return True
        return False

    return failed
