"""Domain-level errors shared by the pure validation modules.

Kept free of Qt and SQLAlchemy so the same error can be raised by domain code,
caught by services, and shown verbatim to a salesperson by the UI.
"""

from __future__ import annotations


def tr_noop(text: str) -> str:
    """Marks a text for translation (collected by resources/translations/update.py);
    returns it unchanged. The UI translates it when shown."""
    return text


class ValidationError(ValueError):
    """A user-supplied value was rejected.

    ``field`` names the input that was wrong (so a form can highlight it),
    ``code`` is a short stable machine key (for tests, logs and translation),
    and ``message`` is a plain English sentence a salesperson can act on.
    """

    def __init__(self, field: str, code: str, message: str, template: str | None = None,
                 params: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.code = code
        self.message = message
        # the untranslated sentence with {placeholders}, for the UI to translate
        self.template = template or message
        self.params = params or {}

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return (
            f"ValidationError(field={self.field!r}, code={self.code!r}, message={self.message!r})"
        )


def refuse(field: str, code: str, template: str, **params: object) -> ValidationError:
    """A ValidationError from an English template marked with tr_noop and its parameters:
    the message for logs and tests, the template and parameters for the UI to translate."""
    return ValidationError(field, code, template.format(**params), template,
                           {k: str(v) for k, v in params.items()})
