"""The README documents every command, option and setting the code has."""

from __future__ import annotations

import dataclasses

from conftest import ROOT
from typer.main import get_command

from crosscheck.cli import app
from crosscheck.settings import Settings

README = (ROOT / "README.md").read_text("utf-8")


def test_docs_every_command_and_option_in_readme():
    group = get_command(app)
    for name, cmd in group.commands.items():
        assert f"crosscheck {name}" in README, name
        for p in cmd.params:
            for opt in getattr(p, "opts", []):
                if opt.startswith("--") and opt != "--help":
                    assert opt in README, f"{name} {opt}"


def test_docs_every_setting_in_readme():
    for f in dataclasses.fields(Settings):
        assert f"`{f.name}`" in README, f.name


def test_docs_make_targets_and_ci():
    assert "make demo" in README and "make test" in README
    assert "make test" in (ROOT / ".ci" / "run").read_text()
