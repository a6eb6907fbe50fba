"""What the app expects of its screens, and what screens may expect of the app.

Every screen and modal derives from :class:`AppScreen` or :class:`AppModal`, whose
:attr:`~AppScreen.rm` is the running :class:`~rmcoach.app.RMCoachApp`, typed (Textual's
own ``self.app`` is typed as a plain ``App``). Every area screen (and any other screen
that redraws from the store) derives from :class:`DataScreen`; the app and search rely
on these names instead of looking them up with ``getattr``.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from textual.screen import ModalScreen, Screen

from rmcoach.widgets.compositor import LeanCompositor
from rmcoach.widgets.detail import WhenResting

if TYPE_CHECKING:
    from rmcoach.app import RMCoachApp

ResultT = TypeVar("ResultT")


class AppScreen(Screen[ResultT]):
    """A full screen of rmcoach, dismissed with a ``ResultT``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # Screen's own arguments, passed through
        super().__init__(*args, **kwargs)
        # a key that changes a few lines repaints only the widgets under them (see LeanCompositor)
        self._compositor = LeanCompositor()

    @property
    def rm(self) -> RMCoachApp:
        """The running app, typed."""
        return cast("RMCoachApp", self.app)


class AppModal(ModalScreen[ResultT]):
    """A modal of rmcoach (drawn over the screen below), dismissed with a ``ResultT``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # ModalScreen's own arguments, passed through
        super().__init__(*args, **kwargs)
        self._compositor = LeanCompositor()

    @property
    def rm(self) -> RMCoachApp:
        """The running app, typed."""
        return cast("RMCoachApp", self.app)


class DataScreen(AppScreen[None]):
    AREA_KEYS: ClassVar[bool] = False  # a hub: every area's key works here (never inside a form)
    SHOWS: ClassVar[tuple[str, ...]] = ()  # tables whose records search can open here (see show_record)
    # the store generation the screen last drew (a screen that redraws on resume only
    # when the data changed compares it with store.generation); None before the first draw
    _shown_generation: int | None = None

    def refresh_data(self) -> None:
        """Redraw from the store: another process changed it, or the viewer changed."""

    def store_opened(self) -> None:
        """The whole file has just been read (a launch draws its first frame before that,
        see ``RMCoachApp._open_store``): draw the data."""
        self.refresh_data()

    def show_record(self, table: str, uuid: str) -> None:
        """Bring one record of a table in :attr:`SHOWS` into view (search opens results here)."""

    @functools.cached_property
    def when_resting(self) -> WhenResting:
        """Draws a list's detail once its highlight rests (see :class:`WhenResting`)."""
        return WhenResting(self)
