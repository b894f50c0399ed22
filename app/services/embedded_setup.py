"""Getting the embedded database ready for `python main.py`: start (or reuse) the private
server, bring its schema up to date, and create the demo project on the very first run."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

import server_schema
from app.db import embedded
from app.db.connection import ServerAddress, make_engine


@dataclass(frozen=True)
class EmbeddedSetup:
    address: ServerAddress
    first_run: bool                       # the demo project was created just now
    role_exists: Callable[[str], bool]    # tells "unknown user" from "wrong password"
    server: embedded.EmbeddedServer


def prepare(home: Path | None = None, *, seed_demo: bool = True) -> EmbeddedSetup:
    server = embedded.start(home)
    engine = make_engine(server.url(), pool_size=1)
    try:
        with engine.connect() as conn:
            up_to_date = server_schema.status(conn).up_to_date
        if not up_to_date:
            server_schema.upgrade(engine)
        first_run = False
        if seed_demo:
            from app.services import demo

            first_run = demo.ensure_demo(engine)
    finally:
        engine.dispose()
    address = ServerAddress(host=str(server.socket_dir), database=embedded.DATABASE,
                            embedded=True)
    return EmbeddedSetup(address, first_run, _role_checker(server), server)


def _role_checker(server: embedded.EmbeddedServer) -> Callable[[str], bool]:
    def role_exists(login: str) -> bool:
        engine = sa.create_engine(server.url(database="postgres"), pool_size=1)
        try:
            with engine.connect() as conn:
                return conn.execute(sa.text("SELECT 1 FROM pg_roles WHERE rolname = :r"),
                                    {"r": login}).first() is not None
        finally:
            engine.dispose()

    return role_exists


def shutdown(setup: EmbeddedSetup) -> None:
    """Stop the private server this client started, so none is left running (and holding
    the data folder) after the window closes."""
    embedded.stop(setup.server.home)
