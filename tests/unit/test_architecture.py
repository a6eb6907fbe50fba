"""The core never imports Textual; CLI subcommands that do not open the app stay Textual-free."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import rmcoach
from tests.conftest import ROOT

UI_PACKAGES = ("rmcoach.app", "rmcoach.screens", "rmcoach.widgets")


def _core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(rmcoach.__path__, "rmcoach."):
        if info.name.startswith(UI_PACKAGES) or info.name == "rmcoach.__main__":
            continue
        names.append(info.name)
    return names


@pytest.mark.parametrize("module", _core_modules())
def test_core_module_does_not_import_textual(module: str) -> None:
    code = (
        "import sys, importlib; importlib.import_module(%r); "
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.')); "
        "print(','.join(bad))" % module
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"{module} pulls in {out.stdout.strip()}"


def test_cli_commands_do_not_import_textual(tmp_path) -> None:
    code = (
        "import sys; from rmcoach.cli import main; "
        "rc = main(['--data-dir', %r, 'doctor']); "
        "print('textual' in sys.modules)" % str(tmp_path)
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stdout + out.stderr
