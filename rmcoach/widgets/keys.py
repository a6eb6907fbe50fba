"""Keys land where they were typed, however fast they come.

Why this exists (the cause of "characters typed right after Tab land in the previous
field"): Textual hands each key to the focused widget by *posting* it on that widget's
queue and goes straight on to the next key.  A key the widget does not use itself (Tab,
Enter, Backspace, arrows, ctrl+s...) then bubbles up one queue at a time - the input, its
``Field``, every container around it, the screen - and only when it is back at the app
does its binding run (``focus_next`` for Tab).  A burst of keys arrives from the terminal
in one read, so by then every key after the Tab has already been handed to the field that
was focused when the burst began.  The deeper a field sits (rmcoach's fields sit four or
five containers deep) the longer that round trip and the more keys land in the wrong
place; a bare Textual app with flat inputs shows the same thing in a milder form.

:class:`KeysInOrder` (mixed into the app) walks each key through that same journey
itself and waits for every step - the focused widget, then each parent up to the screen,
then the app's own bindings - before it takes the next key.  When a key reached the app,
the app also waits until whatever that key set off near the focused widget (an
``Input.Submitted`` that saves or moves on) has been handled, so the next key goes to
wherever focus is *now*.  Nothing else changes: the same handlers and bindings run in
the same order as before; they just no longer overlap.

One more queue hides the same trap: ``widget.focus()`` does not move focus, it asks the
app to do it later (``app.call_later``), and that request waits behind every key already
queued - so after Enter or ctrl+n moved to the next step, or a key opened a dialog whose
``on_mount`` focuses its first field, the keys typed meanwhile still went to the old
place.  While a key is being walked, such requests are kept aside and run as the key's
last step (after a newly opened screen has mounted), before the next key.

Most keys on a list (arrows, Page Down, a screen's letter keys) are used by no widget on
the way up: only a binding acts on them, and bindings run at the app.  Walking such a key
from widget to widget only waited on queues where nothing happens (seven of them from a
table in a tab), so when no widget of the focused chain has a handler that could take the
key (:func:`passes_through`), the walk goes straight to the bindings; what the key set
off is still settled, widget by widget, before the next key.
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import Any, Callable, cast

from textual import events
from textual._callback import invoke
from textual.message import Message
from textual.message_pump import MessagePump

# A handler that never lets its widget finish a key must not freeze the keyboard: past
# this many seconds on one step the key is left to finish on its own.
STEP_LIMIT = 5.0

_PASSES: dict[tuple[type, str], bool] = {}  # (widget class, key) -> passes_through, worked out once


def passes_through(node: MessagePump, event: events.Key) -> bool:
    """True when no handler of ``node``'s class can act on this key on its way up (only a
    binding can): no ``on_key`` / ``_on_key`` beyond Textual's own (which only calls
    ``key_<name>`` methods), no ``key_<name>`` / ``_key_<name>`` method for it, no
    ``@on`` handler for a key event, and Textual's own way of handling messages."""
    cached = _PASSES.get((type(node), event.key))
    if cached is None:
        cached = _PASSES[(type(node), event.key)] = _class_passes(type(node), event)
    return cached


def _class_passes(cls: type, event: events.Key) -> bool:
    from textual.widget import Widget

    own_key_handler = Widget.__dict__["_on_key"]
    key_classes = [klass for klass in type(event).__mro__ if issubclass(klass, Message)]
    for klass in cls.__mro__:
        found = klass.__dict__
        if found.get("on_key") is not None or found.get("_on_key", own_key_handler) is not own_key_handler:
            return False
        if klass is not Widget and "handle_key" in found:
            return False
        if klass is not MessagePump and ("on_event" in found or "_on_message" in found):
            return False
        decorated = found.get("_decorated_handlers") or {}
        if any(decorated.get(message) for message in key_classes):
            return False
    for name in event.name_aliases:
        if getattr(cls, f"key_{name}", None) is not None or getattr(cls, f"_key_{name}", None) is not None:
            return False
    return True


# How many turns of the event loop a node is watched for going idle (see _processed) before
# the wait falls back to a marker queued behind what is on its queue
IDLE_TURNS = 24


def _idle(node: MessagePump) -> bool:
    """True when ``node`` has nothing on its queue and its loop is parked waiting for the
    next message (so nothing it was sent is still being handled).  Read from Textual's
    queue and the asyncio event its loop waits on; when those are not what they were
    (another Textual), this is False and :func:`_processed` queues a marker instead."""
    queue: Any = node._message_queue
    if getattr(queue, "values", True) or node._pending_message is not None or node._next_callbacks:
        return False
    waiters: Any = getattr(getattr(queue, "ready_event", None), "_waiters", None)
    return bool(waiters) and any(not waiter.done() for waiter in waiters)


async def _processed(node: MessagePump) -> bool:
    """Wait until ``node`` has handled everything already on its queue.
    False when the node is gone (closed or closing) and never will.

    A node that is idle is done at once, and a busy one is watched for a few turns of the
    event loop until it is.  Only one that stays busy longer (a handler waiting on
    something) gets a marker queued behind what it has, and is waited for until the
    marker has run.  Sending every node a marker made each key on a list in a tab wait
    for seven callbacks to go through seven queues, a third of the key's work."""
    if node._closing or node._closed:
        return False
    for _turn in range(IDLE_TURNS):
        if _idle(node):
            return True
        await asyncio.sleep(0)
    return await _marked(node)


async def _marked(node: MessagePump) -> bool:
    """Queue a marker on ``node`` and wait until it has run (see :func:`_processed`)."""
    done = asyncio.get_running_loop().create_future()

    def mark() -> None:
        if not done.done():
            done.set_result(True)

    if not node.call_later(mark):
        return False
    loop = asyncio.get_running_loop()
    give_up = loop.time() + STEP_LIMIT
    while not done.done():
        if node._closing or node._closed or loop.time() > give_up:
            return False
        await asyncio.wait([done], timeout=0.05)
    return True


class KeysInOrder:
    """Mix into the ``App`` (before ``App``): every key finishes before the next starts."""

    _keys_walked: dict[int, events.Key]
    _walking: bool = False
    keys_handled = 0  # how many keys the app has taken (forms use it to tell typing from set-up)
    _deferred: list[Callable[[], Any]] | None = None

    def call_later(self, callback: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
        if self._walking:  # run as the current key's last step, not behind the keys queued after it
            if self._deferred is None:
                self._deferred = []
            self._deferred.append(partial(callback, *args, **kwargs))
            return True
        return bool(super().call_later(callback, *args, **kwargs))  # type: ignore[misc]

    async def on_event(self, event: events.Event) -> None:
        app: Any = self  # the App this class is mixed into
        if isinstance(event, events.Key) and event.is_forwarded and id(event) in self._walked():
            # the copy that bubbled back from the screen: its app part already ran in the walk
            del self._keys_walked[id(event)]
            return
        if (
            isinstance(event, events.Key)
            and not event.is_forwarded
            and not (app.screen.maximized is not None and event.key == "escape")
        ):
            await self._walk_key(event)
            return
        await super().on_event(event)  # type: ignore[misc]

    def _walked(self) -> dict[int, events.Key]:
        try:
            return self._keys_walked
        except AttributeError:
            self._keys_walked = {}
            return self._keys_walked

    async def _walk_key(self, event: events.Key) -> None:
        app = self
        screen_before = app.screen  # type: ignore[attr-defined]
        self.keys_handled += 1
        self._walking = True
        try:
            chain = await self._walk(event)
            await self._settle(chain, screen_before)
        finally:
            self._walking = False
            pending, self._deferred = self._deferred or [], None
            for callback in pending:  # only if settling stopped early: keep their order
                super().call_later(callback)  # type: ignore[misc]

    async def _walk(self, event: events.Key) -> list[MessagePump]:
        """Hand the key along its journey; return the widgets it passed (for settling)."""
        app: Any = self  # the App this class is mixed into
        app.app_focus = True
        screen = app.screen
        if app.focused is not None:
            try:
                screen._clear_tooltip()
            except Exception:  # no screen yet: nothing to clear
                pass
        if await app._check_bindings(event.key, priority=True):
            return [screen]
        target = app.focused or screen
        chain: list[MessagePump] = []
        node: MessagePump | None = target
        while node is not None and node is not app:
            chain.append(node)
            node = node._parent
        if node is not app:
            return []
        if all(passes_through(widget, event) for widget in chain):
            # nothing on the way up can take it: straight to the bindings (see the module's notes)
            await cast(Any, self)._on_key(event)
            return chain
        # the driver names the app as the key's sender, and Textual then stops the key one
        # step after the screen; with no sender "stopped" means a handler used the key
        event._sender = None
        event._set_forwarded()
        chain = []
        node = target
        while node is not None and node is not app:
            chain.append(node)
            if node is target:
                node.post_message(event)  # later steps are posted by Textual's own bubbling
            if not await _processed(node):
                return []  # the widget went away (its screen closed): nothing further to do
            if event._stop_propagation or not node.is_parent_active or not node.is_attached:
                return chain[:1]  # a handler used the key (an input typed it) or the chain ended
            node = node._parent
        if node is not app:
            return []
        self._walked()[id(event)] = event  # its bubbled copy will arrive later; ignore that one
        if len(self._keys_walked) > 256:  # copies that never came (a screen closed mid-way)
            for stale in list(self._keys_walked)[:-64]:
                del self._keys_walked[stale]
        await cast(Any, self)._on_key(event)  # the app's own (non-priority) bindings
        return chain

    async def _settle(self, chain: list[MessagePump], screen_before: MessagePump) -> None:
        """What the key set off is done before the next key: messages it caused near the
        focused widget (Input.Submitted...), a screen it opened (mounted, its on_mount run),
        and focus moves asked for meanwhile."""
        app = self
        for node in chain:
            if not await _processed(node):
                break
        for _round in range(8):  # a callback may open a screen that asks for focus in turn
            screen = app.screen  # type: ignore[attr-defined]
            if screen is not screen_before:
                await _processed(screen)
                screen_before = screen
            pending, self._deferred = self._deferred or [], None
            if not pending:
                return
            for callback in pending:
                await invoke(callback)
