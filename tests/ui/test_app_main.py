"""`main()`: arguments, and a start against an office server that quits cleanly."""

from __future__ import annotations

import logging
import sys

import pytest

from app.main import main, parse_args, start
from app.ui.common import i18n


def test_parse_args_defaults_and_options(tmp_path):
    args = parse_args([])
    assert (args.server, args.database, args.lang, args.home) == (None, "estatedesk", None, None)
    args = parse_args(["--server", "db:6543", "--database", "crm", "--lang", "en",
                       "--home", str(tmp_path)])
    assert (args.server, args.database, args.lang, args.home) == ("db:6543", "crm", "en",
                                                                  tmp_path)
    with pytest.raises(SystemExit):
        parse_args(["--lang", "fr"])


@pytest.fixture
def restore_process_state(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(logging.getLogger().handlers)
    yield
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
        handler.close()


def test_start_with_office_server_shows_the_login_window(qapp, restore_process_state,
                                                        tmp_path):
    controller = start(["--server", "127.0.0.1:1", "--lang", "en"])
    try:
        assert controller.login_window.isVisible()
        assert controller.splash is None
        assert controller.login_window.server_label.text() == "Database: 127.0.0.1:1/estatedesk"
        assert controller.login_window.login_button.text() == "Log in"
        assert i18n.current_language() == "en"
        assert (tmp_path / "logs" / "estatedesk.log").exists()
    finally:
        controller.shutdown()
        controller.login_window.close()


def test_main_refuses_a_bad_server_argument(qapp, restore_process_state, capsys):
    assert main(["--server", "db:notaport"]) == 2
    assert "--server" in capsys.readouterr().err
