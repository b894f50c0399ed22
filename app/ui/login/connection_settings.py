"""Which database the client talks to — the embedded one on this computer or the office
server — remembered in QSettings under "connection/". Pure helpers, no widgets, so the
dialog, `main()` and the tests share them.

`app.db.connection` (which imports SQLAlchemy) is imported only when an office address is
actually parsed, to keep the login window quick to appear.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

if TYPE_CHECKING:
    from app.db.connection import ServerAddress

DEFAULT_DATABASE = "estatedesk"  # app.db.connection.DEFAULT_DATABASE, without the import


class Mode(StrEnum):
    EMBEDDED = "embedded"
    OFFICE = "office"


class AddressProblem(StrEnum):
    EMPTY = "empty"
    BAD_PORT = "bad_port"
    BAD_FORMAT = "bad_format"
    NO_DATABASE = "no_database"


@dataclass(frozen=True)
class ConnectionChoice:
    """The user's choice; `server` is HOST[:PORT] as typed (only used in office mode)."""

    mode: Mode = Mode.EMBEDDED
    server: str = ""
    database: str = DEFAULT_DATABASE

    @property
    def embedded(self) -> bool:
        return self.mode is Mode.EMBEDDED

    def address(self) -> ServerAddress:
        """The office server's address; raises ValueError when it does not parse."""
        from app.db.connection import ServerAddress

        return ServerAddress.parse(self.server, self.database)


def check_office_address(server: str, database: str) -> tuple[ServerAddress | None,
                                                              AddressProblem | None]:
    """Parse HOST[:PORT] and the database name; on failure say what is wrong (for the
    dialog's inline message)."""
    server, database = server.strip(), database.strip()
    if not server:
        return None, AddressProblem.EMPTY
    if not database:
        return None, AddressProblem.NO_DATABASE
    port_text = _port_part(server)
    if port_text is not None and (not port_text.isdigit() or not 0 < int(port_text) < 65536):
        return None, AddressProblem.BAD_PORT
    from app.db.connection import ServerAddress

    try:
        return ServerAddress.parse(server, database), None
    except ValueError:
        return None, AddressProblem.BAD_FORMAT


def _port_part(server: str) -> str | None:
    """The text after the port colon, or None when no port was typed."""
    if server.startswith("["):
        end = server.find("]")
        rest = server[end + 1:] if end >= 0 else ""
        return rest[1:] if rest.startswith(":") else None
    if server.count(":") == 1:
        return server.split(":", 1)[1]
    return None


def load_connection(settings: QSettings | None = None) -> ConnectionChoice:
    settings = settings or QSettings()
    mode_text = str(settings.value("connection/mode", Mode.EMBEDDED.value))
    mode = Mode(mode_text) if mode_text in {m.value for m in Mode} else Mode.EMBEDDED
    return ConnectionChoice(
        mode=mode,
        server=str(settings.value("connection/server", "") or ""),
        database=str(settings.value("connection/database", DEFAULT_DATABASE)
                     or DEFAULT_DATABASE),
    )


def save_connection(choice: ConnectionChoice, settings: QSettings | None = None) -> None:
    settings = settings or QSettings()
    settings.setValue("connection/mode", choice.mode.value)
    settings.setValue("connection/server", choice.server.strip())
    settings.setValue("connection/database", choice.database.strip() or DEFAULT_DATABASE)
    settings.sync()
