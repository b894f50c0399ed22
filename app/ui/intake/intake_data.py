"""What the intake screen reads when it opens (on a pool thread): channels, salespeople (for
a manager's pick) and today's rotation with who is next."""

from __future__ import annotations

import datetime as dt
from typing import Any


def intake_choices(engine: Any, day: dt.date, with_salespeople: bool) -> dict:
    from app.services import intake
    from app.services.errors import UserError

    try:
        next_id = intake.next_on_duty(engine, day)
    except UserError:  # the database may not let this role ask; the rotation still works
        next_id = None
    return {"channels": intake.channels(engine),
            "salespeople": intake.salespeople(engine) if with_salespeople else None,
            "roster": intake.duty_roster(engine, day), "next_id": next_id}
