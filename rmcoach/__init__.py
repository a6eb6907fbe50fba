"""rmcoach: a terminal coaching companion for one reverse-mentoring pair.

The package root stays tiny on purpose: the CLI imports it on every command, so
nothing heavy (Textual, Rich, dateutil's parser) may be imported here.
"""

__version__ = "0.1.0"
APP_NAME = "rmcoach"
