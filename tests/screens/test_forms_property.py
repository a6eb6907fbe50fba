"""Property tests over the forms: any text is either saved and shown literally, or refused
with a message next to its field - never a crash, never markup interpreted."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textual.widgets import Input

from rmcoach.infra import validate
from rmcoach.app import make_app
from rmcoach.records.pairs import load_pair
from rmcoach.screens.setup_forms import SetupScreen
from rmcoach.storage.store import Store
from rmcoach.widgets.form import Field
from tests.conftest import saves_done

WILD = st.one_of(
    st.text(max_size=120),
    st.sampled_from(["[bold red]boom[/]", "\x1b[2J\x1b[H", "😀" * 90, "表" * 81, "   ", "", "a\tb", "[link=x]y[/link]"]),
)


@settings(max_examples=300, deadline=None)
@given(WILD)
def test_name_rule_accepts_or_explains(value: str) -> None:
    try:
        cleaned = validate.name(value)
    except validate.Invalid as exc:
        assert str(exc).endswith(".") and len(str(exc)) < 160
    else:
        assert cleaned and len(cleaned) <= validate.NAME_MAX and "\x1b" not in cleaned


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=WILD, second=WILD, role=WILD)
def test_setup_form_with_wild_input(first: str, second: str, role: str) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        asyncio.run(_fill_setup(folder / "data", first, second, role))
    finally:
        shutil.rmtree(folder)


async def _fill_setup(data_dir: Path, first: str, second: str, role: str) -> None:
    app = make_app(data_dir, watch_interval=0)
    async with app.run_test(size=(110, 40)) as pilot:
        screen = app.screen
        screen.query_one("#p1-name-input", Input).value = first
        screen.query_one("#p2-name-input", Input).value = second
        screen.query_one("#p1-role-input", Input).value = role
        await pilot.press("ctrl+s")
        await saves_done(pilot)
        if isinstance(app.screen, SetupScreen):
            errors = [f.error for f in screen.query(Field) if f.error]
            assert errors, "refused without saying why"
            assert not (data_dir / "rmcoach.json").exists()
        else:
            pair = load_pair(Store(data_dir))
            assert pair is not None
            assert pair.people[0].name == " ".join(first.split())
            assert pair.people[0].role == " ".join(role.split())
