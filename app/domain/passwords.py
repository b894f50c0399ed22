"""SCRAM-SHA-256 password verifiers (RFC 5802/7677), computed on the client so a staff
password is never sent to the server in clear text (it would show in statement logs)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from app.domain.errors import ValidationError, tr_noop

ITERATIONS = 4096
MIN_LENGTH = 8


def check_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        template = tr_noop("A password needs at least {count} characters.")
        raise ValidationError("password", "password_short",
                              template.format(count=MIN_LENGTH), template,
                              {"count": MIN_LENGTH})
    if password.isdigit() or password.isalpha():
        raise ValidationError("password", "password_simple",
                              tr_noop("A password needs both letters and digits."))


def scram_verifier(password: str, *, salt: bytes | None = None,
                   iterations: int = ITERATIONS) -> str:
    """The string PostgreSQL stores in pg_authid for scram-sha-256."""
    salt = salt or secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"
