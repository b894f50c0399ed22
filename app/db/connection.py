"""Engines for the office server or the embedded one. Made by factories called from main.py
or the admin commands; nothing connects at import time."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

DEFAULT_PORT = 5432
DEFAULT_DATABASE = "estatedesk"
CONNECT_TIMEOUT_S = 5


@dataclass(frozen=True)
class ServerAddress:
    """Where the database is. For the embedded server `host` is its socket folder."""

    host: str
    port: int = DEFAULT_PORT
    database: str = DEFAULT_DATABASE
    embedded: bool = False

    @classmethod
    def parse(cls, server: str, database: str = DEFAULT_DATABASE) -> ServerAddress:
        """`HOST`, `HOST:PORT` or `[IPv6]:PORT`, as typed on the command line or in the dialog."""
        server = server.strip()
        if not server:
            raise ValueError("server address is empty")
        host, port = server, DEFAULT_PORT
        if server.startswith("["):
            end = server.find("]")
            if end < 0:
                raise ValueError(f"bad server address {server!r}")
            host, rest = server[1:end], server[end + 1:]
            if rest.startswith(":"):
                port = int(rest[1:])
        elif server.count(":") == 1:
            host, port_text = server.split(":")
            if not port_text.isdigit():
                raise ValueError(f"bad port in {server!r}")
            port = int(port_text)
        if not 0 < port < 65536:
            raise ValueError(f"port {port} out of range")
        return cls(host=host, port=port, database=database.strip() or DEFAULT_DATABASE)

    def label(self) -> str:
        if self.embedded:
            return "embedded"
        return f"{self.host}:{self.port}/{self.database}"

    def url(self, login: str, password: str | None) -> sa.URL:
        return sa.URL.create("postgresql+psycopg2", username=login, password=password,
                             host=self.host, port=self.port, database=self.database)


def make_engine(url: sa.URL | str, *, pool_size: int = 4) -> sa.Engine:
    """An engine whose sessions find the estatedesk schema first and say who they are."""
    return sa.create_engine(
        url,
        pool_size=pool_size,
        max_overflow=4,
        pool_pre_ping=True,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "EstateDesk",
            "options": "-c search_path=estatedesk,public",
        },
    )


def engine_for(address: ServerAddress, login: str, password: str | None) -> sa.Engine:
    return make_engine(address.url(login, password))
