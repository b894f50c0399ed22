"""What the customer detail reads (on a pool thread): the profile, its timeline, the channel
list and the salespeople's names — several service calls, one background operation."""

from __future__ import annotations

from typing import Any


def load_detail(engine: Any, customer_id: int | None) -> dict:
    from app.services import customers, followups, intake

    data: dict = {"channels": intake.channels(engine),
                  "staff": {c.id: c.name for c in intake.salespeople(engine)},
                  "form": None, "timeline": []}
    if customer_id is not None:
        data["form"] = customers.load_form(engine, customer_id)
        data["timeline"] = followups.timeline(engine, customer_id)
    return data
