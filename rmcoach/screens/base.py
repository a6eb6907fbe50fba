"""What the app expects of a screen that shows the pair's data.

Every area screen (and any other screen that redraws from the store) derives from
:class:`DataScreen`; the app and search rely on these names instead of looking
them up with ``getattr``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual.screen import Screen

if TYPE_CHECKING:
    from rmcoach.app import RMCoachApp


class DataScreen(Screen[None]):
    AREA_KEYS: ClassVar[bool] = False  # a hub: every area's key works here (never inside a form)
    SHOWS: ClassVar[tuple[str, ...]] = ()  # tables whose records search can open here (see show_record)

    @property
    def rm(self) -> RMCoachApp:
        """The running app, typed."""
        return cast("RMCoachApp", self.app)

    def refresh_data(self) -> None:
        """Redraw from the store: another process changed it, or the viewer changed."""

    def show_record(self, table: str, uuid: str) -> None:
        """Bring one record of a table in :attr:`SHOWS` into view (search opens results here)."""
