"""The README documents every command, and its set-up is the two make targets."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kerjasama.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_is_in_the_readme(command):
    assert re.search(rf"kerjasama {re.escape(command)}\b", README), (
        f"`kerjasama {command}` is not documented in README.md")


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help_with_an_example(command):
    help_text = main.commands[command].help or ""
    assert f"kerjasama {command}" in help_text, f"`kerjasama {command} --help` shows no example"


def test_setup_is_make_demo_and_make_test():
    setup = README.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    assert "make demo" in setup and "make test" in setup
    makefile = (Path(__file__).resolve().parent.parent / "Makefile").read_text()
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
