"""Customers (客户): the lazy customer list, one customer's profile and timeline, follow-ups,
and the manager's tools (reassign, merge, export)."""
