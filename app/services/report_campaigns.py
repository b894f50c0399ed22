"""Campaign costs (市场活动费用) a sales manager enters for the channel report: which project,
which channel (来源渠道), what it was called, when it ran and what it cost. Only sales
managers and administrators write them (the database refuses anyone else, executives
included); managers, finance and executives read them."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from decimal import Decimal

import sqlalchemy as sa

from app.db.queries import reports as queries
from app.services import transactions

CampaignRow = queries.CampaignRow


@dataclass(frozen=True)
class CampaignInput:
    project_id: int
    channel_id: int
    name: str
    starts_on: dt.date
    ends_on: dt.date
    cost: Decimal                  # yuan, two decimals at most, zero allowed
    note: str | None = None
    campaign_id: int | None = None  # None: a new campaign; else the one corrected


def save_campaign(engine: sa.Engine, campaign: CampaignInput) -> int:
    """Creates or corrects a campaign; returns its id."""
    return transactions.run(engine, lambda s: queries.save_campaign(s, asdict(campaign)))


def delete_campaign(engine: sa.Engine, campaign_id: int) -> None:
    transactions.run(engine, lambda s: queries.delete_campaign(s, campaign_id))


def campaigns(engine: sa.Engine, project_id: int, date_from: dt.date | None = None,
              date_to: dt.date | None = None) -> list[CampaignRow]:
    """The project's campaigns that start within the dates (all without), newest first."""
    return transactions.run(engine, lambda s: queries.campaigns(s, project_id, date_from,
                                                                date_to))
