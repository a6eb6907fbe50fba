"""The home screen's quiet sync lines: unsent changes here, and choices waiting."""

from __future__ import annotations

from typing import Any

from rmcoach.features.status import StatusContext, StatusLine
from rmcoach.storage.store import META, Store, StoreError


def unsent_changes(store: Store, state: Any) -> int:
    """How many shared records differ from what this laptop last synced."""
    from rmcoach.sync import merge as M

    count = 0
    for table, docs in store.raw().items():
        if table == META or not table.isidentifier():
            continue
        for record in docs.values():
            uuid = record.get("uuid")
            if not isinstance(uuid, str):
                continue
            base = state.base.get(f"{table}/{uuid}")
            if (base is not None and M.kind(base) == "full" and not record.get("deleted")
                    and record.get("visibility") != "private"
                    and record.get("updated") == (base.get("fields") or {}).get("updated")):
                continue  # not edited since it was synced (every edit moves `updated`)
            doc = M.project(table, record, base, lambda: "")
            if doc is not None and not M.same(doc, base):
                count += 1
    return count + len(state.choices)


_cache: dict[str, Any] = {}


def status_lines(ctx: StatusContext) -> list[StatusLine]:
    """Cached until the store or the sync record changes (the home screen asks often)."""
    from rmcoach.sync.state import STATE_NAME, sync_dir

    try:
        stamp = (sync_dir(ctx.store.data_dir) / STATE_NAME).stat().st_mtime_ns
    except OSError:
        return []
    key = (str(ctx.store.data_dir), id(ctx.store), ctx.store.generation, stamp)
    if _cache.get("key") != key:
        _cache.update(key=key, lines=_lines(ctx))
    return list(_cache["lines"])


def _lines(ctx: StatusContext) -> list[StatusLine]:
    from rmcoach.sync.conflicts import open_conflicts
    from rmcoach.sync.state import load

    try:
        state = load(ctx.store.data_dir)
    except StoreError:
        return [StatusLine("The sync record of this laptop is damaged: `rmcoach sync --remote WHERE` reconnects it.", "nudge")]
    if state is None:
        return []
    lines = []
    waiting = len(open_conflicts(state))
    if waiting:
        lines.append(StatusLine(f"{waiting} change{'s' if waiting != 1 else ''} made differently on the two laptops "
                                f"need{'s' if waiting == 1 else ''} you to choose - press y", "todo", "y"))
    unsent = unsent_changes(ctx.store, state)
    if unsent:
        lines.append(StatusLine(f"This laptop has {unsent} change{'s' if unsent != 1 else ''} not synced yet - press y",
                                "info", "y"))
    return lines
