"""The GUI's command line: the usual options without argparse, everything else through argparse."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dlzw_desktop.app import StartOptions, parse_args


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], StartOptions()),
        (["--smoke"], StartOptions(smoke=True)),
        (["--db", "/tmp/x.sqlite3", "--smoke"], StartOptions(db="/tmp/x.sqlite3", smoke=True)),
        (["--db=/tmp/ä ö.sqlite3"], StartOptions(db="/tmp/ä ö.sqlite3")),
        (["--language", "en", "--no-demo-offer"], StartOptions(language="en", no_demo_offer=True)),
        (["--no-wizard"], StartOptions(no_wizard=True)),
    ],
)
def test_usual_command_lines(argv: list[str], expected: StartOptions) -> None:
    assert parse_args(argv) == expected


def test_mistakes_are_explained_by_argparse(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        parse_args(["--language", "fr"])
    assert caught.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        parse_args(["--dbb", "x"])


def test_pyside_does_not_read_the_source_of_modules_imported_after_the_app() -> None:
    """PySide6 reads every newly imported module's source for its ``__feature__`` switches; the app turns
    that off (start-up time), and a module imported afterwards is not read."""
    script = (
        "import inspect, sys\n"
        "import dlzw_desktop.app\n"
        "read = []\n"
        "original = inspect.getsource\n"
        "inspect.getsource = lambda obj: read.append(obj) or original(obj)\n"
        "import json.decoder, email.utils\n"
        "print(len(read))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert completed.stdout.strip() == "0"


def test_argparse_gives_what_the_fast_parser_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    from dlzw_desktop import app

    argv = ["--no-wizard", "--language", "de", "--no-demo-offer", "--db", "x.sqlite3", "--smoke"]
    fast = parse_args(argv)
    assert fast == StartOptions("x.sqlite3", "de", smoke=True, no_demo_offer=True, no_wizard=True)
    monkeypatch.setattr(app, "_parse_simple", lambda _argv: None)
    assert parse_args(argv) == fast


def test_the_help_names_no_wizard(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse_args(["--help"])
    assert "--no-wizard" in capsys.readouterr().out
