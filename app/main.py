"""`python main.py`: the EstateDesk desktop client.

Order matters for a quick, understandable start: logging first (so any failure has a file
to point to), then Qt, font and language, then the first window. SQLAlchemy and the
services load on the pool thread while the splash or the login window is already up.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.ui.shell.controller import AppController

_log = logging.getLogger("app.main")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="estatedesk", description="EstateDesk sales-office client.")
    parser.add_argument("--server", metavar="HOST[:PORT]",
                        help="log in to this office PostgreSQL server (no embedded database)")
    parser.add_argument("--database", default="estatedesk", metavar="NAME",
                        help="database name on the office server (default: estatedesk)")
    parser.add_argument("--lang", choices=["zh_CN", "en"],
                        help="interface language (default: the last one chosen, else zh_CN)")
    parser.add_argument("--home", type=Path, metavar="PATH",
                        help="folder of the embedded database (default: $ESTATEDESK_HOME, "
                             "else the per-user data folder)")
    return parser.parse_args(argv)


def _install_excepthook() -> None:
    """An exception escaping a slot is a bug: log it and show the bug dialog, don't die."""
    def hook(exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        _log.error("uncaught exception", exc_info=(exc_type, exc, tb))
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        from app.ui.common.errors import error_box

        try:
            error_box(None, exc).exec()
        except Exception:  # noqa: BLE001 — never recurse from the hook
            _log.exception("could not show the bug dialog")

    sys.excepthook = hook


def main(argv: Sequence[str] | None = None) -> int:
    """Run the client until its last window closes; returns the process exit code."""
    started = start(argv)
    if isinstance(started, int):
        return started
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    _quit_on_signals(app)
    try:
        return app.exec()
    finally:
        started.shutdown()
        _stop_embedded(started.embedded_setup)
        _log.info("EstateDesk stopped")


def start(argv: Sequence[str] | None = None) -> AppController | int:
    """Everything up to the first window (splash or login); an exit code on bad arguments.
    Split from `main` so tests can start the client without entering the event loop."""
    from app.ui.common.logging_setup import configure_logging

    args = parse_args(argv)
    log_path = configure_logging()
    _log.info("EstateDesk starting (log: %s)", log_path)

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("EstateDesk")
    QCoreApplication.setApplicationName("EstateDesk")
    app = QApplication.instance() or QApplication(list(sys.argv[:1]))
    _install_excepthook()
    from app.ui.common.gc_guard import GuiThreadGarbageCollector

    if not hasattr(app, "_estatedesk_gc"):
        app._estatedesk_gc = GuiThreadGarbageCollector(parent=app)  # type: ignore[attr-defined]

    from app.ui.common import fonts, i18n
    from app.ui.login.connection_settings import ConnectionChoice, Mode, load_connection
    from app.ui.shell.controller import AppController

    fonts.apply_cjk_font(app)
    i18n.install_language(args.lang or i18n.saved_language() or i18n.DEFAULT_LANGUAGE)

    choice, office_address = load_connection(), None
    if args.server:
        from app.db.connection import ServerAddress

        try:
            office_address = ServerAddress.parse(args.server, args.database)
        except ValueError as error:
            print(f"estatedesk: --server {args.server!r}: {error}", file=sys.stderr)
            return 2
        choice = ConnectionChoice(Mode.OFFICE, args.server, args.database)
    home = args.home or (Path(os.environ["ESTATEDESK_HOME"])
                         if os.environ.get("ESTATEDESK_HOME") else None)

    controller = AppController(choice, office_address, home)
    controller.start()
    return controller


def _quit_on_signals(app: object) -> None:
    """Ctrl+C in a terminal or a service manager's SIGTERM quits cleanly (and so stops the
    embedded server). Python runs signal handlers only between bytecodes, hence the timer."""
    import signal

    from PySide6.QtCore import QTimer

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: app.quit())  # type: ignore[attr-defined]
    timer = QTimer(app)  # type: ignore[arg-type]
    timer.timeout.connect(lambda: None)
    timer.start(250)


def _stop_embedded(setup: object | None) -> None:
    """The embedded server was started for this client: stop it so no PostgreSQL is left
    running (and holding the data folder) after the window is gone."""
    if setup is None:
        return
    from app.services.embedded_setup import shutdown

    try:
        shutdown(setup)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 — quitting must not fail
        _log.exception("stopping the embedded database failed")


if __name__ == "__main__":
    raise SystemExit(main())
