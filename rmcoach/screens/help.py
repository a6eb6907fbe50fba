"""The help screen (`?` or F1 from anywhere)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Markdown

from rmcoach.widgets.footer import KeysFooter
from rmcoach.screens.base import AppModal

HELP_TEXT = """\
# rmcoach help

rmcoach is a companion for **one pair** of colleagues who teach each other:
technology one way, professional wisdom the other. Both of you are mentor *and*
learner. Everything stays in one file on this machine.

## Keys everywhere

| Key | What it does |
| --- | --- |
| `?` or `F1` | this help (in a text box `?` types a question mark: use `F1`) |
| `ctrl+p` | command palette: search for any action by name |
| `escape` | go back / close |
| `ctrl+q` | quit (a half-filled form is kept as a draft and offered back next time) |
| `tab` / `shift+tab` | move between fields and buttons |
| `ctrl+s` | save the form you are in |
| `ctrl+l` | log something you learned, from any screen |
| `ctrl+j` | check the text you are writing for jargon (for your partner: `ctrl+r` in the check changes who reads it) |
| `F2` | say who is at the keyboard (`1`, `2`, or `t` for both of you); `m` there marks this computer as yours, so it opens as you without asking |
| `F3` | readable view on or off: high contrast and more space (a larger font in the browser), remembered for each person |

## On the home screen

{areas}

These letters do the same on the briefing and the review, so a letter you learn here
means one thing everywhere.

## Letters that keep one meaning wherever they work

| Key | What it does |
| --- | --- |
| `w` | write up (log) the session you just held, from home, the briefing or the sessions list |
| `e` | edit the highlighted thing: a session, or an open action item on the Action items tab |
| `a` | the action items, from the briefing (then `e` changes one, `d` marks it done) |
| `n` | add a topic for the next session's agenda (on the briefing) |
| `m` | skip or move one session (briefing, sessions list) |
| `z` | the closing retrospective (on the review) |

## Your data

- Data folder: `{data_dir}`
- Change it with `--data-dir DIR` or the `RMCOACH_HOME` environment variable.
- Every save is atomic, the previous version is kept, and a copy per day is kept
  for a week. If the file is ever damaged, rmcoach will not touch it: run
  `rmcoach doctor` in a terminal.

## From the shell

`rmcoach --help` lists the commands that work without opening this screen.
"""


class HelpScreen(AppModal[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 90%; max-width: 100; height: 90%; border: thick $accent; background: $surface; padding: 0 1; }
    """
    BINDINGS = [
        Binding("escape,q,question_mark", "close", "Close"),
    ]

    def compose(self) -> ComposeResult:
        app = self.rm
        areas = "\n".join(
            f"- `{a.key}` **{a.title}** - {a.help}" for a in app.areas()
        ) or "- Set up your pair first; the rest appears once it exists."
        text = HELP_TEXT.format(areas=areas, data_dir=app.data_dir)
        with VerticalScroll():
            yield Markdown(text)
        yield KeysFooter()

    def action_close(self) -> None:
        self.dismiss()
