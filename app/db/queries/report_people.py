"""Reports on people: visits and the funnel (来访 → 排号 → 认购 → 签约) per salesperson and
per channel, channel cost against result, the customer profile, staff performance and the
audit of sensitive actions.

Definitions (the same everywhere, the dashboard included):
  visits     visit records of type visit or revisit (来访) in the period; calls (来电) apart
  visitors   distinct customers with a visit in the period; new visitors: their first visit
  queue      queue numbers (排号) issued in the period
  subscriptions, contracts  as in report_sales (live deals, by date made / signed)
  channel    the customer's own channel (来源渠道), so a visitor and their deal count for the
             same channel
Visits and follow-ups belong to no project: the project and building filters apply to queue
numbers, deals and campaigns only."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from app.db.queries.report_sales import SIGNED, SUBSCRIBED
from app.db.queries.reports import (
    ReportFilter,
    combine,
    grouped,
    match,
    params,
    within,
    within_time,
)

Row = dict[str, Any]
VISIT = "v.visit_type <> 'call'"


def _rows(session: Session, sql: str, f: ReportFilter) -> list[Row]:
    return [dict(r._mapping) for r in session.execute(sa.text(sql), params(f))]


def _visits_where() -> str:
    return f"{match('v', project=None, building=None)} AND {within_time('v.visited_at')}"


def visit_list(session: Session, f: ReportFilter) -> list[Row]:
    return _rows(session, f"""
        SELECT v.visited_at, v.visit_type, v.customer_name AS customer,
               v.staff_name AS salesperson, v.channel_name AS channel, v.party_size,
               CASE WHEN v.first_visit THEN 1 ELSE 0 END AS first_visit
        FROM estatedesk.report_visits v WHERE {_visits_where()}
        ORDER BY v.visited_at, v.visit_id""", f)


def queue_list(session: Session, f: ReportFilter) -> list[Row]:
    return _rows(session, f"""
        SELECT q.issued_on, q.number, q.customer_name AS customer, q.staff_name AS salesperson,
               q.intention_fee, q.status
        FROM estatedesk.report_queue q
        WHERE {match('q', building=None)} AND {within_time('q.created_at')}
        ORDER BY q.issued_on, q.number""", f)


FUNNEL = ("visits", "calls", "visitors", "new_visitors", "queued", "subscriptions",
          "subscription_value", "contracts", "contract_value")


def _funnel_parts(key: dict[str, str]) -> list[str]:
    """The funnel measures grouped by `key` (the column of each source: v, q, s)."""
    return [
        grouped(key["v"], {"visits": f"count(*) FILTER (WHERE {VISIT})",
                           "calls": "count(*) FILTER (WHERE v.visit_type = 'call')",
                           "visitors": f"count(DISTINCT v.customer_id) FILTER (WHERE {VISIT})",
                           "new_visitors": "count(*) FILTER (WHERE v.first_visit)"},
                "estatedesk.report_visits v", _visits_where(), FUNNEL),
        grouped(key["q"], {"queued": "count(*)"}, "estatedesk.report_queue q",
                f"{match('q', building=None)} AND {within_time('q.created_at')}", FUNNEL),
        grouped(key["s"], {"subscriptions": "count(*)", "subscription_value": "sum(s.deal_total)"},
                "estatedesk.report_sales s", f"{match('s')} AND {SUBSCRIBED}", FUNNEL),
        grouped(key["s"], {"contracts": "count(*)", "contract_value": "sum(s.deal_total)"},
                "estatedesk.report_sales s", f"{match('s')} AND {SIGNED}", FUNNEL),
    ]


FUNNEL_KEYS = {"staff": {"v": "v.staff_id", "q": "q.staff_id", "s": "s.staff_id"},
               "channel": {"v": "v.channel_id", "q": "q.channel_id", "s": "s.channel_id"}}


def funnel(session: Session, f: ReportFilter, by: str) -> list[Row]:
    """Visits, visitors, queue numbers, subscriptions and contracts per salesperson or
    channel; the row with key -2 holds the totals (visitors counted once overall), key -1
    the visitors without a salesperson or channel."""
    return _rows(session, combine(_funnel_parts(FUNNEL_KEYS[by]), FUNNEL), f)


ROI = ("campaigns", "cost", "visitors", "subscriptions", "contracts", "contract_value")


def channel_roi(session: Session, f: ReportFilter) -> list[Row]:
    """Per channel: the campaigns starting in the period and their cost, against the
    channel's visitors, subscriptions and contracts of the period (key -2: totals)."""
    parts = [
        grouped("c.channel_id", {"campaigns": "count(*)", "cost": "sum(c.cost)"},
                "estatedesk.campaigns c",
                f"{match('c', building=None, staff=None)} AND {within('c.starts_on')}", ROI),
        grouped("v.channel_id", {"visitors": f"count(DISTINCT v.customer_id) FILTER (WHERE {VISIT})"},
                "estatedesk.report_visits v", _visits_where(), ROI),
        grouped("s.channel_id", {"subscriptions": "count(*)"}, "estatedesk.report_sales s",
                f"{match('s')} AND {SUBSCRIBED}", ROI),
        grouped("s.channel_id", {"contracts": "count(*)", "contract_value": "sum(s.deal_total)"},
                "estatedesk.report_sales s", f"{match('s')} AND {SIGNED}", ROI),
    ]
    return _rows(session, combine(parts, ROI), f)


PROFILE = {"age": "c.age_band", "district": "c.district", "occupation": "c.occupation",
           "grade": "c.grade", "purpose": "c.purpose"}


def profile(session: Session, f: ReportFilter, by: str) -> list[Row]:
    """Customers registered in the period per age band, district, occupation, grade or
    purpose, and how many of them bought (a live deal in the project and building)."""
    return _rows(session, f"""
        SELECT {PROFILE[by]} AS value, count(*)::int AS customers,
               count(b.customer_id)::int AS buyers
        FROM estatedesk.report_customers c
        LEFT JOIN (SELECT DISTINCT s.customer_id FROM estatedesk.report_sales s
                   WHERE {match('s', staff=None, channel=None)}) b
               ON b.customer_id = c.customer_id
        WHERE {match('c', project=None, building=None, staff='assigned_staff_id')}
          AND {within_time('c.created_at')}
        GROUP BY 1 ORDER BY {PROFILE[by]} IS NULL, count(*) DESC, 1""", f)


STAFF = ("handled", "visitors", "followups", "on_time", "late", "subscriptions", "contracts",
         "contract_value")


def staff_performance(session: Session, f: ReportFilter) -> list[Row]:
    """Per salesperson: visits and calls handled, visitors, follow-ups (on time: recorded on
    or before the next-contact date the previous follow-up set; late: after it),
    subscriptions, contracts and contract value (key -2: totals)."""
    parts = [
        grouped("v.staff_id", {"handled": "count(*)",
                               "visitors": f"count(DISTINCT v.customer_id) FILTER (WHERE {VISIT})"},
                "estatedesk.report_visits v", _visits_where(), STAFF),
        grouped("u.staff_id", {"followups": "count(*)",
                               "on_time": "count(*) FILTER (WHERE u.contacted_on <= u.due_on)",
                               "late": "count(*) FILTER (WHERE u.contacted_on > u.due_on)"},
                "estatedesk.report_followups u",
                f"{match('u', project=None, building=None, channel=None)} "
                f"AND {within_time('u.contacted_at')}", STAFF),
        grouped("s.staff_id", {"subscriptions": "count(*)"}, "estatedesk.report_sales s",
                f"{match('s')} AND {SUBSCRIBED}", STAFF),
        grouped("s.staff_id", {"contracts": "count(*)", "contract_value": "sum(s.deal_total)"},
                "estatedesk.report_sales s", f"{match('s')} AND {SIGNED}", STAFF),
    ]
    return _rows(session, combine(parts, STAFF), f)


def sensitive_actions(session: Session, f: ReportFilter) -> list[Row]:
    """The audit trail's sensitive actions in the period, by whom; with a project, the
    actions on that project and those tied to none (e.g. a customer list export)."""
    return _rows(session, f"""
        SELECT a.at, a.staff_name, a.login, a.action, a.kind, a.subject, a.outcome, a.note,
               a.amount, a.rows
        FROM estatedesk.report_sensitive_actions a
        WHERE (CAST(:project AS bigint) IS NULL OR a.project_id = :project
               OR a.project_id IS NULL)
          AND (CAST(:staff AS bigint) IS NULL OR a.staff_id = :staff)
          AND {within_time('a.at')}
        ORDER BY a.at, a.audit_id""", f)
